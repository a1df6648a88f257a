import { readFile } from "node:fs/promises";
import path from "node:path";
import type { BrowserContext, Frame, Page } from "playwright-core";
import type { BrokerCall } from "../../dev/naa";
import type {
  HarnessFrameWindow,
  HarnessHostWindow,
  HarnessSignInRequest,
  HarnessSignInResult,
} from "../../dev/naa/harness/harnessApi";
import { DEMO_ORGANIZER } from "../../dev/shared/demoIdentity";
import { launchBrowser, type TestBrowser } from "./support/browser";

// The real MSAL (createNestablePublicClientApplication, acquireTokenSilent, acquireTokenPopup) and the add-in's
// sign-in code in Chromium, in an add-in frame on one origin under a simulated Outlook page on another, talking
// over the browser's own postMessage through the stand-in bridge (dev/naa/harness, built by `webpack --env demo`).
// Both origins are served from the build by request interception; every other request is refused and recorded.

const BUILD_DIR = path.resolve(process.env.DEMO_BUILD_DIR ?? ".demo-build");
const OUTLOOK = "https://outlook.harness.test";
const ADDIN = "https://addin.harness.test";
const OWN = ["Calendars.ReadWrite"];
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html",
  ".js": "application/javascript",
  ".map": "application/json",
};

let browser: TestBrowser;
const served: string[] = [];
const refused: string[] = [];

async function serveBuild(context: BrowserContext): Promise<void> {
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== OUTLOOK && url.origin !== ADDIN) {
      refused.push(url.href);
      return route.abort();
    }
    const file = path.join(BUILD_DIR, path.normalize(url.pathname));
    if (!file.startsWith(BUILD_DIR + path.sep)) return route.fulfill({ status: 404 });
    try {
      const body = await readFile(file);
      served.push(`${url.origin}${url.pathname}`);
      const contentType = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
      return await route.fulfill({ status: 200, body, contentType });
    } catch {
      return route.fulfill({ status: 404, body: "" });
    }
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
  await serveBuild(browser.context);
});

afterAll(async () => {
  await browser.close();
});

beforeEach(() => {
  served.length = 0;
  refused.length = 0;
});

interface Harness {
  page: Page;
  frame: Frame;
}

async function openHarness(query = ""): Promise<Harness> {
  const page = await browser.context.newPage();
  const frameUrl = encodeURIComponent(`${ADDIN}/naa-harness-frame.html`);
  await page.goto(`${OUTLOOK}/naa-harness-host.html?frame=${frameUrl}&${query}`);
  const frame = await (await page.waitForSelector("iframe")).contentFrame();
  if (!frame) throw new Error("The harness did not frame the add-in");
  await frame.waitForFunction(() => (window as HarnessFrameWindow).naaHarness !== undefined);
  return { page, frame };
}

function signIn({ frame }: Harness, request: HarnessSignInRequest): Promise<HarnessSignInResult> {
  return frame.evaluate((sent) => {
    const api = (window as HarnessFrameWindow).naaHarness;
    if (!api) throw new Error("no harness in the add-in frame");
    return api.signIn(sent);
  }, request);
}

function brokerCalls({ page }: Harness): Promise<BrokerCall[]> {
  return page.evaluate(() => (window as HarnessHostWindow).naaHarnessHost?.brokerCalls() ?? []);
}

function outcomes(calls: BrokerCall[]): string[] {
  return calls.map((call) => `${call.method} ${call.outcome}`);
}

const SIGNED_IN = { ok: true, upn: DEMO_ORGANIZER.upn, scp: "Calendars.ReadWrite" };

describe("nested app authentication with the real MSAL in Chromium", () => {
  it("signs in silently through the bridge, with no request anywhere but the two pages' origins", async () => {
    const harness = await openHarness();

    await expect(signIn(harness, { scopes: OWN })).resolves.toEqual({ ...SIGNED_IN, path: "naa-silent" });

    expect(outcomes(await brokerCalls(harness))).toEqual(["GetInitContext initContext", "GetToken token"]);
    expect(served).toContain(`${ADDIN}/msal.js`);
    expect(refused).toEqual([]);
    await harness.page.close();
  });

  it("goes to the host's pop-up when consent is required", async () => {
    const harness = await openHarness("authFail=consentRequired");

    await expect(signIn(harness, { scopes: OWN })).resolves.toEqual({ ...SIGNED_IN, path: "naa-popup" });

    expect(outcomes(await brokerCalls(harness))).toEqual([
      "GetInitContext initContext",
      "GetToken USER_INTERACTION_REQUIRED",
      "GetTokenPopup token",
    ]);
    await harness.page.close();
  });

  it("reports a cancelled pop-up as userCancelled, and signs in on the next try", async () => {
    const harness = await openHarness("authFail=userCancelled");

    await expect(signIn(harness, { scopes: OWN })).resolves.toEqual({ ok: false, reason: "userCancelled" });
    await expect(signIn(harness, { scopes: OWN })).resolves.toEqual({ ...SIGNED_IN, path: "naa-popup" });

    expect(outcomes(await brokerCalls(harness)).slice(1)).toEqual([
      "GetToken USER_INTERACTION_REQUIRED",
      "GetTokenPopup USER_CANCEL",
      "GetToken USER_INTERACTION_REQUIRED",
      "GetTokenPopup token",
    ]);
    await harness.page.close();
  });

  it("opens the Office dialog when the host has no bridge and MSAL falls back to its standard client", async () => {
    const harness = await openHarness("authFail=noBridge");
    expect(await harness.frame.evaluate(() => (window as HarnessFrameWindow).naaHarness?.bridgeInstalled)).toBe(false);

    await expect(signIn(harness, { scopes: OWN })).resolves.toEqual({ ...SIGNED_IN, path: "dialog" });

    expect(await brokerCalls(harness)).toEqual([]);
    const dialogs = await harness.frame.evaluate(() => (window as HarnessFrameWindow).naaHarness?.dialogsOpened());
    expect(dialogs).toHaveLength(1);
    const dialog = new URL(dialogs?.[0] ?? "");
    expect(`${dialog.origin}${dialog.pathname}`).toBe(`${ADDIN}/dialog.html`);
    expect(dialog.searchParams.get("scopes")).toBe("Calendars.ReadWrite");
    // MSAL was loaded and created its standard client, which tried nothing: no Entra ID request, no iframe.
    expect(served).toContain(`${ADDIN}/msal.js`);
    expect(refused).toEqual([]);
    await harness.page.close();
  });
});
