import { createGraphClient } from "../../../src/graph";
import { createFakeFetch, json, namedBlob, staticToken } from "./support/fakeFetch";
import {
  SEED_EVENT_ID,
  SEED_FILE_CONTENT,
  SEED_FILE_REQUEST,
  SEED_FILE_RESPONSE,
  SEED_ITEM_REQUEST,
  SEED_ITEM_RESPONSE,
  SEED_REFERENCE_EVENT_ID,
  SEED_REFERENCE_REQUEST,
  SEED_REFERENCE_RESPONSE,
} from "./support/seedExamples";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function expectGraphHeaders(headers: Headers): void {
  expect(headers.get("authorization")).toBe("Bearer token-1");
  expect(headers.get("content-type")).toBe("application/json");
  expect(headers.get("client-request-id")).toMatch(GUID);
}

describe("seed examples replayed through the client", () => {
  it("file attachment: same URL, headers and body; the seed response comes back typed", async () => {
    const fake = createFakeFetch(() => json(201, SEED_FILE_RESPONSE));
    const client = createGraphClient({ getToken: staticToken, fetch: fake.fetch });
    const result = await client.attachFile(
      { mailbox: { kind: "me" }, eventId: SEED_EVENT_ID },
      namedBlob([SEED_FILE_CONTENT], "menu.txt"),
    );

    const [request] = fake.requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("https://graph.microsoft.com/v1.0/me/events/AAMkAGI1AAAt9AHjAAA=/attachments");
    expectGraphHeaders(request.headers);
    const body = JSON.parse(request.bodyText) as Record<string, unknown>;
    for (const [key, value] of Object.entries(SEED_FILE_REQUEST)) expect(body[key]).toEqual(value);
    // The only additions are the documented defaults (no contentType: the Blob has no type).
    expect(Object.keys(body).filter((key) => !(key in SEED_FILE_REQUEST))).toEqual(["isInline"]);
    expect(body.isInline).toBe(false);

    expect(result).toEqual({
      id: SEED_FILE_RESPONSE.id,
      kind: "file",
      name: SEED_FILE_RESPONSE.name,
      contentType: SEED_FILE_RESPONSE.contentType,
      size: SEED_FILE_RESPONSE.size,
      isInline: false,
      lastModifiedDateTime: SEED_FILE_RESPONSE.lastModifiedDateTime,
    });
    expect(result).not.toHaveProperty("contentBytes");
  });

  it("item attachment: the seed body exactly, and the seed response typed", async () => {
    const fake = createFakeFetch(() => json(201, SEED_ITEM_RESPONSE));
    const client = createGraphClient({ getToken: staticToken, fetch: fake.fetch });
    const result = await client.attachEvent(
      { mailbox: { kind: "me" }, eventId: SEED_EVENT_ID },
      {
        name: SEED_ITEM_REQUEST.name,
        subject: SEED_ITEM_REQUEST.item.subject,
        body: { contentType: "HTML", content: SEED_ITEM_REQUEST.item.body.content },
        start: SEED_ITEM_REQUEST.item.start,
        end: SEED_ITEM_REQUEST.item.end,
      },
    );
    const [request] = fake.requests;
    expect(request?.url).toBe("https://graph.microsoft.com/v1.0/me/events/AAMkAGI1AAAt9AHjAAA=/attachments");
    expectGraphHeaders(request.headers);
    expect(JSON.parse(request.bodyText)).toEqual(SEED_ITEM_REQUEST);
    expect(result).toMatchObject({
      id: SEED_ITEM_RESPONSE.id,
      kind: "item",
      name: "Holiday event",
      contentType: null,
      size: 2473,
      isInline: false,
      lastModifiedDateTime: "2016-12-01T22:27:13Z",
    });
  });

  it("reference attachment goes to beta with the seed's fields; the response keeps the link fields", async () => {
    const fake = createFakeFetch(() => json(201, SEED_REFERENCE_RESPONSE));
    const client = createGraphClient({ getToken: staticToken, fetch: fake.fetch });
    const result = await client.attachLink(
      { mailbox: { kind: "me" }, eventId: SEED_REFERENCE_EVENT_ID },
      {
        name: SEED_REFERENCE_REQUEST.name,
        sourceUrl: SEED_REFERENCE_REQUEST.sourceUrl,
        providerType: SEED_REFERENCE_REQUEST.providerType,
        permission: SEED_REFERENCE_REQUEST.permission,
        isFolder: SEED_REFERENCE_REQUEST.isFolder === "True",
      },
    );
    const [request] = fake.requests;
    expect(request?.url).toBe("https://graph.microsoft.com/beta/me/events/AAMkAGE1M88AADUv0uAAAG=/attachments");
    expectGraphHeaders(request.headers);
    const body = JSON.parse(request.bodyText) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(Object.keys(SEED_REFERENCE_REQUEST));
    expect(body).toMatchObject({
      "@odata.type": SEED_REFERENCE_REQUEST["@odata.type"],
      name: SEED_REFERENCE_REQUEST.name,
      sourceUrl: SEED_REFERENCE_REQUEST.sourceUrl,
      providerType: SEED_REFERENCE_REQUEST.providerType,
      permission: SEED_REFERENCE_RESPONSE.permission,
      isFolder: SEED_REFERENCE_RESPONSE.isFolder,
    });
    expect(result).toEqual({
      id: SEED_REFERENCE_RESPONSE.id,
      kind: "reference",
      name: "Personal pictures",
      contentType: null,
      size: 382,
      isInline: false,
      lastModifiedDateTime: "2016-03-12T06:04:38Z",
      sourceUrl: SEED_REFERENCE_RESPONSE.sourceUrl,
      providerType: "oneDriveConsumer",
      permission: "edit",
      isFolder: true,
    });
  });

  it("sends a fresh client-request-id per call and declares a known content type", async () => {
    const fake = createFakeFetch(() => json(201, SEED_FILE_RESPONSE));
    const client = createGraphClient({ getToken: staticToken, fetch: fake.fetch });
    const ref = { mailbox: { kind: "me" as const }, eventId: SEED_EVENT_ID };
    await client.attachFile(ref, namedBlob([SEED_FILE_CONTENT], "menu.txt", "text/plain"));
    await client.attachFile(ref, namedBlob([SEED_FILE_CONTENT], "menu.txt", "text/plain"));
    const ids = fake.requests.map((request) => request.headers.get("client-request-id"));
    expect(new Set(ids).size).toBe(2);
    expect(JSON.parse(fake.requests[0].bodyText)).toMatchObject({ contentType: "text/plain" });
  });

  it("refuses a Graph answer without id", async () => {
    const fake = createFakeFetch(() => json(201, { name: "menu.txt" }));
    const client = createGraphClient({ getToken: staticToken, fetch: fake.fetch });
    await expect(
      client.attachFile({ mailbox: { kind: "me" }, eventId: SEED_EVENT_ID }, namedBlob(["x"], "menu.txt")),
    ).rejects.toMatchObject({ reason: "unexpectedResponse" });
  });
});
