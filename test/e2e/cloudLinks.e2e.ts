import AxeBuilder from "@axe-core/playwright";
import { createHash } from "node:crypto";
import type { Locator } from "playwright-core";
import type { DriveStateSnapshot, StoredReferenceAttachment } from "../../dev/graph";
import { SAVED_MEETING_REST_ID } from "../../dev/office";
import { ADDIN_FRAME, loadDemo, type DemoPage } from "./support/demoPage";
import { useDemoSession } from "./support/demoSession";
import { requestLocal } from "./support/localHttps";

const session = useDemoSession();

afterEach(async () => {
  session.server.emulator.faults.clear();
  expect(
    (await requestLocal(`${session.server.graphBaseUrl}/_emulator/drive/link-policy`, { method: "DELETE" })).status,
  ).toBeLessThan(300);
});

const MB = 1024 * 1024;

async function openCloudTab(query = "host=saved", tabName = "Cloud link"): Promise<{ page: DemoPage; panel: Locator }> {
  const page = await loadDemo(session, query);
  await page.getByTestId("meeting-subject").waitFor();
  await page.getByRole("tab", { name: tabName }).click();
  const panel = page.locator("#panel-link");
  await panel.getByTestId("cloud-open").waitFor();
  return { page, panel };
}

function allReferences(): StoredReferenceAttachment[] {
  return session.server.emulator.store
    .attachments(SAVED_MEETING_REST_ID)
    .filter((attachment): attachment is StoredReferenceAttachment => attachment.kind === "reference");
}

// The tests share the demo's meeting: each looks only at the links it attached.
let referencesBefore = 0;
beforeEach(() => {
  referencesBefore = allReferences().length;
});

function references(): StoredReferenceAttachment[] {
  return allReferences().slice(referencesBefore);
}

async function driveState(): Promise<DriveStateSnapshot> {
  const response = await requestLocal(`${session.server.graphBaseUrl}/_emulator/drive/state`);
  expect(response.status).toBe(200);
  return JSON.parse(response.body) as DriveStateSnapshot;
}

/** What the simulated Outlook's broker was asked for, by method and scopes (never a token). */
function brokerCalls(page: DemoPage): Promise<Array<{ method: string; scopes: string[]; outcome: string }>> {
  return page.outlook.evaluate(() => {
    const calls = (window as { naaBrokerCalls?: () => Array<{ method: string; scopes: string[]; outcome: string }> })
      .naaBrokerCalls;
    return calls ? calls() : [];
  });
}

test("the picker asks for the Files permission only when opened, browses folders and attaches an organization link", async () => {
  const { page, panel } = await openCloudTab();
  expect((await brokerCalls(page)).some((call) => call.scopes.some((scope) => /^Files\./.test(scope)))).toBe(false);

  await panel.getByTestId("cloud-open").click();
  await panel.getByTestId("cloud-items").waitFor();
  const asked = (await brokerCalls(page)).filter((call) => call.scopes.includes("Files.ReadWrite"));
  // Silent first (no consent yet), then Outlook's pop-up, where the organizer consents.
  expect(asked.map((call) => `${call.method} ${call.outcome}`)).toEqual([
    "GetToken USER_INTERACTION_REQUIRED",
    "GetTokenPopup token",
  ]);

  await panel.getByRole("button", { name: "Open Projects" }).click();
  await panel.getByRole("button", { name: "Open Contoso rollout" }).click();
  const plan = panel.getByRole("button", { name: "Choose Rollout plan.docx" });
  expect(await plan.getAttribute("aria-description")).toMatch(/^47\.1 kB · modified /);
  await plan.click();
  expect(await panel.getByTestId("cloud-kind").getByLabel("People in your organization can view").isChecked()).toBe(
    true,
  );
  await panel.getByTestId("cloud-attach").click();
  await panel.getByTestId("cloud-result").waitFor();

  const links = (await driveState()).links.filter((link) => link.itemId.length > 0);
  const created = links.find((link) => link.type === "view" && link.scope === "organization");
  expect(created).toBeDefined();
  expect(references()).toEqual([
    expect.objectContaining({
      name: "Rollout plan.docx",
      sourceUrl: created?.webUrl,
      providerType: "oneDriveBusiness",
      permission: "organizationView",
      isFolder: false,
    }),
  ]);
});

test("consent declined in Outlook's pop-up is said in the picker, and the calendar keeps working", async () => {
  const { page, panel } = await openCloudTab("host=saved&declineConsent=files");
  await panel.getByTestId("cloud-open").click();
  expect(await panel.getByTestId("cloud-consent-declined").textContent()).toContain(
    "Meeting Attachments cannot open your files until you allow it.",
  );
  // The meeting's own list (Calendars.ReadWrite, consented at install) still loads.
  await page.getByTestId("attachment-list").waitFor();
  await panel.getByTestId("cloud-retry").click();
  await panel.getByTestId("cloud-consent-declined").waitFor();
  expect(references()).toEqual([]);
});

test("a search without results says so; a search with results lists them", async () => {
  const { panel } = await openCloudTab();
  await panel.getByTestId("cloud-open").click();
  await panel.getByTestId("cloud-items").waitFor();
  await panel.getByTestId("cloud-search").fill("zebra quarterly");
  await panel.getByTestId("cloud-search-button").click();
  expect(await panel.getByTestId("cloud-empty").textContent()).toBe(
    "Nothing in your OneDrive matches “zebra quarterly”. Check the spelling, or try fewer words.",
  );
  await panel.getByTestId("cloud-search").fill("rollout");
  await panel.getByTestId("cloud-search-button").click();
  await panel.getByRole("button", { name: "Choose Rollout plan.docx" }).waitFor();
});

test("a link kind the tenant refuses is said, and another kind the organizer chooses is attached", async () => {
  const policy = await requestLocal(`${session.server.graphBaseUrl}/_emulator/drive/link-policy`, {
    method: "PUT",
    json: { tenant: { disabledTypes: ["edit"] } },
  });
  expect(policy.status).toBeLessThan(300);
  const { panel } = await openCloudTab();
  await panel.getByTestId("cloud-open").click();
  await panel.getByTestId("cloud-place-sites").click();
  await panel.getByRole("button", { name: "Open Marketing" }).click();
  await panel.getByRole("button", { name: "Open Documents" }).click();
  await panel.getByTestId("cloud-item").first().waitFor();
  const file = panel.locator('[data-testid="cloud-item"][data-kind="file"]').first();
  const fileName = ((await file.getAttribute("aria-label")) ?? "").replace(/^Choose /, "");
  await file.click();
  await panel.getByTestId("cloud-kind").getByLabel("People in your organization can edit").check();
  await panel.getByTestId("cloud-attach").click();
  expect(await panel.getByTestId("cloud-refused").textContent()).toBe(
    "Your organization does not allow links where people in your organization can edit. Choose another kind of link.",
  );
  expect(
    await panel
      .getByTestId("cloud-kind")
      .getByLabel(/People in your organization can edit/)
      .isDisabled(),
  ).toBe(true);
  expect(await panel.getByTestId("cloud-attach").isDisabled()).toBe(true);
  await panel.getByTestId("cloud-kind").getByLabel("People in your organization can view").check();
  await panel.getByTestId("cloud-attach").click();
  await panel.getByTestId("cloud-result").waitFor();
  expect(references()).toEqual([expect.objectContaining({ name: fileName, permission: "organizationView" })]);
});

test("a 200 MB file goes to OneDrive with progress, is stopped and resumed from where it was, and is attached as a link", async () => {
  // A slow link, as from home: each slice of the upload takes a moment, so there is time to stop it.
  const slow = await requestLocal(`${session.server.graphBaseUrl}/_emulator/faults`, {
    json: { match: { method: "PUT", path: "uploadSession" }, fault: { kind: "delay", ms: 100 } },
  });
  expect(slow.status).toBe(204);
  const { page } = await openCloudTab();
  await page.getByRole("tab", { name: "File" }).click();
  const ranges: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "PUT" && /uploadSession/.test(request.url()))
      ranges.push(request.headers()["content-range"] ?? "");
  });
  // Made in the page, as a picked file would be: 200 MB of zeros, without passing them through the test.
  await page.getByTestId("file-input").evaluate((input: HTMLInputElement, size: number) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(size)], "Site walk.mp4", { type: "video/mp4" }));
    input.files = transfer.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }, 200 * MB);
  const row = page.getByTestId("file-row").filter({ hasText: "Site walk.mp4" });
  expect(await row.getByTestId("file-error").textContent()).toContain("150 MB");
  await row.getByTestId("upload-offer").click();
  await row
    .getByTestId("upload-progress")
    .filter({ hasText: /[1-9]\d*%/ })
    .waitFor();
  await row.getByTestId("upload-stop").click();
  const stopped = await row.getByTestId("upload-stopped").textContent();
  expect(stopped).toMatch(/^Upload stopped at \d+%\. Resume goes on from there\.$/);
  const sentBeforeStop = ranges.length;
  await row.getByTestId("upload-resume").click();
  await row.getByTestId("upload-attached").waitFor({ timeout: 90_000 });

  // Resumed where OneDrive said it stood: the first range after Resume does not start at byte 0.
  expect(sentBeforeStop).toBeGreaterThan(0);
  const resumedAt = Number(/^bytes (\d+)-/.exec(ranges[sentBeforeStop] ?? "")?.[1]);
  expect(resumedAt).toBeGreaterThan(0);
  expect(ranges.at(-1)).toMatch(new RegExp(`^bytes \\d+-${200 * MB - 1}/${200 * MB}$`));

  const state = await driveState();
  const uploaded = state.uploadedFiles.find((item) => item.name === "Site walk.mp4");
  expect(uploaded?.size).toBe(200 * MB);
  expect(uploaded?.path).toContain("Attachments");
  expect(uploaded?.sha256).toBe(
    createHash("sha256")
      .update(Buffer.alloc(200 * MB))
      .digest("hex"),
  );
  const link = state.links.find((candidate) => candidate.itemId === uploaded?.id);
  expect(link).toMatchObject({ type: "view", scope: "organization" });
  expect(references()).toEqual([
    expect.objectContaining({ name: "Site walk.mp4", sourceUrl: link?.webUrl, permission: "organizationView" }),
  ]);
}, 120_000);

test.each([
  ["fr-FR", "Lien cloud"],
  ["es-ES", null],
  ["fi-FI", null],
  ["ja-JP", "クラウド リンク"],
  ["ru-RU", null],
])("the picker speaks %s", async (lang, tabName) => {
  const page = await loadDemo(session, `host=saved&lang=${lang}`);
  await page.getByTestId("meeting-subject").waitFor();
  await (tabName ? page.getByRole("tab", { name: tabName }) : page.getByRole("tab").nth(2)).click();
  const panel = page.locator("#panel-link");
  const open = panel.getByTestId("cloud-open");
  const english = "Choose from OneDrive or SharePoint";
  expect(await open.textContent()).not.toBe(english);
  await open.click();
  await panel.getByTestId("cloud-items").waitFor();
  const heading = await panel.locator("#cloud-heading").textContent();
  expect(heading).not.toBe("OneDrive and SharePoint");
  await panel.getByTestId("cloud-search").fill("zebra");
  await panel.getByTestId("cloud-search-button").click();
  const empty = (await panel.getByTestId("cloud-empty").textContent()) ?? "";
  expect(empty).toContain("zebra");
  expect(empty).not.toContain("Nothing in your OneDrive");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang.slice(0, 2));
});

test("the picker works from the keyboard and passes axe's serious and critical checks, open and with a file chosen", async () => {
  const { page, panel } = await openCloudTab();
  await panel.getByTestId("cloud-open").focus();
  await page.keyboard.press("Enter");
  await panel.getByTestId("cloud-items").waitFor();
  // Focus moves to the picker's first place; Tab (which office.js moves itself) goes on through the search and rows.
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("cloud-place-myFiles");
  const projects = panel.getByRole("button", { name: "Open Projects" });
  for (
    let presses = 0;
    presses < 12 && !(await projects.evaluate((button) => button === document.activeElement));
    presses += 1
  )
    await page.keyboard.press("Tab");
  expect(await projects.evaluate((button) => button === document.activeElement)).toBe(true);
  await page.keyboard.press("Enter");
  const rollout = panel.getByRole("button", { name: "Open Contoso rollout" });
  await rollout.focus();
  await page.keyboard.press("Enter");
  const plan = panel.getByRole("button", { name: "Choose Rollout plan.docx" });
  await plan.focus();
  await page.keyboard.press("Space");
  expect(await plan.getAttribute("aria-pressed")).toBe("true");
  const serious = async (): Promise<string[]> => {
    const results = await new AxeBuilder({ page: page.outlook }).include([ADDIN_FRAME, "#panel-link"]).analyze();
    return results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  };
  expect(await serious()).toEqual([]);
  // Closing the picker gives the keyboard back to its button.
  await panel.getByTestId("cloud-close").click();
  expect(await panel.getByTestId("cloud-open").evaluate((button) => button === document.activeElement)).toBe(true);
});
