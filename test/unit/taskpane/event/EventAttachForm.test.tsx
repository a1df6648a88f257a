import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import {
  AttachmentInputError,
  GraphRequestError,
  type AttachmentInfo,
  type EventAttachmentInput,
  type GraphClient,
} from "../../../../src/graph";
import { en } from "../../../../src/i18n/messages/en";
import { EventAttachForm } from "../../../../src/taskpane/components/event/EventAttachForm";
import { bodyText } from "../../../../src/taskpane/components/event/pickedEvent";
import { renderInSession } from "../support/renderInSession";

interface Harness {
  graph: GraphClient;
  sent: EventAttachmentInput[];
  /** What the fake Graph stored. */
  attached: AttachmentInfo[];
  /** What the next attachEvent call does. */
  next: { outcome: "attach" | "fail" | "failAtTimeZone" | "hang" };
}

/** A Graph client whose attachEvent does what `next` says; the rest is never called by the form. */
function harness(): Harness {
  const sent: EventAttachmentInput[] = [];
  const attached: AttachmentInfo[] = [];
  const next: Harness["next"] = { outcome: "attach" };
  const graph = {
    listAttachments: () => Promise.resolve([]),
    attachEvent: (_ref: unknown, input: EventAttachmentInput, call?: { signal?: AbortSignal }) => {
      sent.push(input);
      if (next.outcome === "fail")
        return Promise.reject(new GraphRequestError("badRequest", "Bad request.", { status: 400 }));
      if (next.outcome === "failAtTimeZone")
        return Promise.reject(
          new AttachmentInputError("timeZoneEmpty", "The time zone is missing.", { field: "timeZone" }),
        );
      if (next.outcome === "hang") {
        return new Promise<AttachmentInfo>((_resolve, reject) => {
          call?.signal?.addEventListener("abort", () => reject(new DOMException("Aborted", "AbortError")));
        });
      }
      const info: AttachmentInfo = {
        id: `att-${sent.length}`,
        kind: "item",
        name: input.name,
        contentType: null,
        size: 1200,
        isInline: false,
        lastModifiedDateTime: null,
      };
      attached.push(info);
      return Promise.resolve(info);
    },
  } as unknown as GraphClient;
  return { graph, sent, attached, next };
}

/**
 * The form in a real session on the simulated Outlook: a saved meeting, or (declined) one never saved, whose save
 * question the organizer answers No.
 */
async function renderForm(graph: GraphClient, options: { declined?: boolean } = {}): Promise<void> {
  const { session } = renderInSession(<EventAttachForm />, { scenario: options.declined ? "new" : "saved", graph });
  session.subscribe(() => {
    if (session.getState().pendingSave) queueMicrotask(() => session.answerSave(false));
  });
  // Outlook's time zone (the organizer's, Pacific) is known once the meeting is read.
  await waitFor(() => expect(session.getState().meeting.status).toBe("ready"));
}

function type(testId: string, value: string): void {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

function fillValidEvent(): void {
  type("event-subject", "Budget review");
  type("event-start-date", "2026-03-10");
  type("event-start-time", "09:00");
  type("event-end-date", "2026-03-10");
  type("event-end-time", "10:30");
}

function valueOf(testId: string): string {
  return screen.getByTestId<HTMLInputElement | HTMLTextAreaElement>(testId).value;
}

async function attach(): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByTestId("event-compose-attach"));
    await Promise.resolve();
  });
}

test("an empty subject is refused at the subject field, nothing is sent, and the subject takes the focus", async () => {
  const { graph, sent } = harness();
  await renderForm(graph);
  await attach();
  expect(screen.getByText("Enter a subject.")).toBeTruthy();
  expect(sent).toEqual([]);
  expect(document.activeElement).toBe(screen.getByTestId("event-subject"));
});

test("an end before the start is refused at the end time and nothing is sent", async () => {
  const { graph, sent } = harness();
  await renderForm(graph);
  fillValidEvent();
  type("event-end-time", "08:00");
  await attach();
  expect(screen.getByText("The end must be after the start.")).toBeTruthy();
  expect(sent).toEqual([]);
});

test("a valid event is attached in the organizer's zone, announced, reported, and only then cleared", async () => {
  const { graph, sent, attached } = harness();
  await renderForm(graph);
  fillValidEvent();
  type("event-location", "Room 4");
  await attach();
  await screen.findByTestId("event-compose-result");
  expect(sent).toEqual([
    {
      name: "Budget review",
      subject: "Budget review",
      start: { dateTime: "2026-03-10T09:00:00", timeZone: "Pacific Standard Time" },
      end: { dateTime: "2026-03-10T10:30:00", timeZone: "Pacific Standard Time" },
      location: "Room 4",
      isAllDay: false,
    },
  ]);
  expect(attached.map((info) => info.name)).toEqual(["Budget review"]);
  expect(
    screen.getAllByRole("status").some((region) => region.textContent?.includes("“Budget review” is attached")),
  ).toBe(true);
  expect(valueOf("event-subject")).toBe("");
  expect(valueOf("event-location")).toBe("");
});

test("an HTML description is sent escaped with <br> line breaks", async () => {
  const { graph, sent } = harness();
  await renderForm(graph);
  fillValidEvent();
  fireEvent.click(screen.getByLabelText("HTML (formatted)"));
  type("event-body", "<script>x</script>\nBring laptops & chargers");
  await attach();
  await screen.findByTestId("event-compose-result");
  expect(sent[0]?.body).toEqual({
    contentType: "HTML",
    content: "&lt;script&gt;x&lt;/script&gt;<br>Bring laptops &amp; chargers",
  });
});

test("a failure is shown and every input kept; pressing Attach again retries", async () => {
  const { graph, sent, next } = harness();
  await renderForm(graph);
  fillValidEvent();
  type("event-body", "Figures");
  next.outcome = "fail";
  await attach();
  expect((await screen.findByTestId("event-compose-error")).textContent).toContain("The server refused the request.");
  expect(valueOf("event-subject")).toBe("Budget review");
  expect(valueOf("event-body")).toBe("Figures");
  next.outcome = "attach";
  await attach();
  await screen.findByTestId("event-compose-result");
  expect(sent).toHaveLength(2);
  expect(sent[1]).toEqual(sent[0]);
});

test("a refusal that names a field is shown at that field", async () => {
  const { graph, next } = harness();
  await renderForm(graph);
  fillValidEvent();
  next.outcome = "failAtTimeZone";
  await attach();
  await screen.findByText("Choose a time zone.");
  expect(screen.queryByTestId("event-compose-error")).toBeNull();
});

test("declining to save shows the save message, sends nothing and keeps the inputs", async () => {
  const { graph, sent } = harness();
  await renderForm(graph, { declined: true });
  fillValidEvent();
  await attach();
  await screen.findByTestId("event-compose-declined");
  expect(screen.getByText(en["save.declined"])).toBeTruthy();
  expect(sent).toEqual([]);
  expect(valueOf("event-subject")).toBe("Budget review");
});

test("sending can be cancelled, and the inputs stay", async () => {
  const { graph, next, attached } = harness();
  await renderForm(graph);
  fillValidEvent();
  next.outcome = "hang";
  await attach();
  const cancel = await screen.findByTestId("event-compose-cancel");
  expect(screen.getByTestId("event-compose-attach").getAttribute("aria-disabled")).toBe("true");
  await act(async () => {
    fireEvent.click(cancel);
    await Promise.resolve();
  });
  expect((await screen.findByTestId("event-compose-cancelled")).textContent).toBe("Attaching was cancelled.");
  expect(attached).toEqual([]);
  expect(valueOf("event-subject")).toBe("Budget review");
});

test("switching to the calendar and back keeps what was typed", async () => {
  const { graph } = harness();
  await renderForm(graph);
  type("event-subject", "Kept across modes");
  fireEvent.click(screen.getByLabelText("Choose one from my calendar"));
  await screen.findByTestId("event-picker");
  fireEvent.click(screen.getByLabelText("Create a new event"));
  expect(valueOf("event-subject")).toBe("Kept across modes");
});

test("the preview reads an HTML body as text: no markup, scripts as their text, line breaks kept", () => {
  const html =
    '<p>Agenda</p><div>1. Budget<br>2. <b>Roadmap</b></div><script>alert("x")</script><img src=x onerror="alert(1)">';
  expect(bodyText({ contentType: "HTML", content: html })).toBe('Agenda\n1. Budget\n2. Roadmap\nalert("x")');
});
