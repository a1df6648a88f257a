import { loadDemo, openDemo } from "./support/demoPage";
import { useDemoSession } from "./support/demoSession";
import { getterWithoutCallback, hostRequests } from "./support/simulatedHost";

const session = useDemoSession();

test("the pane runs Microsoft's office.js, which loads Outlook on the web's host script and asks the host over the frame channel", async () => {
  const outlook = await session.browser.context.newPage();
  const officeFiles: string[] = [];
  outlook.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith("/office-js/") || pathname.startsWith("/stand-ins/")) officeFiles.push(pathname);
  });
  const page = await loadDemo(session, "host=saved", outlook);
  await page.getByTestId("meeting-subject").waitFor();

  expect(officeFiles).toEqual(
    expect.arrayContaining([
      "/stand-ins/MicrosoftAjax.js",
      "/office-js/office.js",
      "/office-js/outlook-web-16.01.js",
      "/office-js/en-us/office_strings.js",
      "/office-js/en-us/outlook_strings.js",
    ]),
  );
  // The frame's URL carries what Outlook on the web gives an add-in.
  expect(page.pane.url()).toMatch(/[?&]_host_Info=Outlook\$Web\$16\.01\$en-US\$/);
  // Outlook's page, another site than the pane's, as in Outlook on the web.
  expect(page.pane.url()).toMatch(
    /#&_xdm_Info=ma-[\w-]+\$[\w-]+\$https:\/\/simulated-outlook\.office\.net:\d+\/demo\.html$/,
  );
  // office.js's own objects, not a stand-in for them.
  expect(await page.evaluate(() => typeof (window as unknown as { OSF?: unknown }).OSF)).toBe("object");
  // What reached the simulated Outlook: the handshake (office.js reports the pane's URL), then the subject, times and id through their dispatch ids.
  const requests = await hostRequests(page);
  expect(requests.slice(0, 3)).toEqual([
    "ContextActivationManager_getAppContextAsync",
    "ContextActivationManager_notifyHost:21",
    "GetInitialData:1",
  ]);
  expect(requests).toEqual(expect.arrayContaining(["ExecuteMethod:18", "ExecuteMethod:24", "ExecuteMethod:164"]));
  await page.close();
});

test("office.js checks arguments itself: a getter without its callback throws before anything reaches Outlook", async () => {
  const page = await openDemo(session, "host=saved");
  const before = (await hostRequests(page)).length;
  const thrown = await getterWithoutCallback(page);
  expect(thrown).toBe(
    "Sys.ArgumentNullException | Sys.ArgumentNullException: Value cannot be null.\nParameter name: callback",
  );
  expect((await hostRequests(page)).length).toBe(before);
  await page.close();
});

test("office.js reports Outlook's error for a meeting never saved, with its own name and message", async () => {
  const page = await openDemo(session, "host=new");
  const result = await page.evaluate(
    () =>
      new Promise<unknown>((resolve) =>
        (Office.context.mailbox.item as Office.AppointmentCompose).getItemIdAsync((asyncResult) =>
          resolve({ status: asyncResult.status, error: { ...asyncResult.error } }),
        ),
      ),
  );
  expect(result).toEqual({
    status: "failed",
    error: { name: "ItemNotSaved", message: "The id can't be retrieved until the item is saved.", code: 9046 },
  });
  await page.close();
});

/** office.js's own telemetry collector: the pane's connect-src refuses it (see the README). */
const OFFICE_TELEMETRY = "https://browser.pipe.aria.microsoft.com";

test("the demo pane runs under its Content-Security-Policy, which refuses nothing but office.js's telemetry", async () => {
  const outlook = await session.browser.context.newPage();
  const violations: string[] = [];
  outlook.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const policies: string[] = [];
  outlook.on("response", (response) => {
    if (new URL(response.url()).pathname === "/demo-taskpane.html") {
      policies.push(response.headers()["content-security-policy"] ?? "");
    }
  });
  // office.js sends its first telemetry batch a few seconds after start: wait for it, so the check sees it.
  const telemetry = outlook.waitForRequest((request) => request.url().startsWith(OFFICE_TELEMETRY), {
    timeout: 20_000,
  });
  const page = await loadDemo(session, "host=saved", outlook);
  await page.getByTestId("meeting-subject").waitFor();
  await page.getByTestId("attachment-list").waitFor();
  await telemetry;
  await page.outlook.waitForTimeout(200);
  expect(policies).toHaveLength(1);
  expect(policies[0]).toContain("script-src 'self'");
  expect(policies[0]).not.toContain("unsafe-eval");
  expect(violations.length).toBeGreaterThan(0);
  expect(violations.filter((text) => !text.includes(`Connecting to '${OFFICE_TELEMETRY}/`))).toEqual([]);
  await page.close();
});

test("switching Office's theme reaches the pane as OfficeThemeChanged, without reloading it", async () => {
  const page = await openDemo(session, "host=saved&theme=light");
  const background = (): Promise<string> =>
    page.evaluate(
      () => getComputedStyle(document.querySelector(".fui-FluentProvider") ?? document.body).backgroundColor,
    );
  const light = await background();
  await page.outlook.getByLabel("Office theme").selectOption("dark");
  await page.pane.waitForFunction(
    (before) =>
      getComputedStyle(document.querySelector(".fui-FluentProvider") ?? document.body).backgroundColor !== before,
    light,
  );
  expect(await background()).not.toBe(light);
  expect(await hostRequests(page)).toContain("officeThemeChanged");
  await page.close();
});

test("attaching to the open window goes through office.js's own checks and Outlook's answers (dispatch ids 148 and 19)", async () => {
  const page = await openDemo(session, "host=saved");
  const outcome = await page.evaluate(async () => {
    const item = Office.context.mailbox.item as Office.AppointmentCompose;
    const call = (start: (callback: (result: Office.AsyncResult<string>) => void) => void): Promise<unknown> =>
      new Promise((resolve) =>
        start((result) =>
          resolve(String(result.status) === "succeeded" ? { value: result.value } : { error: result.error.name }),
        ),
      );
    let tooLong = "nothing thrown";
    try {
      item.addFileAttachmentFromBase64Async("A".repeat(27_892_124), "big.bin", () => undefined);
    } catch (error) {
      tooLong = error instanceof Error ? error.name : String(error);
    }
    return {
      file: await call((callback) => item.addFileAttachmentFromBase64Async(btoa("Agenda\n"), "agenda.txt", callback)),
      event: await call((callback) =>
        item.addItemAttachmentAsync("AAMkAGI2TG93AAA-team_lunch=", "Team lunch", callback),
      ),
      notBase64: await call((callback) => item.addFileAttachmentFromBase64Async("not base64!", "x.txt", callback)),
      tooLong,
    };
  });
  expect(outcome).toEqual({
    file: { value: "1" },
    event: { value: "2" },
    notBase64: { error: "InternalFormatError" },
    tooLong: "Sys.ArgumentOutOfRangeException",
  });
  // The host got the EWS form of the id, which office.js computes itself.
  const held = await page.outlook.evaluate(() =>
    (
      window as unknown as {
        simulatedOutlook: { draft: { window: { list(): Array<{ name: string; itemId?: string }> } } };
      }
    ).simulatedOutlook.draft.window
      .list()
      .map((attachment) => [attachment.name, attachment.itemId ?? null]),
  );
  expect(held).toEqual([
    ["agenda.txt", null],
    ["Team lunch", "AAMkAGI2TG93AAA/team+lunch="],
  ]);
  expect(await hostRequests(page)).toEqual(expect.arrayContaining(["ExecuteMethod:148", "ExecuteMethod:19"]));
  expect(await page.outlook.getByTestId("window-attachments").textContent()).toContain("agenda.txt, Team lunch");
  await page.close();
});

test("the pane's start-up script asks for Office.onReady, so office.js is ready before the main script has arrived", async () => {
  const outlook = await session.browser.context.newPage();
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  // The pane's main script, held back until office.js has had its say.
  await outlook.route(/\/demo-taskpane\.[0-9a-f]{8}\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const page = await loadDemo(session, "host=saved", outlook);
  await page.pane.waitForFunction(() => typeof (window as { Office?: unknown }).Office === "object");
  // office.js's own promise of readiness, read without asking for onReady (which would do what is checked here).
  const state = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const office = (window as unknown as { Office: { onReadyInternal(): Promise<unknown> } }).Office;
        void office.onReadyInternal().then(() => resolve("ready"));
        setTimeout(() => resolve("still waiting for the page to ask"), 5000);
      }),
  );
  expect(state).toBe("ready");
  expect(await page.getByRole("button", { name: "Choose files" }).count()).toBe(0);
  release();
  await page.getByRole("button", { name: "Choose files" }).waitFor();
  await page.close();
});
