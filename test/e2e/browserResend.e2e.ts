import { SAVED_MEETING_REST_ID } from "../../dev/office";
import { openDemo, pickTextFile, type DemoPage } from "./support/demoPage";
import { useDemoSession } from "./support/demoSession";

const session = useDemoSession();

beforeEach(() => {
  session.server.emulator.faults.clear();
});

/** Attachment POSTs that reached the emulator (Chromium's own resends included, which the page never sees). */
function countArrivingPosts(): { count: () => number; stop: () => void } {
  const emulator = session.server.emulator;
  const handle = emulator.handle.bind(emulator);
  let count = 0;
  emulator.handle = (request) => {
    if (request.method === "POST" && /\/attachments$/.test(new URL(request.url).pathname)) count += 1;
    return handle(request);
  };
  return { count: () => count, stop: () => void (emulator.handle = handle) };
}

const storedNamed = (name: string): number =>
  session.server.emulator.store.attachments(SAVED_MEETING_REST_ID).filter((attachment) => attachment.name === name)
    .length;

/** The list has loaded, so the connection to Graph is open and idle: the next request reuses it. */
async function openWithIdleConnection(): Promise<DemoPage> {
  const page = await openDemo(session, "host=saved");
  await page.getByTestId("attachment-list").waitFor();
  return page;
}

/**
 * The server stores the attachment, then closes the reused keep-alive connection without answering. Chromium (and
 * so Edge WebView2 and new Outlook) sends the same POST again by itself; the add-in sees only the second answer.
 */
function storeThenCloseOnce(): void {
  session.server.emulator.faults.inject({
    match: { method: "POST", path: /\/attachments$/ },
    times: 1,
    fault: { kind: "lostResponse" },
  });
}

test("the browser's own resend after a stored POST leaves exactly one copy of a file", async () => {
  const page = await openWithIdleConnection();
  const posts = countArrivingPosts();
  const pagePosts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && /\/attachments$/.test(new URL(request.url()).pathname))
      pagePosts.push(request.url());
  });
  storeThenCloseOnce();
  const row = await pickTextFile(page, "minutes.txt", "Minutes of the kickoff\n");
  await row.getByTestId("file-result").waitFor();
  expect(await row.getAttribute("data-status")).toBe("attached");
  // The browser did resend (two POSTs arrived, the page made one), and both were stored at first.
  expect(posts.count()).toBe(2);
  expect(pagePosts).toHaveLength(1);
  // The pane's list, once reloaded, shows the file once, and the meeting holds it once.
  await page.pane.waitForFunction(
    (name) =>
      [...document.querySelectorAll('[data-testid="attachment-name"]')].filter((node) => node.textContent === name)
        .length === 1,
    "minutes.txt",
  );
  expect(storedNamed("minutes.txt")).toBe(1);
  posts.stop();
  await page.close();
});
