import { readFile } from "node:fs/promises";
import path from "node:path";
import type { BrowserContext, Frame, Page, Route } from "playwright-core";
import type { BrokerCall } from "../../dev/naa";
import type { DemoBrokerWindow } from "../../dev/naa/demo";
import type { HarnessFrameWindow, HarnessSignInRequest, HarnessSignInResult } from "../../dev/naa/harness/harnessApi";
import { DEMO_ORGANIZER } from "../../dev/shared/demoIdentity";
import { openDemo, pickTextFile } from "./support/demoPage";
import { useDemoSession } from "./support/demoSession";

// The real MSAL (its nested app authentication client, acquireTokenSilent, acquireTokenPopup) and the add-in's
// sign-in code in Chromium, talking over the browser's own postMessage through the stand-in bridge:
// - in the harness (dev/naa/harness, pages of `webpack --env demo`): an add-in frame on one origin under a simulated
//   Outlook page on another, both served from the build by request interception;
// - in the framed demo, where it is the default sign-in.

const BUILD_DIR = path.resolve(process.env.DEMO_BUILD_DIR ?? ".demo-build");
const OUTLOOK = "https://outlook.harness.test";
const ADDIN = "https://addin.harness.test";
/** What MSAL puts in a token request's claims for `clientCapabilities: ["CP1"]`. */
const CP1_CLAIMS = { access_token: { xms_cc: { values: ["CP1"] } } };
const OWN = ["Calendars.ReadWrite"];
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html",
  ".js": "application/javascript",
  ".map": "application/json",
};

const session = useDemoSession();
let requested: string[] = [];

/** Serves the harness's two origins from the build; the demo's own origins stay with the demo server. */
async function serveHarness(context: BrowserContext): Promise<void> {
  const fromBuild = async (route: Route): Promise<void> => {
    const url = new URL(route.request().url());
    const file = path.join(BUILD_DIR, path.normalize(url.pathname));
    if (!file.startsWith(BUILD_DIR + path.sep)) return route.fulfill({ status: 404 });
    try {
      const body = await readFile(file);
      const contentType = CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream";
      return await route.fulfill({ status: 200, body, contentType });
    } catch {
      return route.fulfill({ status: 404, body: "" });
    }
  };
  await context.route(`${OUTLOOK}/**`, fromBuild);
  await context.route(`${ADDIN}/**`, fromBuild);
}

beforeAll(async () => {
  await serveHarness(session.browser.context);
});

interface Harness {
  page: Page;
  frame: Frame;
}

async function openHarness(query = ""): Promise<Harness> {
  const page = await session.browser.context.newPage();
  requested = [];
  page.on("request", (request) => requested.push(request.url()));
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
  return page.evaluate(() => (window as DemoBrokerWindow).naaBrokerCalls?.() ?? []);
}

/** MSAL's own chunk, loaded on the first sign-in (`msal.js`, or `msal.<hash>.js` in a production build). */
function isMsalChunk(url: string): boolean {
  return url.startsWith(`${ADDIN}/`) && /\/msal(\.[0-9a-f]{8})?\.js$/.test(url);
}

function originsRequested(): string[] {
  return [...new Set(requested.map((url) => new URL(url).origin))].sort();
}

function outcomes(calls: BrokerCall[]): string[] {
  return calls.map((call) => `${call.method} ${call.outcome}`);
}

const SIGNED_IN = { ok: true, upn: DEMO_ORGANIZER.upn, scp: "Calendars.ReadWrite" };

describe("nested app authentication with the real MSAL in Chromium (harness)", () => {
  it("signs in silently through the bridge, with no request anywhere but the two pages' origins", async () => {
    const harness = await openHarness();

    await expect(signIn(harness, { scopes: OWN })).resolves.toEqual({ ...SIGNED_IN, path: "naa-silent" });

    expect(outcomes(await brokerCalls(harness))).toEqual(["GetInitContext initContext", "GetToken token"]);
    expect(requested.some(isMsalChunk)).toBe(true);
    expect(originsRequested()).toEqual([ADDIN, OUTLOOK]);
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
    expect(requested.some(isMsalChunk)).toBe(true);
    expect(originsRequested()).toEqual([ADDIN, OUTLOOK]);
    await harness.page.close();
  });
});

describe("the framed demo's sign-in", () => {
  let attached = 0;

  /** Attaches a small file (the pane shows the sign-in path after an attachment) and reads what it shows. */
  async function pathShown(query: string): Promise<{ path: string; calls: BrokerCall[] }> {
    const demo = await openDemo(session, query);
    attached += 1;
    const row = await pickTextFile(demo, `sign-in-${attached}.txt`);
    if (query.includes("no-mailbox-1-8")) {
      await demo.getByRole("alertdialog").getByRole("button", { name: "Save and continue" }).click();
    }
    await row.getByTestId("file-result").waitFor();
    const path = (await demo.getByTestId("sign-in-path").textContent()) ?? "";
    const calls = await demo.outlook.evaluate(() => (window as DemoBrokerWindow).naaBrokerCalls?.() ?? null);
    await demo.close();
    return { path, calls: calls ?? [] };
  }

  it("goes through the real MSAL and the simulated Outlook's broker by default, for the meeting's scopes", async () => {
    const own = await pathShown("host=saved");
    expect(own.path).toBe("Signed in (naa-silent)");
    expect(own.calls.slice(0, 2)).toEqual([
      { method: "GetInitContext", scopes: [], outcome: "initContext" },
      // The real MSAL sends the CP1 client capability the add-in declares, as claims, to the broker.
      { method: "GetToken", scopes: OWN, outcome: "token", claims: JSON.stringify(CP1_CLAIMS) },
    ]);

    const delegate = await pathShown("host=delegate");
    expect(delegate.calls[1]).toMatchObject({ scopes: ["Calendars.ReadWrite", "Calendars.ReadWrite.Shared"] });
  });

  it("shows the host's pop-up path after consentRequired", async () => {
    await expect(pathShown("authFail=consentRequired")).resolves.toMatchObject({ path: "Signed in (naa-popup)" });
  });

  it("falls back to the dialog without NestedAppAuth 1.1 or without a bridge", async () => {
    await expect(pathShown("host=no-mailbox-1-8")).resolves.toMatchObject({ path: "Signed in (dialog)" });
    await expect(pathShown("authFail=noBridge")).resolves.toEqual({ path: "Signed in (dialog)", calls: [] });
  });

  it("keeps the demo sign-in with signIn=demo", async () => {
    await expect(pathShown("signIn=demo")).resolves.toEqual({ path: "Signed in (demo)", calls: [] });
  });
});
