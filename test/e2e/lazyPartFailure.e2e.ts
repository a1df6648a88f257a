/**
 * A lazily loaded part of the pane that does not arrive (its chunk, or the whole stylesheet its chunk waits for), in
 * the demo build in Chromium: its place says so with a retry, what the organizer typed elsewhere stays, and the
 * retry loads it.
 */
import type { Route } from "playwright-core";
import { loadDemo } from "./support/demoPage";
import { useDemoSession } from "./support/demoSession";

const session = useDemoSession();

const WHOLE_STYLESHEET = /\/griffel\.[0-9a-f]{8}\.css$/;
// Lazy chunks (`[name].[contenthash:8].js` with a numeric name, as webpack names them) and the entries' own scripts.
const LAZY_CHUNK = /\/\d+\.[0-9a-f]{8}\.js$/;
const FAILED = "This part of the pane could not be loaded. Check your network connection, then try again.";

test("a form whose stylesheet or code did not arrive says so, keeps what was typed, and loads on retry", async () => {
  const outlook = await session.browser.context.newPage();
  let blocked: RegExp | null = WHOLE_STYLESHEET;
  const blockedRequests: string[] = [];
  const maybeBlock = (route: Route) => {
    if (blocked?.test(new URL(route.request().url()).pathname)) {
      blockedRequests.push(new URL(route.request().url()).pathname);
      return route.abort("internetdisconnected");
    }
    return route.continue();
  };
  await outlook.route(/\.(?:css|js)$/, maybeBlock);
  const page = await loadDemo(session, "host=saved", outlook);
  await page.getByTestId("attachment-list").waitFor();

  // The whole stylesheet does not arrive: the cloud link form is not shown unstyled, its place says why.
  await page.getByRole("tab", { name: "Cloud link" }).click();
  const linkPanel = page.locator("#panel-link");
  await linkPanel.getByTestId("part-load-failed").waitFor();
  expect(await linkPanel.getByRole("alert").textContent()).toBe(`${FAILED}Try again`);
  expect(blockedRequests.some((path) => WHOLE_STYLESHEET.test(path))).toBe(true);

  blocked = null;
  await linkPanel.getByRole("button", { name: "Try again" }).click();
  await linkPanel.getByTestId("link-url").fill("https://contoso.sharepoint.com/sites/Finance/Budget.xlsx");
  expect(
    await page.evaluate(() => [...document.styleSheets].some((sheet) => /\/griffel\./.test(sheet.href ?? ""))),
  ).toBe(true);

  // The event form's code does not arrive: the link typed in the other tab is still there.
  blocked = LAZY_CHUNK;
  await page.getByRole("tab", { name: "Event" }).click();
  const eventPanel = page.locator("#panel-event");
  await eventPanel.getByTestId("part-load-failed").waitFor();
  await page.getByRole("tab", { name: "Cloud link" }).click();
  expect(await linkPanel.getByTestId("link-url").inputValue()).toBe(
    "https://contoso.sharepoint.com/sites/Finance/Budget.xlsx",
  );

  blocked = null;
  await page.getByRole("tab", { name: "Event" }).click();
  await eventPanel.getByRole("button", { name: "Try again" }).click();
  await eventPanel.getByTestId("event-form").waitFor();
  expect(await eventPanel.getByTestId("part-load-failed").count()).toBe(0);
  await page.close();
});
