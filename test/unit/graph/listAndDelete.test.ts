import { createGraphClient } from "../../../src/graph";
import { ME_EVENT, createFakeFetch, graphError, json, staticToken } from "./support/fakeFetch";

const item = (id: string, extra: Record<string, unknown> = {}) => ({
  "@odata.type": "#microsoft.graph.fileAttachment",
  id,
  name: `${id}.txt`,
  contentType: "text/plain",
  size: 200,
  isInline: false,
  lastModifiedDateTime: "2024-05-01T10:00:00Z",
  ...extra,
});

describe("listAttachments", () => {
  it("selects the list fields only (never contentBytes) and follows @odata.nextLink", async () => {
    const next = "https://graph.microsoft.com/v1.0/me/events/AAMkAGI1AAAt9AHjAAA=/attachments?$skip=1";
    const fake = createFakeFetch((request) =>
      request.url === next
        ? json(200, { value: [item("B", { "@odata.type": "#microsoft.graph.referenceAttachment" })] })
        : json(200, { value: [item("A")], "@odata.nextLink": next }),
    );
    const client = createGraphClient({ getToken: staticToken, fetch: fake.fetch });
    const list = await client.listAttachments(ME_EVENT);
    expect(fake.requests[0].url).toBe(
      "https://graph.microsoft.com/v1.0/me/events/AAMkAGI1AAAt9AHjAAA=/attachments?$select=id,name,contentType,size,isInline,lastModifiedDateTime",
    );
    expect(fake.requests[0].url).not.toContain("contentBytes");
    expect(fake.requests[1].headers.get("authorization")).toBe("Bearer token-1");
    expect(list.map((attachment) => [attachment.id, attachment.kind])).toEqual([
      ["A", "file"],
      ["B", "reference"],
    ]);
  });

  it("never sends the token to a next link on another host", async () => {
    const fake = createFakeFetch(() => json(200, { value: [], "@odata.nextLink": "https://evil.example/steal" }));
    const client = createGraphClient({ getToken: staticToken, fetch: fake.fetch });
    await expect(client.listAttachments(ME_EVENT)).rejects.toMatchObject({ reason: "unexpectedResponse" });
    expect(fake.requests).toHaveLength(1);
  });

  it("refuses a list without value, and a body that is not JSON", async () => {
    const noValue = createFakeFetch(() => json(200, { items: [] }));
    await expect(
      createGraphClient({ getToken: staticToken, fetch: noValue.fetch }).listAttachments(ME_EVENT),
    ).rejects.toMatchObject({
      reason: "unexpectedResponse",
    });
    const html = createFakeFetch(() => new Response("<html></html>", { status: 200 }));
    await expect(
      createGraphClient({ getToken: staticToken, fetch: html.fetch }).listAttachments(ME_EVENT),
    ).rejects.toMatchObject({
      reason: "unexpectedResponse",
    });
  });

  it("reads minimal entries with defaults", async () => {
    const fake = createFakeFetch(() => json(200, { value: [{ id: "X", name: "x" }] }));
    const [only] = await createGraphClient({ getToken: staticToken, fetch: fake.fetch }).listAttachments(ME_EVENT);
    expect(only).toEqual({
      id: "X",
      kind: "unknown",
      name: "x",
      contentType: null,
      size: null,
      isInline: false,
      lastModifiedDateTime: null,
    });
  });
});

describe("deleteAttachment", () => {
  it("sends DELETE …/attachments/{id} with the token", async () => {
    const fake = createFakeFetch(() => new Response(null, { status: 204 }));
    const client = createGraphClient({ getToken: staticToken, fetch: fake.fetch });
    await client.deleteAttachment(ME_EVENT, "AAMkAtt-1_x=");
    expect(fake.requests[0]).toMatchObject({
      method: "DELETE",
      url: "https://graph.microsoft.com/v1.0/me/events/AAMkAGI1AAAt9AHjAAA=/attachments/AAMkAtt-1_x=",
    });
    expect(fake.requests[0].headers.get("authorization")).toBe("Bearer token-1");
  });

  it("treats 404 on a repeated DELETE as done (the lost first try deleted it)", async () => {
    const fake = createFakeFetch((_request, index) =>
      index === 0
        ? graphError(503, "x", "")
        : graphError(404, "ErrorItemNotFound", "The specified object was not found in the store."),
    );
    const client = createGraphClient({
      getToken: staticToken,
      fetch: fake.fetch,
      retry: { baseDelayMs: 1, floorMs: 1 },
    });
    await expect(client.deleteAttachment(ME_EVENT, "A=")).resolves.toBeUndefined();
    expect(fake.requests).toHaveLength(2);
  });

  it("reports notFound when the first DELETE finds nothing", async () => {
    const fake = createFakeFetch(() => graphError(404, "ErrorItemNotFound", "gone"));
    const client = createGraphClient({ getToken: staticToken, fetch: fake.fetch });
    await expect(client.deleteAttachment(ME_EVENT, "A=")).rejects.toMatchObject({ reason: "notFound" });
  });
});

describe("event picker", () => {
  const graphEvent = {
    id: "EV1=",
    subject: "Quarterly review",
    start: { dateTime: "2024-05-02T10:00:00.0000000", timeZone: "UTC" },
    end: { dateTime: "2024-05-02T11:00:00.0000000", timeZone: "UTC" },
    isAllDay: false,
    location: { displayName: "Room 4" },
    organizer: { emailAddress: { name: "Adele Vance", address: "adele.vance@contoso.example" } },
  };

  it("asks calendarView for the range with a minimal $select and filters by subject", async () => {
    const fake = createFakeFetch(() => json(200, { value: [graphEvent, { id: "EV2=", subject: "Lunch" }] }));
    const client = createGraphClient({ getToken: staticToken, fetch: fake.fetch });
    const events = await client.listCalendarView(
      { kind: "user", idOrUpn: "megan.bowen@contoso.example" },
      { start: new Date("2024-05-01T00:00:00Z"), end: "2024-05-08T00:00:00Z", search: "  REVIEW " },
    );
    const url = new URL(fake.requests[0].url);
    expect(url.pathname).toBe("/v1.0/users/megan.bowen@contoso.example/calendarView");
    expect(url.searchParams.get("startDateTime")).toBe("2024-05-01T00:00:00.000Z");
    expect(url.searchParams.get("endDateTime")).toBe("2024-05-08T00:00:00.000Z");
    expect(url.searchParams.get("$select")).toBe("id,subject,start,end,isAllDay,location,organizer");
    expect(events).toEqual([
      {
        id: "EV1=",
        subject: "Quarterly review",
        start: graphEvent.start,
        end: graphEvent.end,
        isAllDay: false,
        location: "Room 4",
        organizer: { name: "Adele Vance", address: "adele.vance@contoso.example" },
      },
    ]);
  });

  it("stops at maxEvents and returns everything without a search", async () => {
    const next = "https://graph.microsoft.com/v1.0/me/calendarView?$skip=2";
    const fake = createFakeFetch(() => json(200, { value: [{ id: "1" }, { id: "2" }], "@odata.nextLink": next }));
    const client = createGraphClient({ getToken: staticToken, fetch: fake.fetch });
    const events = await client.listCalendarView(
      { kind: "me" },
      { start: "2024-05-01", end: "2024-05-02", maxEvents: 3 },
    );
    expect(events.map((event) => event.id)).toEqual(["1", "2", "1"]);
    expect(fake.requests).toHaveLength(2);
    expect(events[0]).toMatchObject({ subject: "", start: null, location: null, organizer: null });
  });

  it("refuses an empty or invalid range before any request", async () => {
    const fake = createFakeFetch(() => json(200, { value: [] }));
    const client = createGraphClient({ getToken: staticToken, fetch: fake.fetch });
    await expect(
      client.listCalendarView({ kind: "me" }, { start: "2024-05-02", end: "2024-05-01" }),
    ).rejects.toMatchObject({
      reason: "rangeInvalid",
    });
    await expect(client.listCalendarView({ kind: "me" }, { start: "soon", end: "2024-05-01" })).rejects.toMatchObject({
      reason: "dateInvalid",
      field: "start",
    });
    expect(fake.requests).toHaveLength(0);
  });

  it("gets one event with the summary's $select plus its body", async () => {
    const fake = createFakeFetch(() =>
      json(200, {
        ...graphEvent,
        location: { displayName: "" },
        organizer: {},
        body: { contentType: "HTML", content: "<p>Bring the figures</p>" },
      }),
    );
    const client = createGraphClient({ getToken: staticToken, fetch: fake.fetch });
    const event = await client.getEvent({ ...ME_EVENT, calendar: { kind: "calendar" } });
    expect(fake.requests[0].url).toBe(
      "https://graph.microsoft.com/v1.0/me/calendar/events/AAMkAGI1AAAt9AHjAAA=?$select=id,subject,start,end,isAllDay,location,organizer,body",
    );
    expect(event).toMatchObject({
      id: "EV1=",
      location: null,
      organizer: null,
      body: { contentType: "html", content: "<p>Bring the figures</p>" },
    });
    const textBody = createFakeFetch(() => json(200, { ...graphEvent, body: { contentType: "text", content: "Hi" } }));
    expect((await createGraphClient({ getToken: staticToken, fetch: textBody.fetch }).getEvent(ME_EVENT)).body).toEqual(
      {
        contentType: "text",
        content: "Hi",
      },
    );
    const noBody = createFakeFetch(() => json(200, { ...graphEvent, body: null }));
    expect(
      (await createGraphClient({ getToken: staticToken, fetch: noBody.fetch }).getEvent(ME_EVENT)).body,
    ).toBeNull();
    const bad = createFakeFetch(() => json(200, { subject: "no id" }));
    await expect(
      createGraphClient({ getToken: staticToken, fetch: bad.fetch }).getEvent(ME_EVENT),
    ).rejects.toMatchObject({
      reason: "unexpectedResponse",
    });
  });
});

describe("client options", () => {
  it("refuses a chunk size over 4 MiB", () => {
    expect(() => createGraphClient({ getToken: staticToken, chunkBytes: 4 * 1024 * 1024 + 1 })).toThrow(RangeError);
    expect(() => createGraphClient({ getToken: staticToken, chunkBytes: 0 })).toThrow(RangeError);
  });

  it("sends to an explicit base URL", async () => {
    const fake = createFakeFetch(() => json(200, { value: [] }));
    const client = createGraphClient({
      getToken: staticToken,
      fetch: fake.fetch,
      baseUrl: "http://localhost:3001/",
      cloud: "china",
    });
    await client.listAttachments(ME_EVENT);
    expect(fake.requests[0].url.startsWith("http://localhost:3001/v1.0/me/events/")).toBe(true);
  });
});
