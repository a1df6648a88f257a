import { DEMO_ORGANIZER } from "../../../dev/shared/demoIdentity";
import {
  EVENT_ID,
  HOLIDAY_EVENT,
  MENU_TXT,
  PERSONAL_PICTURES,
  REFERENCE_EVENT_ID,
  errorOf,
  graph,
  useEmulator,
} from "./support";

const { emulator } = useEmulator();
const GRAPH_JSON = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("POST …/attachments", () => {
  it("answers a file attachment in the reference page's shape and key order", async () => {
    const response = await graph("POST", `/v1.0/me/events/${EVENT_ID}/attachments`, { body: MENU_TXT });
    expect(response.status).toBe(201);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual([
      "@odata.context",
      "@odata.type",
      "id",
      "lastModifiedDateTime",
      "name",
      "contentType",
      "size",
      "isInline",
      "contentId",
      "contentLocation",
      "contentBytes",
    ]);
    expect(body).toMatchObject({
      "@odata.context": `https://graph.microsoft.com/v1.0/$metadata#users('${DEMO_ORGANIZER.id}')/events('AAMkAGI1AAAt9AHjAAA%3D')/attachments/$entity`,
      "@odata.type": "#microsoft.graph.fileAttachment",
      lastModifiedDateTime: "2025-03-03T09:30:00Z",
      name: "menu.txt",
      contentType: "text/plain",
      size: 178,
      isInline: false,
      contentId: null,
      contentLocation: null,
      contentBytes: "bWFjIGFuZCBjaGVlc2UgdG9kYXk=",
    });
    expect(String(body["id"])).toMatch(/^AAMkAGI1AAAt9AHjAAA[A-Za-z0-9_-]+=$/);
    expect(String(body["id"]).length).toBeGreaterThan(EVENT_ID.length);
  });

  it("keeps the decoded bytes in the store", async () => {
    await graph("POST", `/v1.0/me/events/${EVENT_ID}/attachments`, { body: MENU_TXT });
    const [stored] = emulator.store.attachments(EVENT_ID);
    expect(stored?.kind).toBe("file");
    expect(stored?.kind === "file" && new TextDecoder().decode(stored.bytes)).toBe("mac and cheese today");
  });

  it("sends Graph's headers, echoing the caller's client-request-id", async () => {
    const response = await graph("POST", `/v1.0/me/events/${EVENT_ID}/attachments`, {
      body: MENU_TXT,
      headers: { "client-request-id": "my-correlation-id" },
    });
    expect(response.headers.get("content-type")).toBe(GRAPH_JSON);
    expect(response.headers.get("odata-version")).toBe("4.0");
    expect(response.headers.get("request-id")).toMatch(GUID);
    expect(response.headers.get("client-request-id")).toBe("my-correlation-id");
  });

  it("uses the request-id as client-request-id when the caller sends none", async () => {
    const response = await graph("POST", `/v1.0/me/events/${EVENT_ID}/attachments`, { body: MENU_TXT });
    expect(response.headers.get("client-request-id")).toBe(response.headers.get("request-id"));
  });

  it("keeps a given content type and fills one from the name otherwise", async () => {
    const given = await graph("POST", `/v1.0/me/events/${EVENT_ID}/attachments`, {
      body: { ...MENU_TXT, name: "notes.txt", contentType: "text/markdown" },
    });
    const pdf = await graph("POST", `/v1.0/me/events/${EVENT_ID}/attachments`, {
      body: { ...MENU_TXT, name: "Agenda.PDF" },
    });
    const unknown = await graph("POST", `/v1.0/me/events/${EVENT_ID}/attachments`, {
      body: { ...MENU_TXT, name: "blob" },
    });
    expect(((await given.json()) as { contentType: string }).contentType).toBe("text/markdown");
    expect(((await pdf.json()) as { contentType: string }).contentType).toBe("application/pdf");
    expect(((await unknown.json()) as { contentType: string }).contentType).toBe("application/octet-stream");
  });

  it("reports a size larger than the content, growing with it", async () => {
    const small = await graph("POST", `/v1.0/me/events/${EVENT_ID}/attachments`, {
      body: { ...MENU_TXT, contentBytes: Buffer.alloc(1000).toString("base64") },
    });
    const large = await graph("POST", `/v1.0/me/events/${EVENT_ID}/attachments`, {
      body: { ...MENU_TXT, contentBytes: Buffer.alloc(100_000).toString("base64") },
    });
    const smallSize = ((await small.json()) as { size: number }).size;
    const largeSize = ((await large.json()) as { size: number }).size;
    expect(smallSize).toBeGreaterThan(1000);
    expect(largeSize).toBeGreaterThan(100_000);
    expect(largeSize - 100_000).toBeGreaterThan(smallSize - 1000);
  });

  it("answers an item attachment with @odata.id, a null content type and no item", async () => {
    const response = await graph("POST", `/v1.0/me/events/${EVENT_ID}/attachments`, { body: HOLIDAY_EVENT });
    expect(response.status).toBe(201);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual([
      "@odata.context",
      "@odata.type",
      "@odata.id",
      "id",
      "lastModifiedDateTime",
      "name",
      "contentType",
      "size",
      "isInline",
    ]);
    expect(body["@odata.type"]).toBe("#microsoft.graph.itemAttachment");
    expect(body["@odata.id"]).toBe(
      `https://graph.microsoft.com/v1.0/users('${DEMO_ORGANIZER.id}@41a5b830-45ac-4f1b-9bfc-baafa3b7db2e')/events('${EVENT_ID}')/attachments('${String(body["id"])}')`,
    );
    expect(body["contentType"]).toBeNull();
    expect(body["size"]).toBe(2473);
    const [stored] = emulator.store.attachments(EVENT_ID);
    expect(stored?.kind === "item" && stored.item["subject"]).toBe("Discuss gifts for children");
  });

  it("answers a beta reference attachment with normalised permission and isFolder", async () => {
    const response = await graph("POST", `/beta/me/events/${REFERENCE_EVENT_ID}/attachments`, {
      body: PERSONAL_PICTURES,
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual([
      "@odata.context",
      "@odata.type",
      "id",
      "lastModifiedDateTime",
      "name",
      "contentType",
      "size",
      "isInline",
      "sourceUrl",
      "providerType",
      "thumbnailUrl",
      "previewUrl",
      "permission",
      "isFolder",
    ]);
    expect(body).toMatchObject({
      "@odata.context": `https://graph.microsoft.com/beta/$metadata#users('${DEMO_ORGANIZER.id}')/events('AAMkAGE1M88AADUv0uAAAG%3D')/attachments/$entity`,
      contentType: null,
      size: 382,
      sourceUrl: PERSONAL_PICTURES.sourceUrl,
      providerType: "oneDriveConsumer",
      thumbnailUrl: null,
      previewUrl: null,
      permission: "edit",
      isFolder: true,
    });
  });

  it("refuses a reference attachment on v1.0, which has no sourceUrl", async () => {
    const response = await graph("POST", `/v1.0/me/events/${REFERENCE_EVENT_ID}/attachments`, {
      body: PERSONAL_PICTURES,
    });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({
      code: "ErrorInvalidProperty",
      message: "The property 'SourceUrl' is required when creating the entity.",
    });
  });

  it("refuses a beta reference attachment without sourceUrl or with an unknown permission", async () => {
    const withoutUrl: Record<string, unknown> = { ...PERSONAL_PICTURES };
    delete withoutUrl["sourceUrl"];
    const missing = await graph("POST", `/beta/me/events/${REFERENCE_EVENT_ID}/attachments`, { body: withoutUrl });
    expect((await errorOf(missing)).code).toBe("ErrorInvalidProperty");
    const badPermission = await graph("POST", `/beta/me/events/${REFERENCE_EVENT_ID}/attachments`, {
      body: { ...PERSONAL_PICTURES, permission: "owner" },
    });
    expect(badPermission.status).toBe(400);
    expect((await errorOf(badPermission)).code).toBe("UnableToDeserializePostBody");
  });

  it.each([
    "/v1.0/me/events/{id}/attachments",
    "/v1.0/me/calendar/events/{id}/attachments",
    "/v1.0/me/calendars/AAMkCal=/events/{id}/attachments",
    "/v1.0/me/calendarGroups/AAMkGroup=/calendars/AAMkCal=/events/{id}/attachments",
    `/v1.0/users/${DEMO_ORGANIZER.id}/events/{id}/attachments`,
    `/v1.0/users/${DEMO_ORGANIZER.upn}/calendar/events/{id}/attachments`,
    `/beta/users/${DEMO_ORGANIZER.upn.toUpperCase()}/events/{id}/attachments`,
  ])("accepts the documented path %s", async (template) => {
    const response = await graph("POST", template.replace("{id}", EVENT_ID), { body: MENU_TXT });
    expect(response.status).toBe(201);
    expect(emulator.store.attachments(EVENT_ID)).toHaveLength(1);
  });

  it("accepts the event id percent-encoded", async () => {
    const response = await graph("POST", `/v1.0/me/events/${encodeURIComponent(EVENT_ID)}/attachments`, {
      body: MENU_TXT,
    });
    expect(response.status).toBe(201);
  });
});

describe("GET and DELETE attachments", () => {
  async function addMenu(): Promise<string> {
    const response = await graph("POST", `/v1.0/me/events/${EVENT_ID}/attachments`, { body: MENU_TXT });
    return ((await response.json()) as { id: string }).id;
  }

  it("lists every attachment with its content, as Graph does without $select", async () => {
    await addMenu();
    await graph("POST", `/v1.0/me/events/${EVENT_ID}/attachments`, { body: HOLIDAY_EVENT });
    const response = await graph("GET", `/v1.0/me/events/${EVENT_ID}/attachments`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { "@odata.context": string; value: Array<Record<string, unknown>> };
    expect(body["@odata.context"]).toBe(
      `https://graph.microsoft.com/v1.0/$metadata#users('${DEMO_ORGANIZER.id}')/events('AAMkAGI1AAAt9AHjAAA%3D')/attachments`,
    );
    expect(body.value.map((attachment) => attachment["name"])).toEqual(["menu.txt", "Holiday event"]);
    expect(body.value[0]?.["contentBytes"]).toBe(MENU_TXT.contentBytes);
    expect(body.value[0]).not.toHaveProperty("@odata.context");
  });

  it("honours $select: only the named properties, plus @odata.type and id", async () => {
    await addMenu();
    const response = await graph("GET", `/v1.0/me/events/${EVENT_ID}/attachments?$select=name,size`);
    const body = (await response.json()) as { "@odata.context": string; value: Array<Record<string, unknown>> };
    expect(body["@odata.context"]).toMatch(/\/attachments\(name,size\)$/);
    expect(Object.keys(body.value[0] ?? {})).toEqual(["@odata.type", "id", "name", "size"]);
  });

  it("returns contentBytes with $select only through a type cast", async () => {
    await addMenu();
    const response = await graph(
      "GET",
      `/v1.0/me/events/${EVENT_ID}/attachments?$select=name,microsoft.graph.fileAttachment/contentBytes`,
    );
    const body = (await response.json()) as { value: Array<Record<string, unknown>> };
    expect(body.value[0]?.["contentBytes"]).toBe(MENU_TXT.contentBytes);
  });

  it.each(["contentId", "contentLocation", "contentBytes", "nonsense"])(
    "fails $select=%s as Graph does for properties the base type lacks",
    async (property) => {
      const response = await graph("GET", `/v1.0/me/events/${EVENT_ID}/attachments?$select=${property}`);
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toMatchObject({
        code: "RequestBroker--ParseUri",
        message: `Could not find a property named '${property}' on type 'microsoft.graph.attachment'.`,
      });
    },
  );

  it("gets one attachment with its full representation", async () => {
    const id = await addMenu();
    const response = await graph("GET", `/v1.0/me/events/${EVENT_ID}/attachments/${id}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body["@odata.context"]).toMatch(/\/attachments\/\$entity$/);
    expect(body).toMatchObject({ id, name: "menu.txt", contentBytes: MENU_TXT.contentBytes });
  });

  it("expands the item of an item attachment on request", async () => {
    const created = await graph("POST", `/v1.0/me/events/${EVENT_ID}/attachments`, { body: HOLIDAY_EVENT });
    const { id } = (await created.json()) as { id: string };
    const response = await graph(
      "GET",
      `/v1.0/me/events/${EVENT_ID}/attachments/${id}?$expand=microsoft.graph.itemattachment/item`,
    );
    const body = (await response.json()) as { item: Record<string, unknown>; "item@odata.context": string };
    expect(body.item).toMatchObject({ "@odata.type": "#microsoft.graph.event", subject: "Discuss gifts for children" });
    expect(body["item@odata.context"]).toContain("/microsoft.graph.itemAttachment/item/$entity");
  });

  it("serves a file's raw bytes at $value", async () => {
    const id = await addMenu();
    const response = await graph("GET", `/v1.0/me/events/${EVENT_ID}/attachments/${id}/$value`);
    expect(response.headers.get("content-type")).toBe("text/plain");
    expect(await response.text()).toBe("mac and cheese today");
  });

  it("answers $value on a reference attachment with 405", async () => {
    const created = await graph("POST", `/beta/me/events/${REFERENCE_EVENT_ID}/attachments`, {
      body: PERSONAL_PICTURES,
    });
    const { id } = (await created.json()) as { id: string };
    const response = await graph("GET", `/beta/me/events/${REFERENCE_EVENT_ID}/attachments/${id}/$value`);
    expect(response.status).toBe(405);
  });

  it("deletes an attachment with 204 and then no longer finds it", async () => {
    const id = await addMenu();
    const deleted = await graph("DELETE", `/v1.0/me/events/${EVENT_ID}/attachments/${id}`);
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe("");
    expect(emulator.store.attachments(EVENT_ID)).toHaveLength(0);
    const again = await graph("GET", `/v1.0/me/events/${EVENT_ID}/attachments/${id}`);
    expect(again.status).toBe(404);
    expect(await errorOf(again)).toMatchObject({
      code: "ErrorItemNotFound",
      message: "The specified object was not found in the store.",
    });
  });

  it.each(["abc", "not*an*id*at*all*really"])("answers 400 ErrorInvalidAttachmentId for the id %s", async (id) => {
    const response = await graph("DELETE", `/v1.0/me/events/${EVENT_ID}/attachments/${id}`);
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({
      code: "ErrorInvalidAttachmentId",
      message: "The specified attachment Id is invalid.",
    });
  });

  it("answers 405 for a method the resource does not have", async () => {
    const response = await graph("PATCH", `/v1.0/me/events/${EVENT_ID}/attachments`, { body: {} });
    expect(response.status).toBe(405);
  });
});
