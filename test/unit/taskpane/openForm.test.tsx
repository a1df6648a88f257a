import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { IntlProvider } from "react-intl";
import {
  createSimulatedOffice,
  simulatedHostControl,
  type HostScenario,
  type SimulatedOffice,
} from "../../../dev/office";
import type { EventSummary, GraphClient } from "../../../src/graph";
import { en, type MessageCatalog } from "../../../src/i18n/messages/en";
import { fr } from "../../../src/i18n/messages/fr";
import { MAX_FORM_FILE_BYTES, readOpenFormPolicy, type OutlookClient } from "../../../src/office";
import EventPicker from "../../../src/taskpane/components/event/EventPicker";
import { FileAttachPanel } from "../../../src/taskpane/components/FileAttachPanel";
import { OpenFormNotice } from "../../../src/taskpane/components/OpenFormNotice";
import { SendUpdateNotice, type SendUpdateNoticeProps } from "../../../src/taskpane/components/SendUpdateNotice";
import { openFormRoute, type OpenFormRoute } from "../../../src/taskpane/openFormRoute";
import { attachment } from "./list/fakeGraph";
import { renderInSession } from "./support/renderInSession";

const LUNCH: EventSummary = {
  id: "AAMkAGRl-lunch_AAEAAA=",
  subject: "Team lunch",
  start: { dateTime: "2030-01-05T12:00:00.0000000", timeZone: "UTC" },
  end: { dateTime: "2030-01-05T13:00:00.0000000", timeZone: "UTC" },
  isAllDay: false,
  location: "Cafeteria",
  organizer: null,
  body: { contentType: "text", content: "Bring ideas." },
};

function wrap(messages: MessageCatalog, locale: string) {
  return function Wrapper({ children }: { children: ReactNode }): ReactNode {
    return (
      <FluentProvider theme={webLightTheme}>
        <IntlProvider locale={locale} messages={messages}>
          {children}
        </IntlProvider>
      </FluentProvider>
    );
  };
}

function routeOf(scenario: HostScenario): { route: OpenFormRoute; client: OutlookClient } {
  const policy = readOpenFormPolicy(createSimulatedOffice({ scenario }));
  return { route: openFormRoute(policy), client: policy.client };
}

describe("the notice shown before sending, where the window keeps its own copy", () => {
  it("classic Outlook: files and picked events go into the window; the rest needs the window reopened", () => {
    const { route, client } = routeOf("classic-online");
    render(<OpenFormNotice client={client} route={route} />, { wrapper: wrap(en, "en") });
    const text = screen.getByTestId("open-form-notice").textContent ?? "";
    expect(text).toContain("Classic Outlook keeps its own copy of this open meeting");
    expect(text).toContain("attendees receive only what the window holds");
    expect(text).toContain("Files and events picked from your calendar are therefore added to this window itself");
    expect(text).toContain("Cloud links, new events and files over 19.9 MB can only be added on the server");
    expect(text).toContain(
      "close this window without saving, open the meeting again from your calendar (in cached mode",
    );
  });

  it("Outlook on Mac without Mailbox 1.8: only picked events go into the window, files go to the server", () => {
    const { route, client } = routeOf("no-mailbox-1-8");
    render(<OpenFormNotice client={client} route={route} />, { wrapper: wrap(en, "en") });
    const text = screen.getByTestId("open-form-notice").textContent ?? "";
    expect(text).toContain("Outlook on Mac keeps its own copy");
    expect(text).toContain("Events picked from your calendar are therefore added to this window itself");
    expect(text).toContain("Cloud links, new events and files can only be added on the server");
    expect(text).not.toContain("cached mode");
  });

  it("with nothing the window can take, everything goes to the server and no window sentence is shown", () => {
    const route: OpenFormRoute = {
      formKeepsOwnCopy: true,
      filesToWindow: false,
      eventsToWindow: false,
      fileToWindow: () => false,
    };
    render(<OpenFormNotice client="classicWindows" route={route} />, { wrapper: wrap(en, "en") });
    const text = screen.getByTestId("open-form-notice").textContent ?? "";
    expect(text).not.toContain("added to this window itself");
    expect(text).toContain("Attachments can only be added on the server");
  });

  it("is in the organizer's language", () => {
    const { route, client } = routeOf("classic-online");
    render(<OpenFormNotice client={client} route={route} />, { wrapper: wrap(fr, "fr") });
    // Intl separates the number from its unit with a no-break space in French.
    const text = (screen.getByTestId("open-form-notice").textContent ?? "").replace(/\u202f|\u00a0/g, " ");
    expect(text).toContain("Outlook classique conserve sa propre copie");
    expect(text).toContain("fichiers de plus de 19,9 Mo");
  });
});

function pick(file: File): void {
  fireEvent.change(screen.getByTestId("file-input"), { target: { files: [file] } });
}

/** The same simulated Outlook, seen as classic Outlook on Windows (platform `PC`). */
function asClassicWindows(office: SimulatedOffice): SimulatedOffice {
  // Office.PlatformType.PC: the enum itself exists only where office.js is loaded.
  const platform = "PC" as unknown as Office.PlatformType;
  return { ...office, context: { ...office.context, platform } };
}

/** The file panel in a real session; the Graph client records what reaches the server. */
function filePanel(scenario: HostScenario, options: { asClassic?: boolean } = {}) {
  const toServer: File[] = [];
  const graph = {
    listAttachments: () => Promise.resolve([]),
    attachFile: (_ref: unknown, file: File) => {
      toServer.push(file);
      return Promise.resolve(attachment({ name: file.name, size: 1234 }));
    },
  } as unknown as GraphClient;
  const { office, session } = renderInSession(<FileAttachPanel onAttachLinkInstead={() => undefined} />, {
    scenario,
    graph,
    ...(options.asClassic ? { adaptOffice: asClassicWindows } : {}),
  });
  return { control: simulatedHostControl(office), toServer, session };
}

describe("files, where the window keeps its own copy", () => {
  it("go into the window: the row says so, the window holds the bytes, and Graph is not asked", async () => {
    const { control, toServer, session } = filePanel("classic-online");
    pick(new File(["Agenda\n"], "agenda.txt", { type: "text/plain" }));
    const result = await screen.findByTestId("file-result");
    expect(result.textContent).toBe("Added to the meeting window");
    expect(result.getAttribute("data-attached-to")).toBe("window");
    expect(screen.getByRole("status").textContent).toBe("agenda.txt is added to the meeting window.");
    const held = control.formAttachments();
    expect(held.map((attachment) => attachment.name)).toEqual(["agenda.txt"]);
    expect(Buffer.from(held[0]?.base64 ?? "", "base64").toString()).toBe("Agenda\n");
    expect(toServer).toEqual([]);
    expect(session.getState()).toMatchObject({ windowChanged: true, serverChanged: false });
  });

  it("too large for the window's Base64 limit still go to the server", async () => {
    const { control, toServer, session } = filePanel("classic-online");
    const video = new File(["x"], "video.mp4");
    Object.defineProperty(video, "size", { value: MAX_FORM_FILE_BYTES + 1 });
    pick(video);
    expect((await screen.findByTestId("file-result")).textContent).toContain("Attached");
    expect(toServer.map((file) => file.name)).toEqual(["video.mp4"]);
    expect(control.formAttachments()).toEqual([]);
    expect(session.getState()).toMatchObject({ windowChanged: false, serverChanged: true });
  });

  it("show Outlook's refusal in the organizer's words and can be retried", async () => {
    const { control } = filePanel("classic-online");
    control.setFormLimits({ maxCount: 0 });
    pick(new File(["a"], "a.txt"));
    expect((await screen.findByTestId("file-error")).textContent).toBe(
      "The meeting window already holds as many attachments as Outlook allows. Remove one, or attach a link instead.",
    );
    control.setFormLimits({ maxCount: null });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Retry" }));
      await Promise.resolve();
    });
    expect((await screen.findByTestId("file-result")).textContent).toBe("Added to the meeting window");
    expect(control.formAttachments()).toHaveLength(1);
  });

  it("are refused for a calendar the organizer may only read", async () => {
    const { control, session } = filePanel("delegate-readonly", { asClassic: true });
    expect(session.openForm.route.filesToWindow).toBe(true);
    // The session knows the calendar is read-only once it has looked at the meeting.
    await waitFor(() => expect(session.getState().known?.canWrite).toBe(false));
    pick(new File(["a"], "a.txt"));
    expect((await screen.findByTestId("file-error")).textContent).toContain("You can read");
    expect(control.formAttachments()).toEqual([]);
  });

  it("go to the server where the window edits the server's copy (Outlook on the web)", async () => {
    const { control, toServer } = filePanel("saved");
    pick(new File(["a"], "a.txt"));
    await screen.findByTestId("file-result");
    expect(toServer.map((file) => file.name)).toEqual(["a.txt"]);
    expect(control.formAttachments()).toEqual([]);
  });
});

describe("an event picked from the calendar, where the window keeps its own copy", () => {
  it("goes into the window as an Outlook item, by its EWS id, and Graph attaches nothing", async () => {
    const attachEvent = jest.fn();
    const graph = {
      listAttachments: () => Promise.resolve([]),
      listCalendarView: () => Promise.resolve([LUNCH]),
      attachEvent,
    } as unknown as GraphClient;
    const { office } = renderInSession(<EventPicker />, { scenario: "classic-online", graph });
    fireEvent.click(await screen.findByTestId("event-result"));
    await act(async () => {
      fireEvent.click(screen.getByTestId("event-pick-attach"));
      await Promise.resolve();
    });
    expect((await screen.findByTestId("event-pick-result")).textContent).toBe(
      "“Team lunch” is added to the meeting window.",
    );
    await waitFor(() =>
      expect(simulatedHostControl(office).formAttachments()).toEqual([
        { id: "1", kind: "item", name: "Team lunch", isInline: false, itemId: "AAMkAGRl/lunch+AAEAAA=" },
      ]),
    );
    expect(attachEvent).not.toHaveBeenCalled();
  });
});

describe("what to do after attaching", () => {
  it.each<[string, Omit<SendUpdateNoticeProps, "client">, string | null, string | null]>([
    ["nothing yet", { formKeepsOwnCopy: true, serverChanged: false, windowChanged: false }, null, null],
    [
      "only the window changed",
      { formKeepsOwnCopy: true, serverChanged: false, windowChanged: true },
      "send-update-notice",
      "Send the update from this meeting window",
    ],
    [
      "the server changed while the window keeps its own copy",
      { formKeepsOwnCopy: true, serverChanged: true, windowChanged: true },
      "reopen-notice",
      "Before you send: what was just changed on the server is not in this window.",
    ],
    [
      "the server changed, and the window edits the server's copy",
      { formKeepsOwnCopy: false, serverChanged: true, windowChanged: false },
      "send-update-notice",
      "Outlook may show them in this window only after it reloads.",
    ],
    [
      "nothing on a window that edits the server's copy",
      { formKeepsOwnCopy: false, serverChanged: false, windowChanged: false },
      null,
      null,
    ],
  ])("%s", async (_case, props, testId, text) => {
    const { container } = render(<SendUpdateNotice client="classicWindows" {...props} />, { wrapper: wrap(en, "en") });
    if (testId === null) {
      expect(container.textContent).toBe("");
      return;
    }
    // The message bar's code loads with the first notice shown.
    expect((await screen.findByTestId(testId)).textContent).toContain(text);
  });
});
