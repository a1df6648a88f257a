/**
 * @jest-environment jsdom
 * @jest-environment-options {"url": "https://localhost:3000/taskpane.html"}
 */
import "../../support/msalJsdomGlobals";
import { AuthError } from "../../../src/auth/AuthError";
import { loadMsalBrowser } from "../../../src/auth/loadMsalBrowser";
import { createOfficeTokenProvider } from "../../../src/auth/officeTokenProvider";
import type { TokenProvider } from "../../../src/auth/tokenProvider";
import type { BuildConfig } from "../../../src/config/buildConfig";
import {
  type BrokerCall,
  type BrokerConnection,
  type BrokerFailurePlan,
  type InstalledFrameBridge,
  connectBroker,
  createDemoBroker,
  installFrameBridge,
} from "../../../dev/naa";
import { DEMO_TENANT_ID } from "../../../dev/office";
import { DEMO_CLIENT_ID, DEMO_ORGANIZER, makeDemoToken, readDemoToken } from "../../../dev/shared/demoIdentity";
import { type WindowPair, openWindowPair } from "../../support/windowPair";
import { fakeOffice } from "./fakes";

// The add-in's real createOfficeTokenProvider and the real @azure/msal-browser 4.30.0 (loaded through
// loadMsalBrowser, as in production), talking through the stand-in bridge to the simulated Outlook's broker in
// another window. Only Office itself is faked (requirement sets, getAuthContext, displayDialogAsync).

const CONFIG: BuildConfig = { clientId: DEMO_CLIENT_ID, cloud: "global", tenant: "organizations" };
const DIALOG_URL = "https://localhost:3000/dialog.html";
const OWN = ["Calendars.ReadWrite"];
const SHARED = ["Calendars.ReadWrite", "Calendars.ReadWrite.Shared"];
const CLAIMS = '{"access_token":{"nbf":{"essential":true,"value":"1767225600"}}}';
/** MSAL announces the add-in's CP1 capability (continuous access evaluation) in every request's claims. */
const CP1 = '{"access_token":{"xms_cc":{"values":["CP1"]}}}';
const CLAIMS_WITH_CP1 = '{"access_token":{"nbf":{"essential":true,"value":"1767225600"},"xms_cc":{"values":["CP1"]}}}';

interface Harness {
  provider: TokenProvider;
  host: ReturnType<typeof fakeOffice>;
  calls: () => BrokerCall[];
}

let pair: WindowPair | undefined;
let bridge: InstalledFrameBridge | undefined;
let connection: BrokerConnection | undefined;

afterEach(() => {
  connection?.stop();
  bridge?.uninstall();
  pair?.close();
  connection = bridge = pair = undefined;
});

/** The add-in frame (this window) and the simulated Outlook (another window); `withBridge: false` plays a host without one. */
function start(options: { failure?: BrokerFailurePlan; withBridge?: boolean } = {}): Harness {
  pair = openWindowPair("https://outlook.office.com/mail/");
  const broker = createDemoBroker({
    user: DEMO_ORGANIZER,
    tenantId: DEMO_TENANT_ID,
    clientId: DEMO_CLIENT_ID,
    failure: options.failure ?? null,
  });
  const { parent, frame, frameOrigin, parentOrigin } = pair;
  connection = connectBroker({ host: parent, frame: () => frame, frameOrigin, broker });
  if (options.withBridge !== false) bridge = installFrameBridge({ frame, host: parent, hostOrigin: parentOrigin });
  const host = fakeOffice({
    authContext: {
      authorityType: "aad",
      userObjectId: DEMO_ORGANIZER.id,
      userPrincipalName: DEMO_ORGANIZER.upn,
      tenantId: DEMO_TENANT_ID,
      loginHint: DEMO_ORGANIZER.upn,
    },
  });
  const provider = createOfficeTokenProvider({
    office: host.office,
    loadMsal: loadMsalBrowser,
    config: CONFIG,
    dialogUrl: DIALOG_URL,
  });
  return { provider, host, calls: () => broker.calls() };
}

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AuthError) return error.reason;
    throw error;
  }
  throw new Error("expected a sign-in failure");
}

function methodsAndOutcomes(calls: BrokerCall[]): string[] {
  return calls.map((call) => `${call.method} ${call.outcome}`);
}

/** Answers the dialog fallback as dialog.html would, with a demo token for `scopes`. */
async function answerDialog(host: Harness["host"], scopes: string[]): Promise<string> {
  const dialog = await host.opened;
  const expiresOn = Date.now() + 3_600_000;
  const accessToken = makeDemoToken(DEMO_ORGANIZER, scopes, new Date(expiresOn));
  dialog.sendMessage({ type: "token", accessToken, expiresOn, account: { username: DEMO_ORGANIZER.upn } }, undefined);
  return accessToken;
}

describe("the real MSAL over the stand-in bridge", () => {
  it("gets the organizer's token silently, and serves the next call from memory", async () => {
    const { provider, calls } = start();

    const token = await provider.getToken({ scopes: OWN });

    expect(provider.lastPath).toBe("naa-silent");
    expect(calls()).toEqual([
      { method: "GetInitContext", scopes: [], outcome: "initContext" },
      { method: "GetToken", scopes: OWN, claims: CP1, outcome: "token" },
    ]);
    // The demo token format the Graph emulator reads (its acceptance is tested with the broker, test/unit/naa).
    expect(readDemoToken(token)).toMatchObject({
      oid: DEMO_ORGANIZER.id,
      upn: DEMO_ORGANIZER.upn,
      scp: "Calendars.ReadWrite",
    });

    await expect(provider.getToken({ scopes: OWN })).resolves.toBe(token);
    expect(calls()).toHaveLength(2);
  });

  it("asks for exactly the scopes requested, the shared-calendar one included", async () => {
    const { provider, calls } = start();
    const token = await provider.getToken({ scopes: SHARED });
    expect(calls()[1]).toEqual({ method: "GetToken", scopes: SHARED, claims: CP1, outcome: "token" });
    expect(readDemoToken(token)?.scp).toBe(SHARED.join(" "));
  });

  it("goes to the host's pop-up when consent is missing, then stays silent once the organizer has consented", async () => {
    const { provider, calls } = start({ failure: { failure: "consentRequired", mode: "once" } });

    await provider.getToken({ scopes: OWN });
    expect(provider.lastPath).toBe("naa-popup");
    expect(methodsAndOutcomes(calls())).toEqual([
      "GetInitContext initContext",
      "GetToken USER_INTERACTION_REQUIRED",
      "GetTokenPopup token",
    ]);

    await provider.getToken({ scopes: OWN, forceRefresh: true });
    expect(provider.lastPath).toBe("naa-silent");
    expect(calls()[3]).toMatchObject({ method: "GetToken", forceRefresh: true, outcome: "token" });
  });

  it("reports userCancelled when the organizer closes the pop-up, and signs in on Try again", async () => {
    const { provider, calls } = start({ failure: { failure: "userCancelled", mode: "once" } });

    await expect(reasonOf(provider.getToken({ scopes: OWN }))).resolves.toBe("userCancelled");
    expect(methodsAndOutcomes(calls()).slice(1)).toEqual([
      "GetToken USER_INTERACTION_REQUIRED",
      "GetTokenPopup USER_CANCEL",
    ]);

    await provider.getToken({ scopes: OWN });
    expect(provider.lastPath).toBe("naa-popup");
    expect(methodsAndOutcomes(calls()).slice(3)).toEqual(["GetToken USER_INTERACTION_REQUIRED", "GetTokenPopup token"]);
  });

  it("reports noAccount when the host has no account, silently or in the pop-up", async () => {
    const { provider, calls } = start({ failure: { failure: "noAccount", mode: "always" } });
    await expect(reasonOf(provider.getToken({ scopes: OWN }))).resolves.toBe("noAccount");
    expect(methodsAndOutcomes(calls()).slice(1)).toEqual([
      "GetToken ACCOUNT_UNAVAILABLE",
      "GetTokenPopup ACCOUNT_UNAVAILABLE",
    ]);
  });

  it.each(["untrustedOrigin", "serverError"] as const)(
    "opens the Office dialog on dialog.html after the host's %s, without a pop-up",
    async (failure) => {
      const { provider, host, calls } = start({ failure: { failure, mode: "once" } });

      const pending = provider.getToken({ scopes: OWN });
      const dialogToken = await answerDialog(host, OWN);

      await expect(pending).resolves.toBe(dialogToken);
      expect(provider.lastPath).toBe("dialog");
      expect(methodsAndOutcomes(calls()).slice(1)).toEqual(["GetToken PERSISTENT_ERROR"]);
      const url = new URL(host.dialogUrls[0] ?? "");
      expect(`${url.origin}${url.pathname}`).toBe(DIALOG_URL);
      expect(url.searchParams.get("scopes")).toBe("Calendars.ReadWrite");
    },
  );

  it("answers a transient host error with the pop-up, which succeeds", async () => {
    const { provider, calls } = start({ failure: { failure: "transientError", mode: "once" } });
    await provider.getToken({ scopes: OWN });
    expect(provider.lastPath).toBe("naa-popup");
    expect(methodsAndOutcomes(calls()).slice(1)).toEqual(["GetToken TRANSIENT_ERROR", "GetTokenPopup token"]);
  });

  it("uses the Office dialog when the host has no bridge: MSAL falls back to its standard client", async () => {
    const fetchCalls: unknown[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (...args: unknown[]) => {
      fetchCalls.push(args[0]);
      return Promise.reject(new TypeError("no network in this test"));
    };
    const open = jest.spyOn(window, "open");
    const nodesAdded: string[] = [];
    const watcher = new MutationObserver((records) => {
      for (const node of records.flatMap((record) => [...record.addedNodes])) nodesAdded.push(node.nodeName);
    });
    watcher.observe(document, { childList: true, subtree: true });
    try {
      const { provider, host, calls } = start({ withBridge: false });

      const pending = provider.getToken({ scopes: OWN });
      const dialogToken = await answerDialog(host, OWN);

      await expect(pending).resolves.toBe(dialogToken);
      expect(provider.lastPath).toBe("dialog");
      expect(calls()).toEqual([]);
      expect(host.dialogUrls).toHaveLength(1);
      // The standard client was created and then left alone: no hidden iframe, no browser pop-up, no request.
      expect(nodesAdded).toEqual([]);
      expect(open).not.toHaveBeenCalled();
      expect(fetchCalls).toEqual([]);
    } finally {
      watcher.disconnect();
      open.mockRestore();
      globalThis.fetch = realFetch;
    }
  });

  it("passes a claims challenge to the host, bypassing both caches, with the account MSAL now knows", async () => {
    const { provider, calls } = start();
    await provider.getToken({ scopes: OWN });

    await provider.getToken({ scopes: OWN, claims: CLAIMS });

    const homeAccountId = `${DEMO_ORGANIZER.id}.${DEMO_TENANT_ID}`;
    expect(calls().slice(1)).toEqual([
      // The first request has no account (ssoSilent, the host's own); the second names the one MSAL cached.
      { method: "GetToken", scopes: OWN, claims: CP1, outcome: "token" },
      {
        method: "GetToken",
        scopes: OWN,
        claims: CLAIMS_WITH_CP1,
        account: homeAccountId,
        forceRefresh: false,
        outcome: "token",
      },
    ]);
  });

  it("sends forceRefresh to the host instead of answering from MSAL's cache", async () => {
    const { provider, calls } = start();
    await provider.getToken({ scopes: OWN });

    await provider.getToken({ scopes: OWN, forceRefresh: true });

    expect(calls().map((call) => [call.method, call.forceRefresh])).toEqual([
      ["GetInitContext", undefined],
      ["GetToken", undefined],
      ["GetToken", true],
    ]);
  });

  it("puts no token on the console on any path", async () => {
    const printed: unknown[] = [];
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((method) =>
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void printed.push(...args)),
    );
    try {
      const { provider } = start({ failure: { failure: "consentRequired", mode: "once" } });
      const token = await provider.getToken({ scopes: OWN });
      const refreshed = await provider.getToken({ scopes: OWN, forceRefresh: true });
      const text = printed.map((entry) => (entry instanceof Error ? entry.message : String(entry))).join("\n");
      expect(text).not.toContain(token);
      expect(text).not.toContain(refreshed);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
