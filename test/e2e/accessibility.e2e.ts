import AxeBuilder from "@axe-core/playwright";
import { ADDIN_FRAME, openDemo, pickTextFile, type DemoPage } from "./support/demoPage";
import { useDemoSession } from "./support/demoSession";

const session = useDemoSession();

/**
 * Fluent UI's focus manager (tabster) puts focusable `aria-hidden` "dummy" elements around arrow-key groups (the tab
 * list) to redirect focus; tabster's maintainers document them as intentional, and Accessibility Insights suppresses
 * them. Only those nodes are set aside, and only for that rule.
 */
function isTabsterDummy(ruleId: string, html: string): boolean {
  return ruleId === "aria-hidden-focus" && html.includes("data-tabster-dummy");
}

/** Serious and critical axe findings inside the taskpane (the demo's own settings bar is not the product). */
async function seriousViolations(page: DemoPage): Promise<string[]> {
  const results = await new AxeBuilder({ page: page.outlook }).include([ADDIN_FRAME, "#root"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      id: violation.id,
      nodes: violation.nodes.filter((node) => !isTabsterDummy(violation.id, node.html)),
    }))
    .filter((violation) => violation.nodes.length > 0)
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
