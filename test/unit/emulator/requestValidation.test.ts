import { EVENT_ID, MENU_TXT, errorOf, fileBody, graph, useEmulator } from "./support";

const { emulator } = useEmulator({ maxPostBytes: 4096, mailboxSizeLimitBytes: 10_000 });
const ATTACHMENTS = `/v1.0/me/events/${EVENT_ID}/attachments`;

describe("attachment POST bodies Graph refuses", () => {
  it("answers an empty body with 400 BadRequest", async () => {
    const response = await graph("POST", ATTACHMENTS, { rawBody: "", headers: { "Content-Type": "application/json" } });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({
      code: "BadRequest",
      message: "Empty Payload. JSON content expected.",
    });
  });

  it.each(['{"name":', "[1,2]", '"text"'])("answers the body %s with 400 UnableToDeserializePostBody", async (raw) => {
    const response = await graph("POST", ATTACHMENTS, {
      rawBody: raw,
      headers: { "Content-Type": "application/json" },
    });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({
      code: "UnableToDeserializePostBody",
      message: "were unable to deserialize ",
    });
  });

  it.each([
    ["no @odata.type", { name: "menu.txt", contentBytes: "AA==" }],
    ["the abstract type", { ...MENU_TXT, "@odata.type": "#microsoft.graph.attachment" }],
    ["a wrapped body", { attachment: MENU_TXT }],
  ])("answers %s with 422 UnprocessableType", async (_case, body) => {
    const response = await graph("POST", ATTACHMENTS, { body });
    expect(response.status).toBe(422);
    expect(await errorOf(response)).toMatchObject({
      code: "UnprocessableType",
      message: "Cannot process input of abstract type 'microsoft.graph.attachment'",
    });
  });

  it("answers an item without its own @odata.type with 422", async () => {
    const response = await graph("POST", ATTACHMENTS, {
      body: { "@odata.type": "#microsoft.graph.itemAttachment", name: "x", item: { subject: "s" } },
    });
    expect(response.status).toBe(422);
  });

  it.each([
    ["a file without name", { "@odata.type": "#microsoft.graph.fileAttachment", contentBytes: "AA==" }],
    ["a file with a blank name", { ...MENU_TXT, name: "  " }],
    ["a file without contentBytes", { "@odata.type": "#microsoft.graph.fileAttachment", name: "a.txt" }],
    ["an item without item", { "@odata.type": "#microsoft.graph.itemAttachment", name: "x" }],
  ])("answers %s with 400 ErrorRequiredPropertyMissing", async (_case, body) => {
    const response = await graph("POST", ATTACHMENTS, { body });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({
      code: "ErrorRequiredPropertyMissing",
      message: "Required property is missing.",
    });
  });

  it.each(["base64bWFjIGFuZCBjaGVlc2UgdG9kYXk=", "bWFj IGFu", "bWFj!GFu", "bWF=jIGF", "bWFjI", "bWFjIGFuZA-_"])(
    "answers the malformed base64 %s with 400 and stores nothing",
    async (contentBytes) => {
      const response = await graph("POST", ATTACHMENTS, { body: { ...MENU_TXT, contentBytes } });
      expect(response.status).toBe(400);
      expect((await errorOf(response)).code).toBe("UnableToDeserializePostBody");
      expect(emulator.store.attachments(EVENT_ID)).toHaveLength(0);
    },
  );

  it("accepts the type name without '#' and in another case", async () => {
    const response = await graph("POST", ATTACHMENTS, {
      body: { ...MENU_TXT, "@odata.type": "microsoft.graph.FILEATTACHMENT" },
    });
    expect(response.status).toBe(201);
  });
});

describe("size limits", () => {
  it("refuses a body over maxPostBytes with 413 'Maximum request length exceeded.'", async () => {
    const response = await graph("POST", ATTACHMENTS, { body: fileBody("big.bin", new Uint8Array(3100)) });
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toMatchObject({ code: "BadRequest", message: "Maximum request length exceeded." });
    expect(emulator.store.attachments(EVENT_ID)).toHaveLength(0);
  });

  it("accepts a body just under maxPostBytes", async () => {
    const response = await graph("POST", ATTACHMENTS, { body: fileBody("fits.bin", new Uint8Array(2900)) });
    expect(response.status).toBe(201);
  });

  it("refuses an attachment that takes the event past the mailbox size limit", async () => {
    for (let index = 0; index < 3; index += 1) {
      const fits = await graph("POST", ATTACHMENTS, { body: fileBody(`part${index}.bin`, new Uint8Array(2900)) });
      expect(fits.status).toBe(201);
    }
    const response = await graph("POST", ATTACHMENTS, { body: fileBody("one-too-many.bin", new Uint8Array(2900)) });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({
      code: "ErrorMessageSizeExceeded",
      message: "The message exceeds the maximum supported size.",
    });
    expect(emulator.store.attachments(EVENT_ID)).toHaveLength(3);
  });
});

describe("event paths Graph refuses", () => {
  it("answers an unknown event with 404 ErrorItemNotFound", async () => {
    const response = await graph("POST", "/v1.0/me/events/AAMkAGNvbm5vdGV4aXN0AAA=/attachments", { body: MENU_TXT });
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toMatchObject({
      code: "ErrorItemNotFound",
      message: "The specified object was not found in the store.",
    });
  });

  it("answers an EWS id (with '/') with 400 RequestBroker--ParseUri naming the segment after the first '/'", async () => {
    const response = await graph("POST", "/v1.0/me/events/AAMkAGI1AAAt9/AHjAAA+xyz=/attachments", { body: MENU_TXT });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({
      code: "RequestBroker--ParseUri",
      message: "Resource not found for the segment 'AHjAAA+xyz='.",
    });
  });

  it("refuses an EWS id even with its '/' percent-encoded", async () => {
    const response = await graph("GET", `/v1.0/me/events/${encodeURIComponent("AAMk/AGI1+AAA=")}/attachments`);
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ message: "Resource not found for the segment 'AGI1+AAA='." });
  });

  it("refuses an EWS id with only '+'", async () => {
    const response = await graph("GET", "/v1.0/me/events/AAMkAGI1+AAA=/attachments");
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe("RequestBroker--ParseUri");
  });

  it("answers an id with characters no REST id has with 400 ErrorInvalidIdMalformed", async () => {
    const response = await graph("GET", "/v1.0/me/events/not%20an%20id/attachments");
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ code: "ErrorInvalidIdMalformed", message: "Id is malformed." });
  });

  it.each(["/v2.0/me/events", "/v1.0/someone/events", "/v1.0/me/tasks/x", "/v1.0/me/events/AAMk=/notes"])(
    "answers the unknown path %s with 400",
    async (path) => {
      const response = await graph("GET", path);
      expect(response.status).toBe(400);
    },
  );

  it("answers an unknown user with 404", async () => {
    const response = await graph("GET", `/v1.0/users/nobody@contoso.example/events/${EVENT_ID}/attachments`);
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe("ErrorInvalidUser");
  });

  it("puts date, request-id and client-request-id in innerError", async () => {
    const response = await graph("GET", "/v1.0/me/events/AAMkAGNvbm5vdGV4aXN0AAA=", {
      headers: { "client-request-id": "abc-123" },
    });
    expect(response.headers.get("content-type")).toBe("application/json");
    const error = await errorOf(response);
    expect(error.innerError).toEqual({
      date: "2025-03-03T09:30:00",
      "request-id": response.headers.get("request-id"),
      "client-request-id": "abc-123",
    });
  });
});
