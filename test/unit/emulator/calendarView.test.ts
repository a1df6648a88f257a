import { DEMO_ORGANIZER } from "../../../dev/shared/demoIdentity";
import { EVENT_ID, MENU_TXT, errorOf, graph, useEmulator } from "./support";

const { emulator } = useEmulator();
const WINDOW = "startDateTime=2025-03-03T00:00:00Z&endDateTime=2025-04-03T00:00:00Z";

interface EventBody {
  id: string;
  subject: string;
  start: { dateTime: string; timeZone: string };
  hasAttachments?: boolean;
}

interface Page {
  "@odata.context": string;
  "@odata.nextLink"?: string;
  value: Array<EventBody & Record<string, unknown>>;
}

async function page(url: string): Promise<Page> {
  const response = await graph("GET", url);
  expect(response.status).toBe(200);
  return (await response.json()) as Page;
}

describe("calendarView", () => {
  it("lists the seeded events of the coming weeks in start order", async () => {
    const body = await page(`/v1.0/me/calendarView?${WINDOW}&$top=50`);
    expect(body["@odata.context"]).toBe(
      `https://graph.microsoft.com/v1.0/$metadata#users('${DEMO_ORGANIZER.id}')/calendarView`,
    );
    const starts = body.value.map((event) => event.start.dateTime);
    expect(starts).toEqual([...starts].sort());
    expect(body.value.length).toBeGreaterThanOrEqual(6);
    expect(body.value.map((event) => event.id)).toContain(EVENT_ID);
    expect(body.value.map((event) => event.subject)).not.toContain("Vendor onboarding call");
    expect(body.value[0]?.start.timeZone).toBe("UTC");
  });

  it("pages with @odata.nextLink until every event is seen once", async () => {
    const all = await page(`/v1.0/me/calendarView?${WINDOW}&$top=100`);
    const seen: string[] = [];
    let next: string | undefined = `/v1.0/me/calendarView?${WINDOW}&$top=3&$select=subject`;
    let pages = 0;
    while (next) {
      const body: Page = await page(next);
      expect(body.value.length).toBeLessThanOrEqual(3);
      seen.push(...body.value.map((event) => event.id));
      next = body["@odata.nextLink"];
      pages += 1;
    }
    expect(seen).toEqual(all.value.map((event) => event.id));
    expect(pages).toBe(Math.ceil(all.value.length / 3));
  });

  it("honours $select (with @odata.etag and id always) and names it in the context", async () => {
    const body = await page(`/v1.0/me/calendarView?${WINDOW}&$select=subject,start&$top=1`);
    expect(body["@odata.context"]).toMatch(/calendarView\(subject,start\)$/);
    expect(Object.keys(body.value[0] ?? {})).toEqual(["@odata.etag", "id", "subject", "start"]);
  });

  it("filters with contains(subject,'…'), case-insensitively", async () => {
    const body = await page(
      `/v1.0/me/calendarView?${WINDOW}&$filter=${encodeURIComponent("contains(subject,'REVIEW')")}`,
    );
    expect(body.value.map((event) => event.subject).sort()).toEqual([
      "Design review: meeting attachments",
      "Quarterly planning review",
    ]);
  });

  it("orders by start/dateTime desc on request", async () => {
    const body = await page(
      `/v1.0/me/calendarView?${WINDOW}&$orderby=${encodeURIComponent("start/dateTime desc")}&$top=50`,
    );
    const starts = body.value.map((event) => event.start.dateTime);
    expect(starts).toEqual([...starts].sort().reverse());
  });

  it("shows hasAttachments once an attachment is added", async () => {
    await graph("POST", `/v1.0/me/events/${EVENT_ID}/attachments`, { body: MENU_TXT });
    const body = await page(`/v1.0/me/calendarView?${WINDOW}&$select=hasAttachments&$top=50`);
    expect(body.value.find((event) => event.id === EVENT_ID)?.hasAttachments).toBe(true);
  });

  it("leaves out events Graph cannot see yet", async () => {
    emulator.store.addEvent({
      owner: DEMO_ORGANIZER.upn,
      subject: "Saved a moment ago",
      start: "2025-03-05T10:00:00Z",
      end: "2025-03-05T11:00:00Z",
      visibleAfter: new Date("2025-03-03T10:00:00Z"),
    });
    const body = await page(`/v1.0/me/calendarView?${WINDOW}&$top=50`);
    expect(body.value.map((event) => event.subject)).not.toContain("Saved a moment ago");
  });

  it("requires the time window", async () => {
    const response = await graph("GET", "/v1.0/me/calendarView?startDateTime=2025-03-03T00:00:00Z");
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe("ErrorInvalidParameter");
  });

  it.each([
    ["$filter=subject eq 'x'", "ErrorInvalidUrlQueryFilter"],
    ["$select=subject,colour", "RequestBroker--ParseUri"],
    ["$top=abc", "ErrorInvalidParameter"],
    ["$orderby=colour", "RequestBroker--ParseUri"],
  ])("refuses %s", async (query, code) => {
    const response = await graph("GET", `/v1.0/me/calendarView?${WINDOW}&${query}`);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe(code);
  });
});

describe("GET …/events/{id}", () => {
  it("answers the event with $select honoured", async () => {
    const response = await graph("GET", `/v1.0/me/events/${EVENT_ID}?$select=subject,start,end,location`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(["@odata.context", "@odata.etag", "id", "subject", "start", "end", "location"]);
    expect(body["subject"]).toBe("Quarterly planning review");
    expect(body["location"]).toEqual({ displayName: "Conference Room Rainier", locationType: "default" });
    expect(body["start"]).toEqual({ dateTime: "2025-03-04T16:00:00.0000000", timeZone: "UTC" });
  });

  it("reads times given in a Windows zone", async () => {
    emulator.store.addEvent({
      id: "AAMkAGxvY2FsdGltZQAAAQAA=",
      owner: DEMO_ORGANIZER.upn,
      subject: "Local time",
      start: { dateTime: "2025-07-01T09:00:00", timeZone: "Pacific Standard Time" },
      end: { dateTime: "2025-07-01T10:00:00", timeZone: "Pacific Standard Time" },
    });
    const response = await graph("GET", "/v1.0/me/events/AAMkAGxvY2FsdGltZQAAAQAA=?$select=start");
    expect(((await response.json()) as EventBody).start.dateTime).toBe("2025-07-01T16:00:00.0000000");
  });
});
