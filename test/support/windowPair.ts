import { JSDOM } from "jsdom";
import { deserialize, serialize } from "node:v8";

/**
 * A parent page and the add-in's frame as two jsdom windows with distinct origins, posting to each other as
 * browsers do.
 *
 * jsdom can frame, but its `postMessage` sets neither `origin` nor `source` and drops every message whose
 * target origin is not the window's own, so origin checks could not be tested with it. Here the frame is the
 * test's own jsdom window (where MSAL runs: it reads the global `window`), the parent a second jsdom window on
 * another origin, and each window's `postMessage` is replaced by the browser's algorithm for two windows: the
 * message is dropped unless the target origin is `*` or the window's origin, then delivered in a later task as
 * a MessageEvent carrying a structured clone of the data, the other window as `source` and its origin.
 * The end-to-end test (test/e2e/nestedAppAuth.e2e.ts) runs the same code on Chromium's real postMessage.
 */
export interface WindowPair {
  parent: Window;
  frame: Window;
  parentOrigin: string;
  frameOrigin: string;
  /** Delivers a message to `target` as if a third window on `origin` had posted it. */
  forge(target: Window, data: unknown, origin: string, source: Window | null): void;
  close(): void;
}

type PostMessage = (message: unknown, targetOrigin?: string | WindowPostMessageOptions) => void;

function deliverLater(target: Window, data: unknown, origin: string, source: Window | null): void {
  // Each window's own MessageEvent, as a browser creates the event in the receiving realm.
  const { MessageEvent: TargetMessageEvent } = target as Window & { MessageEvent: typeof MessageEvent };
  // jsdom has no structuredClone; V8's serializer implements the same algorithm.
  const copy: unknown = deserialize(serialize(data));
  setTimeout(() => target.dispatchEvent(new TargetMessageEvent("message", { data: copy, origin, source })), 0);
}

function acceptFrom(target: Window, sender: Window): PostMessage {
  return (message, options) => {
    const targetOrigin = (typeof options === "string" ? options : options?.targetOrigin) ?? "/";
    const allowed = targetOrigin === "*" || targetOrigin === target.location.origin;
    // "/" means the sender's own origin.
    const sameAsSender = targetOrigin === "/" && sender.location.origin === target.location.origin;
    if (allowed || sameAsSender) deliverLater(target, message, sender.location.origin, sender);
  };
}

/** Opens the parent page at `parentUrl`; the frame is the test's global window (its URL comes from the docblock). */
export function openWindowPair(parentUrl: string): WindowPair {
  const dom = new JSDOM("<!doctype html><title>Outlook</title>", { url: parentUrl });
  const parent = dom.window as unknown as Window;
  const frame = window;
  const originalFramePostMessage = frame.postMessage.bind(frame);
  parent.postMessage = acceptFrom(parent, frame);
  frame.postMessage = acceptFrom(frame, parent);
  return {
    parent,
    frame,
    parentOrigin: parent.location.origin,
    frameOrigin: frame.location.origin,
    forge: deliverLater,
    close() {
      frame.postMessage = originalFramePostMessage;
      dom.window.close();
    },
  };
}
