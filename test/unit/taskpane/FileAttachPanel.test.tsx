import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import {
  GraphRequestError,
  UploadHostUnreachableError,
  type AttachmentInfo,
  type GraphClient,
} from "../../../src/graph";
import { loadMessages } from "../../../src/i18n/loadMessages";
import { UI_LOCALES, type UiLocale } from "../../../src/i18n/locales";
import type { MessageCatalog } from "../../../src/i18n/messages/en";
import { FileAttachPanel } from "../../../src/taskpane/components/FileAttachPanel";
import { attachment } from "./list/fakeGraph";
import { renderInSession } from "./support/renderInSession";

function unreachableHost(): UploadHostUnreachableError {
  return new UploadHostUnreachableError({
    uploadHost: "https://outlook.office.com",
    attempts: 5,
    sessionCancelled: false,
    requestId: "req-create-1",
    clientRequestId: "crid-create-1",
    cause: new GraphRequestError("network", "The network connection failed."),
  });
}

interface Harness {
  /** What each attachFile call does, in order; the last one repeats. */
  outcomes: Array<() => Promise<AttachmentInfo>>;
  calls: File[];
  linkRequests: number;
  /** The session's list has loaded (the meeting's held bytes are known). */
  listed: () => boolean;
}

/**
 * The panel in a real session on the simulated Outlook's saved meeting, whose Graph client's attachFile does what
 * the test plans; the meeting already holds `heldBytes`.
 */
function renderPanel(locale: UiLocale, messages: MessageCatalog, heldBytes = 0): Harness {
  const harness: Harness = { outcomes: [], calls: [], linkRequests: 0, listed: () => false };
  const held = new File([], "held.bin");
  const graph = {
    listAttachments: () => Promise.resolve(heldBytes ? [attachment({ name: held.name, size: heldBytes })] : []),
    attachFile: (_ref: unknown, file: File) => {
      harness.calls.push(file);
      const next = harness.outcomes[Math.min(harness.calls.length, harness.outcomes.length) - 1];
      return next ? next() : Promise.reject(new Error("no outcome planned"));
    },
  } as unknown as GraphClient;
  const { session } = renderInSession(
    <FileAttachPanel
      onAttachLinkInstead={() => {
        harness.linkRequests += 1;
      }}
    />,
    { graph, locale, messages },
  );
  harness.listed = () => session.getState().list.status === "ready";
  return harness;
}

/** Waits until the row has settled in this status. */
async function settledAs(row: HTMLElement, status: string): Promise<void> {
  await waitFor(() => expect(row.getAttribute("data-status")).toBe(status));
}

async function pick(name: string): Promise<HTMLElement> {
  const file = new File([new Uint8Array(4 * 1024 * 1024)], name, { type: "application/pdf" });
  await act(async () => {
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [file] } });
    await Promise.resolve();
  });
  const row = await screen.findByTestId("file-row");
  if (!row.textContent?.includes(name)) throw new Error(`no row for ${name}`);
  return row;
}

describe("a file whose upload host cannot be reached", () => {
  test("its row says why, that nothing was attached, and offers a link instead and Retry", async () => {
    const harness = renderPanel("en", await loadMessages("en"));
    harness.outcomes.push(() => Promise.reject(unreachableHost()));
    const row = await pick("budget.pdf");
    await settledAs(row, "failed");
    expect(within(row).getByTestId("file-error").textContent).toBe(
      "The file could not be uploaded because Outlook's upload service (outlook.office.com) could not be reached " +
        "from this network. Nothing was attached. You can attach a link to the file instead. " +
        "(Reference for support: req-create-1)",
    );
    fireEvent.click(within(row).getByRole("button", { name: "Attach a link instead" }));
    expect(harness.linkRequests).toBe(1);
    // The row stays as it was: the file can still be retried from here.
    expect(row.getAttribute("data-status")).toBe("failed");
    expect(within(row).getByRole("button", { name: "Retry" })).toBeTruthy();
  });

  test("Retry sends the same file again, and the offer goes once it is attached", async () => {
    const harness = renderPanel("en", await loadMessages("en"));
    harness.outcomes.push(
      () => Promise.reject(unreachableHost()),
      () => Promise.resolve(attachment({ name: "budget.pdf", size: 4 * 1024 * 1024 + 300 })),
    );
    const row = await pick("budget.pdf");
    await settledAs(row, "failed");
    await act(async () => {
      fireEvent.click(within(row).getByRole("button", { name: "Retry" }));
      await Promise.resolve();
    });
    expect(harness.calls.map((file) => file.name)).toEqual(["budget.pdf", "budget.pdf"]);
    await settledAs(row, "attached");
    expect(harness.calls[1]).toBe(harness.calls[0]);
    expect(within(row).queryByTestId("file-attach-link-instead")).toBeNull();
  });

  test("a connection lost mid-upload offers Retry only: a link is no answer to a network blip", async () => {
    const harness = renderPanel("en", await loadMessages("en"));
    harness.outcomes.push(() => Promise.reject(new GraphRequestError("network", "The network connection failed.")));
    const row = await pick("budget.pdf");
    await settledAs(row, "failed");
    expect(within(row).getByTestId("file-error").textContent).toBe(
      "The connection was lost. Check your network and retry.",
    );
    expect(within(row).queryByTestId("file-attach-link-instead")).toBeNull();
    expect(within(row).getByRole("button", { name: "Retry" })).toBeTruthy();
  });

  test("the shared-calendar refusal, which already told the organizer to attach a link, offers the same button", async () => {
    const harness = renderPanel("en", await loadMessages("en"));
    harness.outcomes.push(() =>
      Promise.reject(new GraphRequestError("uploadSessionSharedMailbox", "refused", { status: 403 })),
    );
    const row = await pick("budget.pdf");
    await settledAs(row, "failed");
    fireEvent.click(within(row).getByTestId("file-attach-link-instead"));
    expect(harness.linkRequests).toBe(1);
  });
});

describe.each(UI_LOCALES)("in %s", (locale) => {
  test("the row's message names the host and the button speaks the organizer's language", async () => {
    const messages = await loadMessages(locale);
    const harness = renderPanel(locale, messages);
    harness.outcomes.push(() => Promise.reject(unreachableHost()));
    const row = await pick("budget.pdf");
    await settledAs(row, "failed");
    const message = within(row).getByTestId("file-error").textContent ?? "";
    expect(message).toContain("(outlook.office.com)");
    expect(message).toContain("req-create-1");
    expect(message).not.toContain("{host}");
    const button = within(row).getByTestId("file-attach-link-instead");
    expect(button.textContent).toBe(messages["file.attachLinkInstead"]);
    if (locale !== "en") expect(button.textContent).not.toBe("Attach a link instead");
  });
});

describe("the mailbox size check over a batch", () => {
  const MB = 1024 * 1024;
  // The meeting already holds 33 MB of the default 35 MB.
  const HELD = 33 * MB;
  const sized = (name: string, bytes: number): File => new File([new Uint8Array(bytes)], name);

  async function pickAll(files: File[]): Promise<void> {
    await act(async () => {
      fireEvent.change(screen.getByTestId("file-input"), { target: { files } });
      await Promise.resolve();
    });
  }

  test("a file refused for size holds no room: the small files picked with it still go", async () => {
    const harness = renderPanel("en", await loadMessages("en"), HELD);
    await screen.findByTestId("file-input");
    await waitFor(() => expect(harness.listed()).toBe(true));
    harness.outcomes.push(() => Promise.resolve(attachment({ name: harness.calls.at(-1)?.name ?? "" })));
    await pickAll([
      sized("big.pdf", 4.3 * MB),
      sized("a.txt", 300 * 1024),
      sized("b.txt", 300 * 1024),
      sized("c.txt", 300 * 1024),
      sized("d.txt", 300 * 1024),
    ]);
    await waitFor(() => expect(harness.calls.map((file) => file.name)).toEqual(["a.txt", "b.txt", "c.txt", "d.txt"]));
    const rows = screen.getAllByTestId("file-row");
    await waitFor(() =>
      expect(rows.map((row) => row.getAttribute("data-status"))).toEqual([
        "refused",
        "attached",
        "attached",
        "attached",
        "attached",
      ]),
    );
  });

  test("files still waiting do hold room, so the batch stops where the meeting would be full", async () => {
    const harness = renderPanel("en", await loadMessages("en"), HELD);
    await waitFor(() => expect(harness.listed()).toBe(true));
    // Each upload waits: the first file is still on its way when the second is checked.
    harness.outcomes.push(() => new Promise<AttachmentInfo>(() => undefined));
    await pickAll([sized("one.bin", 1.5 * MB), sized("two.bin", 1.5 * MB), sized("three.bin", 0.4 * MB)]);
    await waitFor(() => expect(harness.calls.map((file) => file.name)).toEqual(["one.bin", "three.bin"]));
    expect(screen.getAllByTestId("file-row").map((row) => row.getAttribute("data-status"))).toEqual([
      "uploading",
      "refused",
      "uploading",
    ]);
  });
});
