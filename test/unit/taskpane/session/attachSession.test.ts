import { createSimulatedOffice, simulatedHostControl, type HostScenario } from "../../../../dev/office";
import {
  GraphRequestError,
  type AttachmentInfo,
  type EventAttachmentInput,
  type GraphClient,
  type LinkAttachmentInput,
} from "../../../../src/graph";
import { createFormAttacher } from "../../../../src/office";
import { AttachSession } from "../../../../src/taskpane/session/attachSession";
import { attachment } from "../list/fakeGraph";

const EVENT: EventAttachmentInput = {
  name: "Kick-off",
  subject: "Kick-off",
  start: { dateTime: "2030-01-05T09:00:00", timeZone: "UTC" },
  end: { dateTime: "2030-01-05T10:00:00", timeZone: "UTC" },
  isAllDay: false,
};
const LINK: LinkAttachmentInput = {
  name: "Plan",
  sourceUrl: "https://contoso.sharepoint.com/plan.docx",
  providerType: "oneDriveBusiness",
  permission: "view",
  isFolder: false,
};

/** A Graph client that stores what it is given, and lists it; `fail` makes the next attach fail so. */
function fakeGraph() {
  const held: AttachmentInfo[] = [];
  const calls: string[] = [];
  let fail: Error | null = null;
  const store = (name: string, size: number | null) => {
    if (fail) {
      const error = fail;
      fail = null;
      return Promise.reject(error);
    }
    const info = attachment({ name, size });
    held.push(info);
    return Promise.resolve(info);
  };
  const client = {
    listAttachments: () => {
      calls.push("list");
      return Promise.resolve([...held]);
    },
    attachFile: (_ref: unknown, file: File) => (calls.push("file"), store(file.name, file.size)),
    attachEvent: (_ref: unknown, input: EventAttachmentInput) => (calls.push("event"), store(input.name, 900)),
    attachLink: (_ref: unknown, input: LinkAttachmentInput) => (calls.push("link"), store(input.name, null)),
    deleteAttachment: () => Promise.reject(new GraphRequestError("notFound", "Not found.", { status: 404 })),
  } as unknown as GraphClient;
  return { client, held, calls, failNext: (error: Error) => (fail = error) };
}

function sessionFor(scenario: HostScenario) {
  const office = createSimulatedOffice({ scenario });
  const graph = fakeGraph();
  const session = new AttachSession({
    office,
    graphFor: () => Promise.resolve(graph.client),
    formAttacher: createFormAttacher(office),
    signInPath: () => "naa-silent",
  });
  session.start();
  return { session, graph, control: simulatedHostControl(office) };
}

const signal = (): AbortSignal => new AbortController().signal;
const until = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 1));
  if (!check()) throw new Error("never happened");
};

describe("one attach for the three forms", () => {
  test("a file, an event and a link each end attached to the server, and the list and total follow", async () => {
    const { session, graph } = sessionFor("saved");
    await until(() => session.getState().list.status === "ready");
    const file = new File(["12345"], "notes.txt");
    await expect(session.attach({ kind: "file", file }, { signal: signal() })).resolves.toMatchObject({
      status: "attached",
      to: "server",
      name: "notes.txt",
      size: 5,
    });
    await expect(session.attach({ kind: "event", input: EVENT }, { signal: signal() })).resolves.toMatchObject({
      status: "attached",
      to: "server",
      name: "Kick-off",
      size: 900,
    });
    // A link's size is not reported: it counts 0, and the name is what the organizer typed.
    await expect(session.attach({ kind: "link", input: LINK }, { signal: signal() })).resolves.toMatchObject({
      status: "attached",
      to: "server",
      name: "Plan",
      size: 0,
    });
    expect(graph.calls.filter((call) => call !== "list")).toEqual(["file", "event", "link"]);
    await until(() => session.getState().list.status === "ready" && session.getState().attachedBytes === 905);
    expect(session.getState()).toMatchObject({
      serverChanged: true,
      windowChanged: false,
      signInPath: "naa-silent",
    });
  });

  test("a failure that may have stored the attachment says so and reloads the list; a cancel is a cancel", async () => {
    const { session, graph } = sessionFor("saved");
    await until(() => session.getState().list.status === "ready");
    const lists = graph.calls.length;
    graph.failNext(new GraphRequestError("outcomeUnknown", "The answer was lost."));
    const outcome = await session.attach({ kind: "link", input: LINK }, { signal: signal() });
    expect(outcome).toMatchObject({ status: "failed", uncertain: true });
    await until(() => graph.calls.length > lists + 1);
    expect(graph.calls.slice(lists)).toEqual(["link", "list"]);

    graph.failNext(new GraphRequestError("badRequest", "Bad request.", { status: 400 }));
    expect(await session.attach({ kind: "link", input: LINK }, { signal: signal() })).toMatchObject({
      status: "failed",
      uncertain: false,
    });

    const controller = new AbortController();
    controller.abort();
    expect(await session.attach({ kind: "event", input: EVENT }, { signal: controller.signal })).toEqual({
      status: "cancelled",
    });
    expect(session.getState().serverChanged).toBe(false);
  });

  test("a meeting never saved asks first; declining sends nothing", async () => {
    const { session, graph } = sessionFor("new");
    const attaching = session.attach({ kind: "link", input: LINK }, { signal: signal() });
    await until(() => session.getState().pendingSave !== null);
    expect(session.getState().pendingSave).toBe("new");
    session.answerSave(false);
    expect(await attaching).toEqual({ status: "declined" });
    expect(session.getState().pendingSave).toBeNull();
    expect(graph.calls).not.toContain("link");
  });

  test("where the window keeps its own copy, files and picked events go into it and Graph stores nothing", async () => {
    const { session, graph, control } = sessionFor("classic-online");
    const file = new File(["Agenda"], "agenda.txt");
    expect(await session.attach({ kind: "file", file }, { signal: signal() })).toEqual({
      status: "attached",
      to: "window",
      name: "agenda.txt",
      size: 6,
    });
    const picked = { kind: "pickedEvent", graphEventId: "AAMkAGRl-lunch_AAEAAA=", input: EVENT } as const;
    expect(await session.attach(picked, { signal: signal() })).toMatchObject({ status: "attached", to: "window" });
    expect(control.formAttachments().map((attachment) => attachment.name)).toEqual(["agenda.txt", "Kick-off"]);
    // A composed event has no way into the window: it goes to the server.
    expect(await session.attach({ kind: "event", input: EVENT }, { signal: signal() })).toMatchObject({
      status: "attached",
      to: "server",
    });
    expect(graph.calls.filter((call) => call !== "list")).toEqual(["event"]);
    expect(session.getState()).toMatchObject({ windowChanged: true, serverChanged: true });
  });
});

describe("the state React reads", () => {
  test("stays the same object until something changes, and each change is announced", async () => {
    const { session } = sessionFor("saved");
    await until(() => session.getState().list.status === "ready" && session.getState().meeting.status === "ready");
    const before = session.getState();
    expect(session.getState()).toBe(before);
    let notified = 0;
    const stop = session.subscribe(() => (notified += 1));
    session.reloadList();
    expect(notified).toBeGreaterThan(0);
    expect(session.getState()).not.toBe(before);
    stop();
  });

  test("a change that changes nothing is not announced, and a list reload leaves the meeting the same object", async () => {
    const { session } = sessionFor("saved");
    await until(() => session.getState().list.status === "ready" && session.getState().meeting.status === "ready");
    let notified = 0;
    const stop = session.subscribe(() => (notified += 1));
    const { meeting, known } = session.getState();
    session.holdRoom("a", 0);
    session.releaseRoom("a");
    expect(notified).toBe(0);
    session.reloadList();
    await until(() => {
      const list = session.getState().list;
      return list.status === "ready" && !list.refreshing;
    });
    // The list went refreshing, then ready again: the meeting and the event found did not change.
    expect(notified).toBe(2);
    expect(session.getState().meeting).toBe(meeting);
    expect(session.getState().known).toBe(known);
    stop();
  });

  test("removing an attachment already gone counts as removed, and the event is marked changed", async () => {
    const { session } = sessionFor("saved");
    await until(() => session.getState().list.status === "ready");
    const list = session.getState().list;
    if (list.status !== "ready") throw new Error("no list");
    await session.removeAttachment(list.event, attachment({ name: "gone.txt" }));
    expect(session.getState().serverChanged).toBe(true);
  });
});

describe("room in the mailbox limit", () => {
  const MB = 1024 * 1024;
  const sized = (bytes: number): Blob => ({ size: bytes }) as Blob;

  test("files still to attach hold room until attached or given up; a refused file holds none", async () => {
    const { session } = sessionFor("saved");
    await until(() => session.getState().list.status === "ready");
    expect(session.fileRefusal(sized(0))).toEqual({ reason: "fileEmpty" });
    expect(session.fileRefusal(sized(151 * MB))).toEqual({ reason: "fileTooLarge" });
    expect(session.fileRefusal(sized(30 * MB))).toBeNull();
    session.holdRoom("a", 30 * MB);
    expect(session.getState().pendingBytes).toBe(30 * MB);
    expect(session.fileRefusal(sized(6 * MB))).toEqual({ reason: "mailboxLimit", limit: 35 * MB });
    expect(session.fileRefusal(sized(4 * MB))).toBeNull();
    session.holdRoom("a", 30 * MB);
    expect(session.getState().pendingBytes).toBe(30 * MB);
    session.releaseRoom("a");
    expect(session.getState().pendingBytes).toBe(0);
    expect(session.fileRefusal(sized(6 * MB))).toBeNull();
  });
});
