/**
 * @jest-environment jsdom
 * @jest-environment-options {"url": "https://localhost:3000/taskpane.html"}
 */
import "../../support/jsdomGlobals";
import type { BridgeResponse } from "../../../dev/naa/bridgeMessages";
import { type BridgeResponseText, connectBroker, installFrameBridge } from "../../../dev/naa";
import { RELAY_CHANNEL, wrapForRelay } from "../../../dev/naa/relayChannel";
import { type WindowPair, openWindowPair } from "../../support/windowPair";

// The stand-in bridge on its own: the add-in frame (this window) relays to a broker in the parent window, over
// the browser-like postMessage of test/support/windowPair.ts.

const HOST_URL = "https://outlook.office.com/mail/";
const EVIL_ORIGIN = "https://evil.example";

let pair: WindowPair;
const cleanups: (() => void)[] = [];

beforeEach(() => {
  pair = openWindowPair(HOST_URL);
});

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  pair.close();
});

function initRequest(requestId: string): string {
  return JSON.stringify({ messageType: "NestedAppAuthRequest", method: "GetInitContext", requestId });
}

function initAnswer(requestId: string): BridgeResponse {
  return {
    messageType: "NestedAppAuthResponse",
    requestId,
    success: true,
    initContext: { sdkName: "test", sdkVersion: "1" },
  };
}

/** A broker that answers every init request and remembers which request ids it saw. */
function connect(): string[] {
  const seen: string[] = [];
  const connection = connectBroker({
    host: pair.parent,
    frame: () => pair.frame,
    frameOrigin: pair.frameOrigin,
    broker: {
      answer(request) {
        seen.push(request.requestId);
        return initAnswer(request.requestId);
      },
    },
  });
  cleanups.push(() => connection.stop());
  return seen;
}

function install() {
  const installed = installFrameBridge({ frame: pair.frame, host: pair.parent, hostOrigin: pair.parentOrigin });
  cleanups.push(() => installed.uninstall());
  const received: BridgeResponseText[] = [];
  installed.bridge.addEventListener("message", (response) => received.push(response));
  return { installed, received };
}

/** Long enough for a message to cross both ways (each hop is one task); negative checks wait this long. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 50));
}

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition() && waited < 2000; waited += 10) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("the stand-in nested app auth bridge", () => {
  it("installs window.nestedAppAuthBridge and relays a request and its answer", async () => {
    const seen = connect();
    const { installed, received } = install();
    expect((window as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge).toBe(installed.bridge);

    installed.bridge.postMessage(initRequest("r1"));
    await until(() => received.length > 0);

    expect(seen).toEqual(["r1"]);
    expect(received.map((text) => JSON.parse(typeof text === "string" ? text : text.data) as unknown)).toEqual([
      initAnswer("r1"),
    ]);
  });

  it("posts to the host's origin only: a host page on another origin never sees the request", async () => {
    const seen = connect();
    const installed = installFrameBridge({
      frame: pair.frame,
      host: pair.parent,
      hostOrigin: "https://outlook.live.com",
    });
    cleanups.push(() => installed.uninstall());

    installed.bridge.postMessage(initRequest("r1"));
    await settle();

    expect(seen).toEqual([]);
  });

  it("ignores answers from another origin or another window, and messages of other channels", async () => {
    const { received } = install();
    const answer = wrapForRelay("toFrame", JSON.stringify(initAnswer("r1")));

    pair.forge(pair.frame, answer, EVIL_ORIGIN, pair.parent);
    pair.forge(pair.frame, answer, pair.parentOrigin, null);
    pair.forge(pair.frame, { ...answer, channel: "office.js" }, pair.parentOrigin, pair.parent);
    pair.forge(pair.frame, { ...answer, direction: "toHost" }, pair.parentOrigin, pair.parent);
    await settle();
    expect(received).toEqual([]);

    pair.forge(pair.frame, answer, pair.parentOrigin, pair.parent);
    await until(() => received.length > 0);
    expect(received).toHaveLength(1);
  });

  it("makes the broker ignore requests from another origin or window, and malformed requests", async () => {
    const seen = connect();
    const request = wrapForRelay("toHost", initRequest("r1"));

    pair.forge(pair.parent, request, EVIL_ORIGIN, pair.frame);
    pair.forge(pair.parent, request, pair.frameOrigin, pair.parent);
    pair.forge(pair.parent, wrapForRelay("toHost", "not json"), pair.frameOrigin, pair.frame);
    pair.forge(
      pair.parent,
      wrapForRelay("toHost", '{"messageType":"NestedAppAuthRequest","method":"GetActiveAccount","requestId":"x"}'),
      pair.frameOrigin,
      pair.frame,
    );
    await settle();
    expect(seen).toEqual([]);

    pair.forge(pair.parent, request, pair.frameOrigin, pair.frame);
    await until(() => seen.length > 0);
    expect(seen).toEqual(["r1"]);
  });

  it("stops relaying once removed: listeners removed by MSAL or the whole bridge uninstalled", async () => {
    connect();
    const { installed, received } = install();
    const other: BridgeResponseText[] = [];
    const listener = (response: BridgeResponseText): void => void other.push(response);
    installed.bridge.addEventListener("message", listener);
    installed.bridge.removeEventListener("message", listener);

    installed.bridge.postMessage(initRequest("r1"));
    await until(() => received.length > 0);
    expect(other).toEqual([]);
    expect(received).toHaveLength(1);

    installed.uninstall();
    expect((window as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge).toBeUndefined();
    pair.forge(pair.frame, wrapForRelay("toFrame", JSON.stringify(initAnswer("r2"))), pair.parentOrigin, pair.parent);
    await settle();
    expect(received).toHaveLength(1);
  });

  it("tags every relayed message with its channel", () => {
    expect(wrapForRelay("toHost", "x")).toEqual({ channel: RELAY_CHANNEL, direction: "toHost", payload: "x" });
  });
});
