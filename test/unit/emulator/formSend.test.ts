import { EVENT_ID, GRAPH, PERSONAL_PICTURES, fileBody, graph, useEmulator } from "./support";

const { emulator, clock } = useEmulator();
const PICKED_EVENT_ID = "AAMkAGRlbW8tbHVuY2gAAAEAAA=";

function formSend(body: unknown): Promise<Response> {
  return fetch(`${GRAPH}/_emulator/form-send`, { method: "POST", body: JSON.stringify(body) });
}

const names = (): string[] => emulator.store.attachments(EVENT_ID).map((attachment) => attachment.name);

/** A file attached before the window opened, a cloud link attached through Graph while it was open. */
async function graphChangesWhileOpen(): Promise<Date> {
  await graph("POST", `/v1.0/me/events/${EVENT_ID}/attachments`, { body: fileBody("before.txt", Buffer.from("b")) });
  clock.advance(400);
  const openedAt = clock.now();
  clock.advance(400);
  const link = await graph("POST", `/beta/me/events/${EVENT_ID}/attachments`, {
    body: { ...PERSONAL_PICTURES, name: "Shared folder" },
  });
  expect(link.status).toBe(201);
  clock.advance(400);
  return openedAt;
}

const windowAttachments = [
  { kind: "file", name: "agenda.txt", contentBytes: Buffer.from("Agenda\n").toString("base64") },
  { kind: "item", name: "Team lunch", eventId: PICKED_EVENT_ID },
];

describe("POST /_emulator/form-send", () => {
  it("a window that writes its own copy drops what Graph added while it was open and adds its own", async () => {
    const openedAt = await graphChangesWhileOpen();
    const response = await formSend({
      eventId: EVENT_ID,
      openedAt: openedAt.toISOString(),
      writesOwnCopy: true,
      attachments: windowAttachments,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      sent: ["before.txt", "agenda.txt", "Team lunch"],
      dropped: ["Shared folder"],
    });
    expect(names()).toEqual(["before.txt", "agenda.txt", "Team lunch"]);
    const [, file, item] = emulator.store.attachments(EVENT_ID);
    expect(file?.kind === "file" && Buffer.from(file.bytes).toString()).toBe("Agenda\n");
    expect(item?.kind === "item" && item.item).toMatchObject({
      "@odata.type": "#microsoft.graph.event",
      subject: "Team lunch",
      location: { displayName: "Cafeteria" },
    });
  });

  it("a window that edits the server's copy keeps what Graph added", async () => {
    const openedAt = await graphChangesWhileOpen();
    const response = await formSend({
      eventId: EVENT_ID,
      openedAt: openedAt.toISOString(),
      writesOwnCopy: false,
      attachments: windowAttachments.slice(0, 1),
    });
    expect(await response.json()).toEqual({ sent: ["before.txt", "Shared folder", "agenda.txt"], dropped: [] });
  });

  it("counts to the millisecond, although Graph's lastModifiedDateTime keeps only seconds", async () => {
    const openedAt = clock.now();
    clock.advance(1);
    await graph("POST", `/v1.0/me/events/${EVENT_ID}/attachments`, {
      body: fileBody("right-after.txt", Buffer.from("x")),
    });
    const response = await formSend({ eventId: EVENT_ID, openedAt: openedAt.toISOString(), writesOwnCopy: true });
    expect(await response.json()).toEqual({ sent: [], dropped: ["right-after.txt"] });
  });

  it("changes nothing when an attached event does not exist", async () => {
    const openedAt = await graphChangesWhileOpen();
    const response = await formSend({
      eventId: EVENT_ID,
      openedAt: openedAt.toISOString(),
      writesOwnCopy: true,
      attachments: [{ kind: "item", name: "Gone", eventId: "AAMkAGRlbW8tZ29uZQAAAQAA=" }],
    });
    expect(response.status).toBe(400);
    expect(names()).toEqual(["before.txt", "Shared folder"]);
  });

  it.each<[string, unknown]>([
    [
      "an unknown meeting",
      { eventId: "AAMkAGRlbW8tbm9uZQAAAQAA=", openedAt: "2025-03-03T09:30:00Z", writesOwnCopy: true },
    ],
    ["no openedAt", { eventId: EVENT_ID, writesOwnCopy: true }],
    ["an openedAt that is no date", { eventId: EVENT_ID, openedAt: "yesterday", writesOwnCopy: true }],
    ["no writesOwnCopy", { eventId: EVENT_ID, openedAt: "2025-03-03T09:30:00Z" }],
    [
      "attachments that are no list",
      { eventId: EVENT_ID, openedAt: "2025-03-03T09:30:00Z", writesOwnCopy: true, attachments: {} },
    ],
    [
      "a file that is not base64",
      {
        eventId: EVENT_ID,
        openedAt: "2025-03-03T09:30:00Z",
        writesOwnCopy: true,
        attachments: [{ kind: "file", name: "a.txt", contentBytes: "data:text/plain;base64,YQ==" }],
      },
    ],
    [
      "an attachment of another kind",
      {
        eventId: EVENT_ID,
        openedAt: "2025-03-03T09:30:00Z",
        writesOwnCopy: true,
        attachments: [{ kind: "reference", name: "a" }],
      },
    ],
  ])("refuses %s with 400", async (_case, body) => {
    const response = await formSend(body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("BadRequest");
  });
});
