import { TimeoutError } from "ky";
import { createGraphClient } from "../../../src/graph";
import { GraphRequestError } from "../../../src/graph/errors/GraphRequestError";
import {
  errorFromFailure,
  errorFromResponse,
  messageFor,
  reasonForStatus,
} from "../../../src/graph/errors/mapGraphError";
import { parseGraphErrorBody } from "../../../src/graph/errors/readGraphErrorBody";
import { GRAPH_ERROR_REASONS } from "../../../src/graph/errors/reasons";
import { ME_EVENT, createFakeFetch, graphError, namedBlob, staticToken } from "./support/fakeFetch";

describe("Graph error bodies → reasons", () => {
  it.each<[number, string, string, string]>([
    [401, "InvalidAuthenticationToken", "Lifetime validation failed, the token is expired.", "unauthorized"],
    [403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.", "accessDenied"],
    [404, "ErrorItemNotFound", "The specified object was not found in the store.", "notFound"],
    [400, "RequestBroker--ParseUri", "Resource not found for the segment 'bcd'.", "ewsId"],
    [400, "ErrorInvalidIdMalformed", "Id is malformed.", "invalidId"],
    [400, "ErrorInvalidAttachmentId", "The specified attachment Id is invalid.", "invalidId"],
    [412, "ErrorIrresolvableConflict", "The send or update operation could not be performed…", "conflict"],
    [413, "", "", "tooLarge"],
    [400, "BadRequest", "Maximum request length exceeded.", "tooLarge"],
    [500, "BadRequest", "The maximum request length supported is 4MB.", "tooLarge"],
    [422, "UnprocessableType", "Cannot process input of abstract type 'microsoft.graph.attachment'", "unprocessable"],
    [429, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.", "throttled"],
    [503, "MailboxInfoStale", "Target resource … is currently on backend 'Unknown'", "server"],
    [504, "UnknownError", "", "server"],
    [500, "ErrorMessageSizeExceeded", "The message exceeds the maximum supported size.", "mailboxFull"],
    [400, "ErrorAttachmentSizeShouldNotBeLessThanMinimumSize", "", "belowSessionMinimum"],
    [400, "UnableToDeserializePostBody", "were unable to deserialize ", "badRequest"],
    [405, "ErrorAttachmentSessionIsSupportedOnlyForFileAttachments", "", "badRequest"],
    [302, "", "", "unexpectedResponse"],
  ])("%i %s → %s", (status, code, message, reason) => {
    expect(reasonForStatus(status, { code, message })).toBe(reason);
  });

  it("reads the envelope, innerError or innererror, and ignores anything else", () => {
    const body = JSON.stringify({
      error: {
        code: "ErrorItemNotFound",
        message: "gone",
        innerError: { "request-id": "r1", "client-request-id": "c1" },
      },
    });
    expect(parseGraphErrorBody(body)).toEqual({
      code: "ErrorItemNotFound",
      message: "gone",
      requestId: "r1",
      clientRequestId: "c1",
    });
    expect(
      parseGraphErrorBody(JSON.stringify({ error: { code: "X", innererror: { requestId: "r2" } } })),
    ).toMatchObject({
      requestId: "r2",
    });
    expect(parseGraphErrorBody(JSON.stringify({ error: { code: "X" } }))).toEqual({ code: "X" });
    expect(parseGraphErrorBody("<html>bad gateway</html>")).toEqual({});
    expect(parseGraphErrorBody("")).toEqual({});
    expect(parseGraphErrorBody(JSON.stringify({ message: "not graph" }))).toEqual({});
  });

  it("carries status, code, Graph's message and both request ids", () => {
    const error = errorFromResponse(
      404,
      new Headers({ "request-id": "hdr-req" }),
      {
        code: "ErrorItemNotFound",
        message: "The specified object was not found in the store.",
        clientRequestId: "body-c",
      },
      { clientRequestId: "sent-c", attempts: 1 },
    );
    expect(error).toBeInstanceOf(GraphRequestError);
    expect(error).toMatchObject({
      reason: "notFound",
      status: 404,
      code: "ErrorItemNotFound",
      graphMessage: "The specified object was not found in the store.",
      requestId: "hdr-req",
      clientRequestId: "body-c",
      attempts: 1,
    });
    expect(errorFromResponse(500, new Headers(), {}, { clientRequestId: "sent" }).clientRequestId).toBe("sent");
  });

  it("maps failures without a response", () => {
    const aborted = new AbortController();
    aborted.abort();
    expect(errorFromFailure(new Error("x"), { signal: aborted.signal }).reason).toBe("cancelled");
    expect(errorFromFailure(new TimeoutError(new Request("https://g/x")), {}).reason).toBe("timeout");
    expect(errorFromFailure(new TypeError("fetch failed"), {}).reason).toBe("network");
    expect(errorFromFailure(new RangeError("odd"), {}).reason).toBe("unknown");
    const existing = new GraphRequestError("throttled", "x");
    expect(errorFromFailure(existing, {})).toBe(existing);
  });

  it("has a message for every reason", () => {
    for (const reason of GRAPH_ERROR_REASONS) expect(messageFor(reason)).toMatch(/\w/);
  });
});

describe("client error handling", () => {
  const file = (): Blob & { name: string } => namedBlob(["hello"], "a.txt");

  it.each<[number, string, string]>([
    [403, "ErrorAccessDenied", "accessDenied"],
    [404, "ErrorItemNotFound", "notFound"],
    [400, "RequestBroker--ParseUri", "ewsId"],
    [412, "ErrorIrresolvableConflict", "conflict"],
    [413, "BadRequest", "tooLarge"],
    [422, "UnprocessableType", "unprocessable"],
  ])("a %i %s rejects with %s after one attempt", async (status, code, reason) => {
    const fake = createFakeFetch(() => graphError(status, code, "text", { "request-id": "rid-9" }));
    const client = createGraphClient({ getToken: staticToken, fetch: fake.fetch });
    const failure = client.attachFile(ME_EVENT, file());
    await expect(failure).rejects.toBeInstanceOf(GraphRequestError);
    await expect(failure).rejects.toMatchObject({ reason, status, code, requestId: "rid-9", attempts: 1 });
    expect(fake.requests).toHaveLength(1);
  });

  it("passes errors from getToken through unchanged", async () => {
    class SignInError extends Error {}
    const signInError = new SignInError("popup blocked");
    const fake = createFakeFetch(() => graphError(500, "x", "y"));
    const client = createGraphClient({ getToken: () => Promise.reject(signInError), fetch: fake.fetch });
    await expect(client.listAttachments(ME_EVENT)).rejects.toBe(signInError);
    expect(fake.requests).toHaveLength(0);
  });
});
