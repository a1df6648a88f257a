import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { GraphRequestError } from "../../../../src/graph";
import { ru } from "../../../../src/i18n/messages/ru";
import { attachment, FakeGraph } from "./fakeGraph";
import { EVENT_REF, renderList } from "./renderList";

const MINUTE = 60_000;
const minutesAgo = (minutes: number): string => new Date(Date.now() - minutes * MINUTE).toISOString();

const rows = (): HTMLElement[] => screen.queryAllByTestId("attachment-row");
const rowNamed = (name: string): HTMLElement => {
  const row = rows().find((candidate) => within(candidate).getByTestId("attachment-name").textContent === name);
  if (!row) throw new Error(`no row for ${name}`);
  return row;
};

describe("before the meeting is saved", () => {
  it("says attachments appear once it is saved, reports 0 bytes and asks Graph nothing", async () => {
    const graph = new FakeGraph();
    const { totals } = renderList({ scenario: "new", graph });
    expect(await screen.findByTestId("attachment-list-unsaved")).toHaveProperty(
      "textContent",
      "Nothing is attached yet. Attachments appear here once the meeting is saved.",
    );
    expect(totals).toEqual([0]);
    expect(graph.listCalls).toHaveLength(0);
    expect(screen.queryByTestId("attachment-count")).toBeNull();
  });
});

describe("a saved meeting", () => {
  it("shows a spinner while Graph answers, then says nothing is attached", async () => {
    const graph = new FakeGraph();
    const held = graph.holdNextList();
    const { totals } = renderList({ graph });
    expect(await screen.findByText("Loading the meeting's attachments…")).toBeTruthy();
    expect(totals).toEqual([]);
    act(() => held.release());
    expect((await screen.findByTestId("attachment-list-empty")).textContent).toBe(
      "Nothing is attached to this meeting yet.",
    );
    expect(screen.getByTestId("attachment-count").textContent).toBe("0 attachments");
    expect(screen.queryByText("Loading the meeting's attachments…")).toBeNull();
    expect(totals).toEqual([0]);
    expect(graph.listCalls[0]?.ref).toEqual(EVENT_REF);
  });

  it("lists each kind with its icon label, size or provider, and time added; reports the total size", async () => {
    const graph = new FakeGraph([
      attachment({ name: "budget.xlsx", size: 2.5 * 1024 * 1024, lastModifiedDateTime: minutesAgo(5) }),
      attachment({ name: "Design review", kind: "item", size: 4096, contentType: null }),
      attachment({ name: "Specs", kind: "reference", size: 310, providerType: "oneDriveBusiness" }),
      attachment({ name: "Pictures", kind: "reference", size: 290 }),
    ]);
    const { totals } = renderList({ graph });
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(screen.getByTestId("attachment-count").textContent).toBe("4 attachments");
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Attachments on this meeting4 attachments");

    const file = rowNamed("budget.xlsx");
    expect(within(file).getByRole("img", { name: "File" })).toBeTruthy();
    expect(within(file).getByTestId("attachment-size").textContent).toBe("2.5 MB");
    expect(within(file).getByTestId("attachment-added").textContent).toBe("5 minutes ago");

    const item = rowNamed("Design review");
    expect(within(item).getByRole("img", { name: "Outlook item" })).toBeTruthy();
    expect(within(item).getByTestId("attachment-size").textContent).toBe("4 kB");

    const link = rowNamed("Specs");
    expect(within(link).getByRole("img", { name: "Cloud link" })).toBeTruthy();
    expect(within(link).getByTestId("attachment-size").textContent).toBe("Stored in OneDrive for work or school");
    // Graph v1.0 lists carry no provider: the link is just called a cloud link.
    expect(within(rowNamed("Pictures")).getByTestId("attachment-size").textContent).toBe("Cloud link");

    expect(totals).toEqual([2.5 * 1024 * 1024 + 4096 + 310 + 290]);
  });

  it("renders names as text, whatever they contain, isolated for right-to-left scripts", async () => {
    const long = `${"تقرير-الميزانية-".repeat(15)}📎.pdf`.slice(0, 255);
    const graph = new FakeGraph([
      attachment({ name: '<img src=x onerror="alert(1)">.txt' }),
      attachment({ name: long }),
    ]);
    const { result } = renderList({ graph });
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(result.container.querySelector("img")).toBeNull();
    expect(rowNamed('<img src=x onerror="alert(1)">.txt')).toBeTruthy();
    const name = within(rowNamed(long)).getByTestId("attachment-name");
    expect(name.getAttribute("dir")).toBe("auto");
    expect(name.textContent).toHaveLength(long.length);
  });

  it("says when sizes and times were not reported, and marks pictures shown in the description", async () => {
    const graph = new FakeGraph([
      attachment({ name: "logo.png", size: null, lastModifiedDateTime: null, isInline: true }),
    ]);
    const { totals } = renderList({ graph });
    const row = await screen.findByTestId("attachment-row");
    expect(within(row).getByTestId("attachment-size").textContent).toBe("Size not reported");
    expect(within(row).getByTestId("attachment-added").textContent).toBe("Date added not reported");
    expect(within(row).getByText("Shown in the meeting description")).toBeTruthy();
    expect(totals).toEqual([0]);
  });

  it("reloads when the session reloads it, keeping the rows on screen meanwhile", async () => {
    const graph = new FakeGraph([attachment({ name: "agenda.txt", size: 100 })]);
    const { refresh, totals } = renderList({ graph });
    await waitFor(() => expect(rows()).toHaveLength(1));
    graph.attachments.push(attachment({ name: "minutes.docx", size: 200 }));
    const held = graph.holdNextList();
    refresh();
    expect(await screen.findByText("Updating the list…")).toBeTruthy();
    expect(rows()).toHaveLength(1);
    act(() => held.release());
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.queryByText("Updating the list…")).toBeNull();
    expect(totals).toEqual([100, 300]);
    expect(graph.listCalls).toHaveLength(2);
  });
});

describe("cancelling loads", () => {
  it("a refresh cancels the load in flight, whose late answer is ignored", async () => {
    const graph = new FakeGraph([attachment({ name: "old.txt" })]);
    graph.holdNextList();
    const { refresh } = renderList({ graph });
    await waitFor(() => expect(graph.listCalls).toHaveLength(1));
    graph.attachments = [attachment({ name: "new.txt" })];
    refresh();
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(graph.listCalls[0]?.signal?.aborted).toBe(true);
    expect(graph.listCalls[1]?.signal?.aborted).toBe(false);
    expect(rowNamed("new.txt")).toBeTruthy();
    expect(screen.queryByTestId("attachment-list-error")).toBeNull();
  });

  it("unmounting the pane (which disposes of the session) cancels the load in flight", async () => {
    const graph = new FakeGraph();
    graph.holdNextList();
    const { result } = renderList({ graph });
    await waitFor(() => expect(graph.listCalls).toHaveLength(1));
    result.unmount();
    expect(graph.listCalls[0]?.signal?.aborted).toBe(true);
  });
});

describe("when Graph fails", () => {
  it("explains the failure in the organizer's language and loads again on Retry", async () => {
    const graph = new FakeGraph([attachment({ name: "agenda.txt", size: 512 })]);
    graph.failNextList(
      new GraphRequestError("throttled", "Application is over its MailboxConcurrency limit.", {
        status: 429,
        requestId: "req-42",
      }),
    );
    const { totals } = renderList({ graph });
    const error = await screen.findByTestId("attachment-list-error");
    expect(error.textContent).toContain(
      "The meeting's attachments could not be loaded. Microsoft 365 is busy with other requests for your mailbox. Wait a moment and retry. (Reference for support: req-42)",
    );
    expect(totals).toEqual([]);
    fireEvent.click(within(error).getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.queryByTestId("attachment-list-error")).toBeNull();
    expect(totals).toEqual([512]);
  });
});

describe("removing", () => {
  it("asks first, naming the attachment; Keep it leaves everything as it was", async () => {
    const graph = new FakeGraph([attachment({ name: "agenda.txt" })]);
    const { removed } = renderList({ graph });
    fireEvent.click(await screen.findByRole("button", { name: "Remove agenda.txt" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(within(dialog).getByRole("heading").textContent).toBe("Remove agenda.txt?");
    fireEvent.click(within(dialog).getByRole("button", { name: "Keep it" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(graph.deleteCalls).toEqual([]);
    expect(removed).toEqual([]);
    expect(rows()).toHaveLength(1);
  });

  it("after confirmation deletes through Graph, marks the event changed, announces it and reloads", async () => {
    const keep = attachment({ name: "minutes.docx", size: 200 });
    const drop = attachment({ name: "agenda.txt", size: 100 });
    const graph = new FakeGraph([keep, drop]);
    const { removed, totals } = renderList({ graph });
    fireEvent.click(await screen.findByRole("button", { name: "Remove agenda.txt" }));
    const dialog = await screen.findByRole("alertdialog");
    const held = graph.holdNextDelete();
    fireEvent.click(within(dialog).getByRole("button", { name: "Remove" }));
    // While Graph works the dialog cannot be confirmed twice or dismissed.
    const busy = await within(dialog).findByRole("button", { name: "Removing…" });
    expect(busy.hasAttribute("disabled") || busy.getAttribute("aria-disabled") === "true").toBe(true);
    act(() => held.release());

    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(graph.deleteCalls).toEqual([{ ref: EVENT_REF, attachmentId: drop.id }]);
    expect(removed).toEqual([drop.id]);
    await waitFor(() => expect(graph.listCalls).toHaveLength(2));
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(rowNamed("minutes.docx")).toBeTruthy();
    expect(screen.getByTestId("attachment-list-live").textContent).toBe("agenda.txt was removed from the meeting.");
    expect(screen.getByTestId("attachment-list-live").getAttribute("aria-live")).toBe("polite");
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 2 }));
    expect(totals.at(-1)).toBe(200);
  });

  it("keeps the dialog open with the reason when Graph refuses, and a second try can succeed", async () => {
    const drop = attachment({ name: "agenda.txt" });
    const graph = new FakeGraph([drop]);
    graph.failNextDelete(new GraphRequestError("accessDenied", "Access is denied.", { status: 403 }));
    const { removed } = renderList({ graph });
    fireEvent.click(await screen.findByRole("button", { name: "Remove agenda.txt" }));
    const dialog = await screen.findByRole("alertdialog");
    fireEvent.click(within(dialog).getByRole("button", { name: "Remove" }));
    const error = await within(dialog).findByTestId("remove-error");
    expect(error.textContent).toBe(
      "agenda.txt could not be removed. You do not have permission to change this meeting. Ask the calendar's owner for edit access.",
    );
    expect(removed).toEqual([]);
    expect(rows()).toHaveLength(1);

    fireEvent.click(within(dialog).getByRole("button", { name: "Remove" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(removed).toEqual([drop.id]);
    expect(graph.deleteCalls).toHaveLength(2);
  });

  it("counts an attachment already gone (404) as removed", async () => {
    const drop = attachment({ name: "agenda.txt" });
    const graph = new FakeGraph([drop]);
    graph.failNextDelete(new GraphRequestError("notFound", "The specified object was not found in the store."));
    const { removed } = renderList({ graph });
    fireEvent.click(await screen.findByRole("button", { name: "Remove agenda.txt" }));
    fireEvent.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Remove" }));
    await waitFor(() => expect(removed).toEqual([drop.id]));
    expect(screen.queryByTestId("remove-error")).toBeNull();
  });
});

describe("a read-only calendar", () => {
  it("shows the attachments and who owns the calendar, with no Remove buttons", async () => {
    const graph = new FakeGraph([attachment({ name: "contract.pdf" }), attachment({ name: "terms.pdf" })]);
    renderList({ scenario: "delegate-readonly", graph });
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.getByTestId("attachment-list-readonly").textContent).toBe(
      "megan.bowen@contoso.example's calendar is read-only for you: you can see this meeting's attachments but not remove them.",
    );
    expect(screen.queryAllByTestId("attachment-remove")).toHaveLength(0);
    expect(screen.queryByRole("button", { name: /Remove/ })).toBeNull();
  });

  it("a writable calendar has no read-only line", async () => {
    const graph = new FakeGraph([attachment({ name: "contract.pdf" })]);
    renderList({ graph });
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.queryByTestId("attachment-list-readonly")).toBeNull();
    expect(screen.getAllByTestId("attachment-remove")).toHaveLength(1);
  });
});

describe("in Russian", () => {
  it.each([
    [1, "1 вложение"],
    [3, "3 вложения"],
    [5, "5 вложений"],
  ])("with %d attachments the count reads %s, sizes and buttons are localized", async (count, expected) => {
    const graph = new FakeGraph(
      Array.from({ length: count }, (_unused, index) => attachment({ name: `файл-${index}.txt`, size: 1536 })),
    );
    renderList({ graph, locale: "ru", messages: ru });
    await waitFor(() => expect(rows()).toHaveLength(count));
    expect(screen.getByTestId("attachment-count").textContent).toBe(expected);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toContain("Вложения этого собрания");
    const size = within(rowNamed("файл-0.txt")).getByTestId("attachment-size").textContent ?? "";
    expect(size.replace(/\s/g, " ")).toBe("1,5 кБ");
    expect(screen.getByRole("button", { name: "Удалить «файл-0.txt»" })).toBeTruthy();
  });
});
