import AxeBuilder from "@axe-core/playwright";
import type { Locator } from "playwright-core";
import type { StoredReferenceAttachment } from "../../dev/graph";
import { SAVED_MEETING_REST_ID } from "../../dev/office";
import { ADDIN_FRAME, loadDemo, type DemoPage } from "./support/demoPage";
import { useDemoSession } from "./support/demoSession";

const session = useDemoSession();

afterEach(() => {
  session.server.emulator.faults.clear();
});

interface LinkPage {
  page: DemoPage;
  panel: Locator;
  /** Attachment POSTs the page has sent so far. */
  posts: string[];
}

async function openLinkForm(query = "host=saved", tabName = "Cloud link"): Promise<LinkPage> {
  const outlook = await session.browser.context.newPage();
  const posts: string[] = [];
  outlook.on("request", (request) => {
    if (request.method() === "POST" && /\/attachments$/.test(new URL(request.url()).pathname))
      posts.push(request.url());
  });
  const page = await loadDemo(session, query, outlook);
  await page.getByTestId("meeting-subject").waitFor();
  await page.getByRole("tab", { name: tabName }).click();
  const panel = page.locator("#panel-link");
  await panel.getByTestId("link-url").waitFor();
  return { page, panel, posts };
}

function references(): StoredReferenceAttachment[] {
  return session.server.emulator.store
    .attachments(SAVED_MEETING_REST_ID)
    .filter((attachment): attachment is StoredReferenceAttachment => attachment.kind === "reference");
}

/** Elements of the form reaching past the right edge of the viewport (the pane). */
function overflowingElements(panel: Locator): Promise<string[]> {
  return panel.evaluate((root) =>
    Array.from(root.querySelectorAll("*"))
      .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .map((element) => `${element.tagName} ${element.getAttribute("data-testid") ?? element.className.toString()}`),
  );
}

const SHAREPOINT_FOLDER = "https://contoso.sharepoint.com/sites/Finance/Shared%20Documents/Budget%202025/";

test("a SharePoint link is recognised, named from its path and attached with the chosen permission and folder flag", async () => {
  const { page, panel } = await openLinkForm();
  await panel.getByTestId("link-url").fill(SHAREPOINT_FOLDER);

  expect(await panel.getByTestId("link-provider").inputValue()).toBe("oneDriveBusiness");
  expect(await panel.getByTestId("link-provider-note").textContent()).toBe("Recognised from the link.");
  expect(await panel.getByTestId("link-name").inputValue()).toBe("Budget 2025");
  expect(await panel.getByTestId("link-site").textContent()).toBe("Opens on contoso.sharepoint.com");

  await panel.getByRole("radio", { name: "People in your organization can edit" }).check();
  await panel.getByRole("checkbox", { name: "This is a folder" }).check();
  await panel.getByRole("button", { name: "Attach link" }).click();

  await panel.getByTestId("link-result").waitFor();
  expect(await panel.getByTestId("link-result").textContent()).toBe("Budget 2025 is attached to the meeting.");
  expect(await panel.getByRole("status").textContent()).toBe("Budget 2025 is attached to the meeting.");
  expect(await page.getByTestId("send-update-notice").isVisible()).toBe(true);

  const stored = references().find((attachment) => attachment.name === "Budget 2025");
  expect(stored).toMatchObject({
    sourceUrl: SHAREPOINT_FOLDER,
    providerType: "oneDriveBusiness",
    permission: "organizationEdit",
    isFolder: true,
  });

  // Cleared for the next link, with no permission assumed.
  expect(await panel.getByTestId("link-url").inputValue()).toBe("");
  expect(await panel.getByTestId("link-name").inputValue()).toBe("");
  expect(await panel.getByRole("radio", { checked: true }).count()).toBe(0);
  expect(await panel.getByRole("checkbox", { name: "This is a folder" }).isChecked()).toBe(false);
  await page.close();
});

test("an http link is refused at the field, nothing is sent and everything typed stays", async () => {
  const { page, panel, posts } = await openLinkForm();
  const before = references().length;
  await panel.getByTestId("link-url").fill("http://contoso.sharepoint.com/sites/Team/Plan.docx");
  await panel.getByRole("radio", { name: "Attendees can view" }).check();
  await panel.getByRole("button", { name: "Attach link" }).click();

  const link = panel.getByTestId("link-url");
  expect(await link.getAttribute("aria-invalid")).toBe("true");
  await panel.getByText("This link starts with http://, which is not secure.", { exact: false }).waitFor();
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("link-url");
  expect(posts).toEqual([]);
  expect(references().length).toBe(before);
  expect(await link.inputValue()).toBe("http://contoso.sharepoint.com/sites/Team/Plan.docx");
  expect(await panel.getByTestId("link-name").inputValue()).toBe("Plan.docx");
  expect(await panel.getByRole("radio", { name: "Attendees can view" }).isChecked()).toBe(true);

  // Fixing the scheme clears the message while typing.
  await link.fill("https://contoso.sharepoint.com/sites/Team/Plan.docx");
  expect(await link.getAttribute("aria-invalid")).not.toBe("true");
  expect(await panel.getByText("This link starts with http://", { exact: false }).count()).toBe(0);
  await page.close();
});

test("a javascript: link is refused, never becomes a clickable link, and nothing is sent", async () => {
  const { page, panel, posts } = await openLinkForm();
  await panel.getByTestId("link-url").fill("javascript:alert(document.domain)");
  await panel.getByRole("radio", { name: "Attendees can view" }).check();
  await panel.getByTestId("link-name").fill("Agenda");
  await panel.getByRole("button", { name: "Attach link" }).click();

  await panel.getByText("Links that run a script (javascript:) cannot be attached.", { exact: false }).waitFor();
  expect(await panel.locator("a").count()).toBe(0);
  expect(await panel.getByTestId("link-preview").count()).toBe(0);
  expect(posts).toEqual([]);
  await page.close();
});

test("a missing permission is asked for before anything is sent", async () => {
  const { page, panel, posts } = await openLinkForm();
  await panel.getByTestId("link-url").fill("https://www.dropbox.com/scl/fi/abc/Report.pdf?rlkey=x&dl=0");
  await panel.getByRole("button", { name: "Attach link" }).click();
  await panel.getByText("Choose what attendees may do with the link.").waitFor();
  expect(await page.evaluate(() => document.activeElement?.getAttribute("value"))).toBe("view");
  expect(posts).toEqual([]);
  await page.close();
});

test("the organizer can override the recognised provider, and it is sent as chosen", async () => {
  const { page, panel } = await openLinkForm();
  await panel.getByTestId("link-url").fill("https://www.dropbox.com/scl/fi/abc/Roadmap.pdf?rlkey=x&dl=0");
  const provider = panel.getByTestId("link-provider");
  expect(await provider.inputValue()).toBe("dropbox");

  await provider.selectOption("other");
  expect(await panel.getByTestId("link-provider-note").textContent()).toBe("The link looks like Dropbox.");
  // A new link does not undo the organizer's choice.
  await panel.getByTestId("link-url").fill("https://www.dropbox.com/scl/fi/def/Roadmap.pdf?rlkey=y&dl=0");
  expect(await provider.inputValue()).toBe("other");

  await panel.getByRole("radio", { name: "Anyone with the link can view" }).check();
  await panel.getByRole("button", { name: "Attach link" }).click();
  await panel.getByTestId("link-result").waitFor();
  expect(references().find((attachment) => attachment.name === "Roadmap.pdf")).toMatchObject({
    sourceUrl: "https://www.dropbox.com/scl/fi/def/Roadmap.pdf?rlkey=y&dl=0",
    providerType: "other",
    permission: "anonymousView",
    isFolder: false,
  });
  await page.close();
});

test("a name the organizer typed survives a new link, a tab switch, and fits a 320 px pane", async () => {
  const { page, panel } = await openLinkForm();
  await page.setViewportSize({ width: 320, height: 800 });
  const name = `📊 ${"تقرير الميزانية ".repeat(14)}Q3`.slice(0, 250);
  await panel.getByTestId("link-url").fill("https://contoso-my.sharepoint.com/personal/megan/Documents/Draft.xlsx");
  await panel.getByTestId("link-name").fill(name);
  await panel.getByTestId("link-url").fill("https://contoso-my.sharepoint.com/personal/megan/Documents/Final.xlsx");
  expect(await panel.getByTestId("link-name").inputValue()).toBe(name);

  await page.getByRole("tab", { name: "File" }).click();
  await page.getByRole("tab", { name: "Cloud link" }).click();
  expect(await panel.getByTestId("link-name").inputValue()).toBe(name);

  expect(await overflowingElements(panel)).toEqual([]);
  await panel.getByRole("radio", { name: "Attendees can edit" }).check();
  await panel.getByRole("button", { name: "Attach link" }).click();
  await panel.getByTestId("link-result").waitFor();
  expect(await overflowingElements(panel)).toEqual([]);
  expect(references().find((attachment) => attachment.name === name.trim())).toMatchObject({
    sourceUrl: "https://contoso-my.sharepoint.com/personal/megan/Documents/Final.xlsx",
    providerType: "oneDriveBusiness",
    permission: "edit",
  });
  await page.close();
});

test("a Unicode host is shown decoded and sent as the URL parser writes it", async () => {
  const { page, panel } = await openLinkForm();
  await panel.getByTestId("link-url").fill("https://bücher.example/Katalog.pdf");
  expect(await panel.getByTestId("link-site").textContent()).toBe("Opens on bücher.example");
  expect(await panel.getByTestId("link-sent-as").textContent()).toBe(
    "Sent as https://xn--bcher-kva.example/Katalog.pdf",
  );
  expect(await panel.getByTestId("link-provider").inputValue()).toBe("other");
  await panel.getByRole("radio", { name: "Other: as the link's sharing settings allow" }).check();
  await panel.getByRole("button", { name: "Attach link" }).click();
  await panel.getByTestId("link-result").waitFor();
  expect(references().find((attachment) => attachment.name === "Katalog.pdf")?.sourceUrl).toBe(
    "https://xn--bcher-kva.example/Katalog.pdf",
  );
  await page.close();
});

test("when Graph refuses, the message is shown and every input is kept for a retry", async () => {
  const { page, panel } = await openLinkForm();
  session.server.emulator.faults.inject({
    match: { method: "POST", path: /\/attachments$/ },
    times: 1,
    fault: { kind: "status", status: 403, code: "ErrorAccessDenied", message: "Access is denied." },
  });
  const link = "https://contoso.sharepoint.com/sites/Team/Shared%20Documents/Minutes.docx";
  await panel.getByTestId("link-url").fill(link);
  await panel.getByTestId("link-provider").selectOption("oneDriveConsumer");
  await panel.getByRole("radio", { name: "Attendees can view" }).check();
  await panel.getByRole("checkbox", { name: "This is a folder" }).check();
  await panel.getByRole("button", { name: "Attach link" }).click();

  const error = panel.getByTestId("link-error");
  await error.waitFor();
  expect(await error.textContent()).toContain("You do not have permission to change this meeting.");
  expect(await panel.getByTestId("link-url").inputValue()).toBe(link);
  expect(await panel.getByTestId("link-name").inputValue()).toBe("Minutes.docx");
  expect(await panel.getByTestId("link-provider").inputValue()).toBe("oneDriveConsumer");
  expect(await panel.getByRole("radio", { name: "Attendees can view" }).isChecked()).toBe(true);
  expect(await panel.getByRole("checkbox", { name: "This is a folder" }).isChecked()).toBe(true);

  await panel.getByRole("button", { name: "Attach link" }).click();
  await panel.getByTestId("link-result").waitFor();
  expect(await error.count()).toBe(0);
  expect(references().find((attachment) => attachment.name === "Minutes.docx")).toMatchObject({
    providerType: "oneDriveConsumer",
    isFolder: true,
  });
  await page.close();
});

test("a slow attach shows progress and can be cancelled, keeping the form", async () => {
  const { page, panel } = await openLinkForm();
  session.server.emulator.faults.inject({
    match: { method: "POST", path: /\/attachments$/ },
    times: 1,
    fault: { kind: "delay", ms: 5000 },
  });
  await panel.getByTestId("link-url").fill("https://1drv.ms/w/s!AbCdEf");
  expect(await panel.getByTestId("link-provider").inputValue()).toBe("oneDriveConsumer");
  await panel.getByRole("radio", { name: "Attendees can view" }).check();
  await panel.getByRole("button", { name: "Attach link" }).click();

  await panel.getByTestId("link-sending").waitFor();
  expect(await panel.getByTestId("link-url").isDisabled()).toBe(true);
  const cancel = panel.getByRole("button", { name: "Cancel" });
  expect(await cancel.evaluate((button) => button === document.activeElement)).toBe(true);
  await cancel.click();

  await panel.getByTestId("link-cancelled").waitFor();
  expect(await panel.getByTestId("link-url").inputValue()).toBe("https://1drv.ms/w/s!AbCdEf");
  expect(await panel.getByRole("radio", { name: "Attendees can view" }).isChecked()).toBe(true);
  expect(await panel.getByRole("button", { name: "Attach link" }).isEnabled()).toBe(true);
  await page.close();
});

test("when the organizer declines to save a new meeting, nothing is sent and the form is kept", async () => {
  const { page, panel, posts } = await openLinkForm("host=new");
  await panel.getByTestId("link-url").fill("https://db.tt/AbCd1234");
  await panel.getByTestId("link-name").fill("Venue photos");
  await panel.getByRole("radio", { name: "Anyone with the link can view" }).check();
  await panel.getByRole("button", { name: "Attach link" }).click();

  const dialog = page.getByRole("alertdialog", { name: "Save the meeting first?" });
  await dialog.getByRole("button", { name: "Not now" }).click();
  await panel.getByTestId("link-declined").waitFor();
  expect(await panel.getByTestId("link-declined").textContent()).toContain("Nothing was saved or attached.");
  expect(posts).toEqual([]);
  expect(await panel.getByTestId("link-url").inputValue()).toBe("https://db.tt/AbCd1234");
  expect(await panel.getByTestId("link-name").inputValue()).toBe("Venue photos");
  expect(await panel.getByTestId("link-provider").inputValue()).toBe("dropbox");
  expect(await panel.getByRole("radio", { name: "Anyone with the link can view" }).isChecked()).toBe(true);
  await page.close();
});

test.each(["dark", "highContrast"])(
  "in the %s theme, the form with its errors has no serious axe findings",
  async (theme) => {
    const { page, panel } = await openLinkForm(`host=saved&theme=${theme}`);
    await panel.getByTestId("link-url").fill("https://user:pw@contoso.sharepoint.com/x");
    await panel.getByRole("button", { name: "Attach link" }).click();
    await panel.getByText("The link contains a user name or password", { exact: false }).waitFor();
    const results = await new AxeBuilder({ page: page.outlook }).include([ADDIN_FRAME, "#panel-link"]).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
    expect(serious).toEqual([]);
    await page.close();
  },
);

test("in Japanese, the form speaks Japanese, refuses an http link and attaches an https one", async () => {
  const { page, panel, posts } = await openLinkForm("host=saved&lang=ja-JP", "クラウド リンク");
  await panel.getByRole("textbox", { name: "リンク", exact: true }).waitFor();
  await panel.getByTestId("link-url").fill("http://contoso.sharepoint.com/sites/Team/議事録.docx");
  await panel.getByRole("radio", { name: "出席者は表示できます" }).check();
  await panel.getByRole("button", { name: "リンクを添付" }).click();
  await panel.getByText("このリンクは安全でない http:// で始まっています。", { exact: false }).waitFor();
  expect(posts).toEqual([]);

  await panel.getByTestId("link-url").fill("https://contoso.sharepoint.com/sites/Team/議事録.docx");
  expect(await panel.getByTestId("link-name").inputValue()).toBe("議事録.docx");
  expect(await panel.getByTestId("link-provider").locator("option:checked").textContent()).toBe(
    "SharePoint または OneDrive (職場または学校)",
  );
  await panel.getByRole("button", { name: "リンクを添付" }).click();
  await panel.getByTestId("link-result").waitFor();
  expect(await panel.getByTestId("link-result").textContent()).toBe("議事録.docx を会議に添付しました。");
  expect(references().find((attachment) => attachment.name === "議事録.docx")?.sourceUrl).toBe(
    "https://contoso.sharepoint.com/sites/Team/%E8%AD%B0%E4%BA%8B%E9%8C%B2.docx",
  );
  await page.close();
});
