import { AUTH_FAILURE_REASONS, AuthError } from "../../../src/auth";
import { AttachmentInputError, EventRefError, GRAPH_ERROR_REASONS, GraphRequestError } from "../../../src/graph";
import { cancelledError as graphCancelled } from "../../../src/graph/errors/GraphRequestError";
import { en } from "../../../src/i18n/messages/en";
import { OFFICE_HOST_ERROR_REASONS, OfficeHostError, cancelledError as officeCancelled } from "../../../src/office";
import { isCancellation, ReasonedError } from "../../../src/shared/ReasonedError";
import { CannotWriteError } from "../../../src/taskpane/CannotWriteError";

describe("one error base across the layers", () => {
  test("every layer's errors carry a reason on the same base, with the message and cause kept", () => {
    const cause = new Error("underneath");
    const errors = [
      new GraphRequestError("throttled", "Too many requests.", { status: 429, cause }),
      new AttachmentInputError("nameEmpty", "The name is empty.", { field: "name" }),
      new EventRefError("ewsId", "An EWS id.", { field: "eventId" }),
      new AuthError("consentRequired", { cause }),
      new OfficeHostError("itemNotSaved", "Not saved.", { operation: "item.getItemIdAsync", code: 9046, cause }),
      new CannotWriteError("megan@contoso.example"),
    ];
    expect(errors.every((error) => error instanceof ReasonedError)).toBe(true);
    expect(errors.map((error) => error.reason)).toEqual([
      "throttled",
      "nameEmpty",
      "ewsId",
      "consentRequired",
      "itemNotSaved",
      "readOnlyCalendar",
    ]);
    expect(errors.map((error) => error.cause)).toEqual([cause, undefined, undefined, cause, cause, undefined]);
    expect(errors[0]?.message).toBe("Too many requests.");
  });

  test("the same `field` for the two input errors", () => {
    expect(new AttachmentInputError("timeZoneEmpty", "No zone.", { field: "timeZone" }).field).toBe("timeZone");
    expect(new EventRefError("idEmpty", "No id.", { field: "attachmentId" }).field).toBe("attachmentId");
  });

  test("every reason of every layer has an English message", () => {
    const messages = new Set(Object.keys(en));
    const missing = [
      ...GRAPH_ERROR_REASONS.map((reason) => `error.graph.${reason}`),
      ...AUTH_FAILURE_REASONS.map((reason) => `error.auth.${reason}`),
      ...OFFICE_HOST_ERROR_REASONS.map((reason) => `error.office.${reason}`),
    ].filter((id) => !messages.has(id));
    expect(missing).toEqual([]);
  });
});

describe("one cancellation", () => {
  test("a cancelled Graph call, a cancelled Outlook call and a plain AbortError are cancellations", () => {
    const signal = AbortSignal.abort();
    expect(isCancellation(graphCancelled())).toBe(true);
    expect(isCancellation(officeCancelled("item.saveAsync", signal))).toBe(true);
    expect(isCancellation(new DOMException("Aborted", "AbortError"))).toBe(true);
  });

  test("other failures are not, even when they mention cancelling", () => {
    expect(isCancellation(new AuthError("userCancelled"))).toBe(false);
    expect(isCancellation(new GraphRequestError("timeout", "cancelled after 30 s"))).toBe(false);
    expect(isCancellation(new DOMException("Timed out", "TimeoutError"))).toBe(false);
    expect(isCancellation(new Error("cancelled"))).toBe(false);
  });
});
