import AxeBuilder from "@axe-core/playwright";
import { ADDIN_FRAME, openDemo, pickTextFile, type DemoPage } from "./support/demoPage";
import { useDemoSession } from "./support/demoSession";
import { hostRequests } from "./support/simulatedHost";

const session = useDemoSession();

/** Serious and critical axe findings inside the taskpane (the demo's own settings bar is not the product). */
async function seriousViolations(page: DemoPage): Promise<string[]> {
  const results = await new AxeBuilder({ page: page.outlook }).include([ADDIN_FRAME, "#root"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

async function showTab(page: DemoPage, name: RegExp): Promise<void> {
  await page.getByRole("tab", { name }).click();
}

describe.each(["light", "dark", "highContrast"])("in the %s theme", (theme) => {
  test("the file form, its results and errors have no serious accessibility violation", async () => {
    const page = await openDemo(session, `host=saved&theme=${theme}`);
    const row = await pickTextFile(page, "agenda.txt");
    await row.getByTestId("file-result").waitFor();
    await page
      .getByTestId("file-input")
      .setInputFiles({ name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
    await page.getByTestId("file-error").first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  test("the event and cloud-link forms, with and without errors, have no serious accessibility violation", async () => {
    const page = await openDemo(session, `host=saved&theme=${theme}`);
    await showTab(page, /^(Event)$/);
    await page.getByTestId("event-compose").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId("event-subject").fill("");
    await page.getByTestId("event-compose-attach").click();
    await page.getByTestId("event-compose").getByText("Enter a subject.").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("Choose one from my calendar").check();
    await page.getByTestId("event-picker").waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await showTab(page, /^(Cloud link)$/);
    await page.getByTestId("link-form").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId("link-url").fill("http://contoso.com/plan.docx");
    await page.getByRole("button", { name: "Attach link" }).click();
    await page.getByTestId("link-form").getByText("https://", { exact: false }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

test("the save question and the read-only notice have no serious accessibility violation", async () => {
  const page = await openDemo(session, "host=new");
  await pickTextFile(page, "notes.txt");
  await page.getByRole("alertdialog").waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();

  const readOnly = await openDemo(session, "host=delegate-readonly");
  await readOnly.getByTestId("read-only-notice").waitFor();
  expect(await seriousViolations(readOnly)).toEqual([]);
  await readOnly.close();
});

test("the file form works with the keyboard alone, with a visible focus", async () => {
  const page = await openDemo(session, "host=saved");
  const chooser = page.waitForEvent("filechooser");
  // Tab from the top of the pane to the first tab, then to the "Choose files" button.
  await page.locator("#root").focus();
  let focused = "";
  for (let step = 0; step < 12 && focused !== "Choose files"; step += 1) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
  }
  expect(focused).toBe("Choose files");
  const outline = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return "";
    const after = getComputedStyle(element, "::after");
    return `${getComputedStyle(element).outlineStyle}|${after.borderStyle}|${after.content}`;
  });
  expect(outline).not.toBe("none|none|none");
  await page.keyboard.press("Enter");
  const fileChooser = await chooser;
  await fileChooser.setFiles({ name: "keyboard.txt", mimeType: "text/plain", buffer: Buffer.from("typed") });
  await page.getByTestId("file-row").filter({ hasText: "keyboard.txt" }).getByTestId("file-result").waitFor();
  await page.close();
});

test("the tabs work with the keyboard under Outlook on the web's office.js, which moves focus on Tab itself", async () => {
  const page = await openDemo(session, "host=saved");
  await page.getByTestId("file-input").waitFor({ state: "attached" });
  const focusedTab = (): Promise<string> =>
    page.evaluate(() => {
      const element = document.activeElement;
      return element?.getAttribute("role") === "tab" ? (element.textContent ?? "") : "";
    });
  const focusIn = (panel: string): Promise<boolean> =>
    page.evaluate((id) => document.getElementById(id)?.contains(document.activeElement) ?? false, panel);
  const selected = (name: string): Promise<string | null> =>
    page.getByRole("tab", { name }).getAttribute("aria-selected");
  // office.js's Tab-out notices (13, 14): Outlook would take focus away from the pane on them.
  const tabExits = async (): Promise<string[]> =>
    (await hostRequests(page)).filter((request) => /^ContextActivationManager_notifyHost:1[34]$/.test(request));

  await page.getByRole("tab", { name: "File" }).focus();
  await page.keyboard.press("ArrowRight");
  expect(await focusedTab()).toBe("Event");
  expect(await selected("File")).toBe("true");
  // The focus ring (Fluent's focus outline, drawn once a key has been pressed in the pane).
  expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element, "::after").borderStyle)).toBe(
    "solid",
  );
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  expect(await focusedTab()).toBe("Cloud link");
  await page.keyboard.press("Home");
  expect(await focusedTab()).toBe("File");
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowLeft");
  expect(await focusedTab()).toBe("Event");

  // Tab from a tab that is not selected goes on into the open form, not out to Outlook; Shift+Tab comes back to
  // the selected tab.
  await page.keyboard.press("Tab");
  expect(await focusIn("panel-file")).toBe(true);
  await page.keyboard.press("Shift+Tab");
  expect(await focusedTab()).toBe("File");

  // A tab's name turns bold when selected, and no tab changes its width for it.
  const widths = (): Promise<number[]> =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('[role="tab"]'), (tab) => tab.getBoundingClientRect().width),
    );
  const widthsBefore = await widths();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await page.getByTestId("event-compose").waitFor();
  expect([await selected("Event"), await selected("File")]).toEqual(["true", "false"]);
  expect(await widths()).toEqual(widthsBefore);
  expect(await page.getByRole("tab", { name: "Event" }).evaluate((tab) => getComputedStyle(tab).fontWeight)).toBe(
    "600",
  );
  expect(await page.locator("#panel-file").isHidden()).toBe(true);
  await page.keyboard.press("Tab");
  expect(await focusIn("panel-event")).toBe(true);
  await page.keyboard.press("Shift+Tab");
  expect(await focusedTab()).toBe("Event");

  await page.keyboard.press("End");
  await page.keyboard.press(" ");
  await page.getByTestId("link-form").waitFor();
  expect(await selected("Cloud link")).toBe("true");
  expect(await tabExits()).toEqual([]);
  await page.close();
});

test("with the system's forced colours, the selected tab's indicator is drawn in the highlight colour", async () => {
  const page = await openDemo(session, "host=saved&theme=highContrast");
  await page.outlook.emulateMedia({ forcedColors: "active" });
  const indicator = (name: string): Promise<string> =>
    page.getByRole("tab", { name }).evaluate((tab) => getComputedStyle(tab, "::before").backgroundColor);
  const highlight = await page.evaluate(() => {
    const probe = document.createElement("span");
    probe.style.color = "Highlight";
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });
  expect(await indicator("File")).toBe(highlight);
  expect(await indicator("Event")).not.toBe(highlight);
  await page.close();
});
