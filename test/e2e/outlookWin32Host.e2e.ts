import type { DemoBrokerWindow } from "../../dev/naa/demo";
import { loadDemo, openDemo } from "./support/demoPage";
import { useDemoSession } from "./support/demoSession";
import { getterWithoutCallback, hostRequests } from "./support/simulatedHost";
import { recordPageProblems } from "./support/pageProblems";

// The classic-Windows scenario under the simulated classic Outlook on Windows: the real office.js and its real
// outlook-win32-16.02.js, talking to the stand-in window.external the demo pane page gets from that host.

const session = useDemoSession();

/** office.js's own telemetry collector: the pane's connect-src refuses it (see the README). */
const OFFICE_TELEMETRY = "https://browser.pipe.aria.microsoft.com";

test("the pane runs Microsoft's office.js, which loads classic Outlook's host script and calls window.external", async () => {
  const outlook = await session.browser.context.newPage();
  const problems = await recordPageProblems(outlook);
  const policies: string[] = [];
  outlook.on("response", (response) => {
    if (new URL(response.url()).pathname === "/demo-taskpane.html") {
      policies.push(response.headers()["content-security-policy"] ?? "");
    }
  });
  const officeFiles: string[] = [];
  outlook.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith("/office-js/") || pathname.startsWith("/stand-ins/")) officeFiles.push(pathname);
  });
  const page = await loadDemo(session, "host=cached-delay", outlook);
  await page.getByTestId("meeting-subject").waitFor();
  await page.getByTestId("attachment-list").waitFor();

  expect(officeFiles).toEqual(
    expect.arrayContaining([
      "/stand-ins/MicrosoftAjax.js",
      "/stand-ins/OutlookWin32External.js",
      "/office-js/office.js",
      "/office-js/outlook-win32-16.02.js",
      "/office-js/en-us/office_strings.js",
      "/office-js/en-us/outlook_strings.js",
    ]),
  );
  expect(officeFiles.filter((file) => file.includes("outlook-web"))).toEqual([]);
  expect(page.pane.url()).toMatch(/[?&]_host_Info=Outlook\$Win32\$16\.02\$en-US\$/);
  expect(page.pane.url()).not.toContain("_xdm_Info");
  // office.js's own Windows host controller, calling the stand-in window.external.
  expect(
    await page.evaluate(() => {
      const win = window as unknown as { OSF: { ClientHostController: object }; OfficeExt: Record<string, unknown> };
      const controller = win.OfficeExt.Win32RichClientHostController as new () => object;
      return win.OSF.ClientHostController instanceof controller;
    }),
  ).toBe(true);
  const requests = await hostRequests(page);
  expect(requests[0]).toBe("Execute:1");
  expect(requests).toEqual(
    expect.arrayContaining(["RegisterEvent:9", "Execute:18", "Execute:24", "Execute:26", "Execute:164"]),
  );
  // The page classic Outlook opens carries the same Content-Security-Policy, and nothing but telemetry is refused.
  expect(policies).toHaveLength(1);
  expect(policies[0]).toContain("script-src 'self'");
  expect(policies[0]).not.toContain("unsafe-eval");
  expect(problems.pageErrors).toEqual([]);
  expect(problems.failedRequests).toEqual([]);
  expect(problems.cspViolations.filter((text) => !text.includes(OFFICE_TELEMETRY))).toEqual([]);
  expect(problems.consoleErrors.filter((text) => !text.includes(OFFICE_TELEMETRY))).toEqual([]);
  await page.close();
});

test("office.js reports classic Outlook: platform PC, host Outlook, an appointment in compose, the scenario's sets", async () => {
  const page = await openDemo(session, "host=cached-delay");
  const facts = await page.evaluate(() => {
    const item = Office.context.mailbox.item as Office.AppointmentCompose;
    return {
      platform: Office.context.platform,
      host: Office.context.host,
      hostName: Office.context.mailbox.diagnostics.hostName,
      hostVersion: Office.context.mailbox.diagnostics.hostVersion,
      owaView: Office.context.mailbox.diagnostics.OWAView,
      itemType: item.itemType,
      compose: typeof item.subject.setAsync === "function",
      mailbox114: Office.context.requirements.isSetSupported("Mailbox", "1.14"),
      mailbox115: Office.context.requirements.isSetSupported("Mailbox", "1.15"),
      nestedAppAuth: Office.context.requirements.isSetSupported("NestedAppAuth", "1.1"),
      user: Office.context.mailbox.userProfile.emailAddress,
    };
  });
  expect(facts).toEqual({
    platform: "PC",
    host: "Outlook",
    hostName: "Outlook",
    hostVersion: "16.0.18827.20128",
    owaView: undefined,
    itemType: "appointment",
    compose: true,
    mailbox114: true,
    mailbox115: false,
    nestedAppAuth: true,
    user: "adele.vance@contoso.example",
  });
  await page.close();
});

test("office.js checks arguments itself: a getter without its callback throws before anything reaches Outlook", async () => {
  const page = await openDemo(session, "host=cached-delay");
  const before = (await hostRequests(page)).length;
  const thrown = await getterWithoutCallback(page);
  expect(thrown).toBe(
    "Sys.ArgumentNullException | Sys.ArgumentNullException: Value cannot be null.\nParameter name: callback",
  );
  expect((await hostRequests(page)).length).toBe(before);
  await page.close();
});

test("getItemIdAsync fails with office.js's ItemNotSaved until saveAsync, then gives the saved id", async () => {
  const page = await openDemo(session, "host=cached-delay");
  const results = await page.evaluate(async () => {
    const item = Office.context.mailbox.item as Office.AppointmentCompose;
    const call = (invoke: (callback: (result: Office.AsyncResult<string>) => void) => void) =>
      new Promise<{ status: string; value?: string; error?: object }>((resolve) =>
        invoke((result) =>
          resolve(
            result.status === Office.AsyncResultStatus.Succeeded
              ? { status: String(result.status), value: result.value }
              : { status: String(result.status), error: { ...result.error } },
          ),
        ),
      );
    const before = await call((callback) => item.getItemIdAsync(callback));
    const saved = await call((callback) => item.saveAsync(callback));
    const after = await call((callback) => item.getItemIdAsync(callback));
    return { before, saved, after };
  });
  expect(results.before).toEqual({
    status: "failed",
    error: { name: "ItemNotSaved", message: "The id can't be retrieved until the item is saved.", code: 9046 },
  });
  expect(results.saved.status).toBe("succeeded");
  expect(results.after).toEqual({ status: "succeeded", value: results.saved.value });
  expect(await hostRequests(page)).toEqual(expect.arrayContaining(["Execute:32"]));
  await page.close();
});

test("a method this Outlook lacks fails with office.js's own 'not supported' error", async () => {
  const page = await openDemo(session, "host=cached-delay");
  const error = await page.evaluate(
    () =>
      new Promise<object>((resolve) =>
        (Office.context.mailbox.item as Office.AppointmentCompose).location.setAsync("Room 1", (result) =>
          resolve({ status: result.status, name: result.error?.name, code: result.error?.code }),
        ),
      ),
  );
  // setAsync of the location (27) reached the host, which does not answer it.
  expect(await hostRequests(page)).toContain("Execute:27");
  expect(error).toEqual({ status: "failed", name: "Host Error", code: 5000 });
  await page.close();
});

test("the cached-mode flow: save on consent, wait for the sync, signed in through the stand-in bridge", async () => {
  const page = await openDemo(session, "host=cached-delay");
  // A cloud link can only go to the server (a file would go into the open window here), so the meeting is saved.
  await page.getByRole("tab", { name: "Cloud link" }).click();
  const panel = page.locator("#panel-link");
  const link = "https://contoso.sharepoint.com/sites/Team/Plan.docx";
  await panel.getByTestId("link-url").fill(link);
  await panel.getByRole("radio", { name: "Attendees can view" }).check();
  await panel.getByRole("button", { name: "Attach link" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Save and continue" }).click();
  const wait = page.getByTestId("sync-wait");
  await wait.waitFor({ timeout: 20000 });
  expect(await wait.textContent()).toContain("Waiting for Outlook to sync the saved meeting");
  expect(await hostRequests(page)).toEqual(expect.arrayContaining(["Execute:32"]));
  await page.outlook.waitForFunction(() =>
    ((window as DemoBrokerWindow).naaBrokerCalls?.() ?? []).some((call) => call.outcome === "token"),
  );
  await wait.getByRole("button", { name: "Stop waiting" }).click();
  await wait.waitFor({ state: "detached" });
  expect(await panel.getByTestId("link-url").inputValue()).toBe(link);
  expect(await panel.getByRole("button", { name: "Attach link" }).isEnabled()).toBe(true);
  await page.close();
});

test("Office's theme: read from the context at start, and OfficeThemeChanged when the organizer switches it", async () => {
  const page = await openDemo(session, "host=cached-delay&theme=dark");
  const background = (): Promise<string> =>
    page.evaluate(
      () => getComputedStyle(document.querySelector(".fui-FluentProvider") ?? document.body).backgroundColor,
    );
  // No event yet: classic Outlook's context already says dark.
  expect(await page.evaluate(() => Office.context.officeTheme.bodyBackgroundColor)).toBe("#292929");
  const dark = await background();
  const [red = 255, green = 255, blue = 255] = (dark.match(/\d+/g) ?? []).map(Number);
  expect((red + green + blue) / 3).toBeLessThan(80);

  await page.outlook.getByLabel("Office theme").selectOption("light");
  await page.pane.waitForFunction(
    (before) =>
      getComputedStyle(document.querySelector(".fui-FluentProvider") ?? document.body).backgroundColor !== before,
    dark,
  );
  expect(await background()).not.toBe(dark);
  expect(await hostRequests(page)).toContain("RegisterEvent:9");
  await page.close();
});
