import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { IntlProvider } from "react-intl";
import type { AttachmentInfo, EventAttachmentInput, GraphClient } from "../../../../src/graph";
import { en } from "../../../../src/i18n/messages/en";
import type { ReadyEvent } from "../../../../src/office";
import { AttachTargetContext, type AttachTarget } from "../../../../src/taskpane/attachTarget";
import { EventAttachForm } from "../../../../src/taskpane/components/event/EventAttachForm";
import { bodyText } from "../../../../src/taskpane/components/event/pickedEvent";

const meeting: ReadyEvent = {
  status: "ready",
  ref: { mailbox: { kind: "me" }, eventId: "AAMkAGI2-meeting=" },
  sharedCalendar: false,
  canWrite: true,
  justSaved: false,
};

class RefusedError extends Error {
  constructor(readonly field?: string) {
    super("refused");
  }
}

interface Harness {
  target: AttachTarget;
  sent: EventAttachmentInput[];
  attached: AttachmentInfo[];
  /** What the next attachEvent call does. */
  next: { outcome: "attach" | "fail" | "hang"; field?: string };
}

function harness(options: { declined?: boolean } = {}): Harness {
  const sent: EventAttachmentInput[] = [];
  const attached: AttachmentInfo[] = [];
  const next: Harness["next"] = { outcome: "attach" };
  const graph = {
    attachEvent: (_ref: unknown, input: EventAttachmentInput, call?: { signal?: AbortSignal }) => {
      sent.push(input);
      if (next.outcome === "fail") return Promise.reject(new RefusedError(next.field));
      if (next.outcome === "hang") {
        return new Promise<AttachmentInfo>((_resolve, reject) => {
          call?.signal?.addEventListener("abort", () => reject(new DOMException("Aborted", "AbortError")));
        });
      }
      return Promise.resolve<AttachmentInfo>({
        id: `att-${sent.length}`,
        kind: "item",
        name: input.name,
        contentType: null,
        size: 1200,
        isInline: false,
        lastModifiedDateTime: null,
      });
    },
  } as unknown as GraphClient;
  const target: AttachTarget = {
    ensureEvent: () => Promise.resolve(options.declined ? null : meeting),
    peekEvent: () => Promise.resolve(null),
    graphFor: () => graph,
    ownMailbox: { kind: "me" },
    timeZone: "Pacific Standard Time",
    describeError: (error) =>
      error instanceof RefusedError
        ? { message: "The server refused the request.", ...(error.field ? { field: error.field } : {}) }
        : { message: String(error) },
    isCancellation: (error) => error instanceof DOMException && error.name === "AbortError",
    onAttached: (info) => attached.push(info),
    onRemoved: () => undefined,
    openForm: null,
  };
  return { target, sent, attached, next };
}

function renderForm(target: AttachTarget): void {
  const wrap = ({ children }: { children: ReactNode }): ReactNode => (
    <FluentProvider theme={webLightTheme}>
      <IntlProvider locale="en" messages={en}>
        <AttachTargetContext.Provider value={target}>{children}</AttachTargetContext.Provider>
      </IntlProvider>
    </FluentProvider>
  );
  render(<EventAttachForm />, { wrapper: wrap });
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
  const { target, sent } = harness();
  renderForm(target);
  await attach();
  expect(screen.getByText("Enter a subject.")).toBeTruthy();
  expect(sent).toEqual([]);
  expect(document.activeElement).toBe(screen.getByTestId("event-subject"));
});

test("an end before the start is refused at the end time and nothing is sent", async () => {
  const { target, sent } = harness();
  renderForm(target);
  fillValidEvent();
  type("event-end-time", "08:00");
  await attach();
  expect(screen.getByText("The end must be after the start.")).toBeTruthy();
  expect(sent).toEqual([]);
});

test("a valid event is attached in the organizer's zone, announced, reported, and only then cleared", async () => {
  const { target, sent, attached } = harness();
  renderForm(target);
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
  const { target, sent } = harness();
  renderForm(target);
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
  const { target, sent, next } = harness();
  renderForm(target);
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
  const { target, next } = harness();
  renderForm(target);
  fillValidEvent();
  next.outcome = "fail";
  next.field = "timeZone";
  await attach();
  await screen.findByText("The server refused the request.");
  expect(screen.queryByTestId("event-compose-error")).toBeNull();
});

test("declining to save shows the save message, sends nothing and keeps the inputs", async () => {
  const { target, sent } = harness({ declined: true });
  renderForm(target);
  fillValidEvent();
  await attach();
  await screen.findByTestId("event-compose-declined");
  expect(screen.getByText(en["save.declined"])).toBeTruthy();
  expect(sent).toEqual([]);
  expect(valueOf("event-subject")).toBe("Budget review");
});

test("sending can be cancelled, and the inputs stay", async () => {
  const { target, next, attached } = harness();
  renderForm(target);
  fillValidEvent();
  next.outcome = "hang";
  await attach();
  const cancel = await screen.findByTestId("event-compose-cancel");
  expect(screen.getByTestId("event-compose-attach").getAttribute("aria-disabled")).toBe("true");
  await act(async () => {
    fireEvent.click(cancel);
    await Promise.resolve();
  });
  expect((await screen.findByTestId("event-compose-result")).textContent).toBe("Attaching was cancelled.");
  expect(attached).toEqual([]);
  expect(valueOf("event-subject")).toBe("Budget review");
});

test("switching to the calendar and back keeps what was typed", async () => {
  const { target } = harness();
  renderForm(target);
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
