/**
 * @jest-environment jsdom
 * @jest-environment-options {"url": "https://localhost:3000/demo-taskpane.html"}
 */
import "../../support/jsdomGlobals";
import { createExternalStandIn, type NativeExternal } from "../../../dev/outlook-win32/externalStandIn";
import {
  outlookWin32Fragment,
  readWin32FrameContext,
  type NativeContextValues,
  type Win32FrameContext,
} from "../../../dev/outlook-win32/frameContext";
import { namesOutlookWin32, outlookWin32FrameUrl } from "../../../dev/outlook-win32/frameUrl";
import { createNativeEndpoint, type NativeEndpoint } from "../../../dev/outlook-win32/nativeEndpoint";
import { NATIVE_CHANNEL } from "../../../dev/outlook-win32/nativeMessages";
import type { NativeSafeArray } from "../../../dev/outlook-win32/safeArray";
import { openWindowPair, type WindowPair } from "../../support/windowPair";

// The frame's stand-in window.external (this window) and the simulated Outlook's endpoint (the parent window),
// over the browser-like postMessage of test/support/windowPair.ts.

const HOST_URL = "https://localhost:3001/demo.html";
const EVIL_ORIGIN = "https://evil.example";

const CONTEXT: NativeContextValues = {
  appType: 8,
  solutionRef: "addin-id",
  appVersionMajor: 16,
  appVersionMinor: 0,
  uiLocale: "fr-FR",
  dataLocale: "fr-FR",
  docUrl: "",
  appCapabilities: 1,
  activationMode: 0,
  controlIntegrationLevel: 1,
  solutionToken: "",
  correlationId: "correlation",
  instanceId: "addin-id",
  supportedMatrix: '{"Mailbox":"1.14"}',
  hostFullVersion: "16.0.18827.20128",
  officeTheme: '{"bodyBackgroundColor":16777215}',
};

let pair: WindowPair;
let endpoint: NativeEndpoint;
let external: NativeExternal;
let executed: { dispId: number; params: readonly unknown[] | null }[];

function frameContext(sessionId = "session-1"): Win32FrameContext {
  return { sessionId, hostOrigin: pair.parentOrigin, context: CONTEXT };
}

beforeEach(() => {
  pair = openWindowPair(HOST_URL);
  executed = [];
  endpoint = createNativeEndpoint(pair.parent, {
    frameWindow: () => pair.frame,
    addinOrigin: pair.frameOrigin,
    sessionId: "session-1",
    execute: (dispId, params) => {
      executed.push({ dispId, params });
      if (dispId === 666) throw new Error("host broke");
      return { values: [JSON.stringify({ data: `answer ${dispId}` }), 0], resultCode: 0 };
    },
  });
  external = createExternalStandIn({ frame: pair.frame, host: pair.parent }, frameContext());
});

afterEach(() => {
  endpoint.close();
  pair.close();
});

const execute = (dispId: number, params: readonly unknown[] | null) =>
  new Promise<{ values: unknown[]; resultCode: number }>((resolve) =>
    external.Execute(dispId, params, (result, resultCode) => resolve({ values: result.toArray(), resultCode })),
  );

describe("GetContext", () => {
  it("answers synchronously from the context the simulated Outlook left in the frame's address", () => {
    const context = external.GetContext();
    expect(context.GetAppType()).toBe(8);
    expect(context.GetSolutionRef()).toBe("addin-id");
    expect(context.GetAppUILocale()).toBe("fr-FR");
    expect(context.GetSupportedMatrix()).toBe('{"Mailbox":"1.14"}');
    expect(context.GetHostFullVersion()).toBe("16.0.18827.20128");
    expect(external.GetContext()).toBe(context);
  });

  it("keeps the add-in's settings in the frame", () => {
    const settings = external.GetContext().GetSettings();
    settings.Write(["a"], ['"1"']);
    const keys: string[] = [];
    const values: string[] = [];
    settings.Read(keys, values);
    expect([keys, values]).toEqual([["a"], ['"1"']]);
  });
});

describe("Execute", () => {
  it("goes to the simulated Outlook and calls back with a SafeArray and the result code", async () => {
    expect(await execute(24, [1])).toEqual({ values: ['{"data":"answer 24"}', 0], resultCode: 0 });
    expect(executed).toEqual([{ dispId: 24, params: [1] }]);
  });

  it("a host failure reaches office.js as an internal error", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    expect(await execute(666, null)).toEqual({ values: [5001], resultCode: -2 });
    jest.restoreAllMocks();
  });

  it("the endpoint ignores calls from another origin or another session", async () => {
    const call = { channel: NATIVE_CHANNEL, sessionId: "session-1", kind: "execute", callId: 99, dispId: 18 };
    pair.forge(pair.parent, call, EVIL_ORIGIN, pair.frame);
    pair.forge(pair.parent, { ...call, sessionId: "other" }, pair.frameOrigin, pair.frame);
    await execute(26, null);
    expect(executed.map((entry) => entry.dispId)).toEqual([26]);
  });

  it("the stand-in ignores answers from another origin", async () => {
    const answered = jest.fn();
    external.Execute(18, null, answered);
    const forged = { channel: NATIVE_CHANNEL, sessionId: "session-1", kind: "result", callId: 1, values: ["{}", 1] };
    pair.forge(pair.frame, forged, EVIL_ORIGIN, pair.parent);
    await execute(26, null);
    expect(answered).toHaveBeenCalledTimes(1);
    const [result] = answered.mock.calls[0] as [NativeSafeArray];
    expect(result.toArray()).toEqual(['{"data":"answer 18"}', 0]);
  });
});

describe("events", () => {
  it("registration reports success, then the host's events reach the handler as SafeArrays", async () => {
    const payloads: unknown[][] = [];
    const status = await new Promise<unknown[]>((resolve) =>
      external.RegisterEvent(
        9,
        "",
        (_dispId, payload) => payloads.push(payload.toArray()),
        (result) => resolve(result.toArray()),
      ),
    );
    expect(status).toEqual([0]);
    expect(endpoint.registeredEvents()).toEqual([9]);
    expect(endpoint.fireEvent(9, ['{"bodyBackgroundColor":0}'])).toBe(true);
    expect(endpoint.fireEvent(46, ["{}"])).toBe(false);
    await execute(18, null);
    expect(payloads).toEqual([['{"bodyBackgroundColor":0}']]);
  });

  it("a new theme is what GetOfficeThemeInfo reports next", async () => {
    endpoint.setOfficeTheme('{"bodyBackgroundColor":2697513}');
    await execute(18, null);
    expect(external.GetContext().GetOfficeThemeInfo()).toBe('{"bodyBackgroundColor":2697513}');
  });
});

describe("the frame's address", () => {
  it("carries _host_Info for Win32 and the native context in its fragment", () => {
    const url = outlookWin32FrameUrl("https://localhost:3000/demo-taskpane.html?graph=x", "fr-FR", frameContext());
    const { search, hash } = new URL(url);
    expect(search).toBe("?graph=x&_host_Info=Outlook$Win32$16.02$fr-FR$$$$0");
    expect(namesOutlookWin32(search)).toBe(true);
    expect(readWin32FrameContext(hash)).toEqual(frameContext());
  });

  it("names no Win32 host for Outlook on the web, and no context without the fragment", () => {
    expect(namesOutlookWin32("?_host_Info=Outlook$Web$16.01$en-US$$$$0")).toBe(false);
    expect(readWin32FrameContext("#&_xdm_Info=a$b$c")).toBeNull();
    expect(readWin32FrameContext(outlookWin32Fragment(frameContext()).replace("appType", "other"))).toBeNull();
  });
});
