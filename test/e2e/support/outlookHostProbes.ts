import type { Page } from "playwright-core";

/**
 * Where office.js stops and waits for its Outlook host, one probe per platform. Each loads an add-in page the way
 * that Outlook does (`?_host_Info=…`, the exact form office.js parses in `_retrieveHostInfo`), plays the host only
 * as far as office.js's first request to it, and records that request. None answers it: office.js then waits, as
 * it would for a host that is slow to reply, and nothing of the add-in's own Office code runs.
 *
 * - Outlook on the web frames the add-in and talks to it with postMessage. office.js connects to `window.parent`
 *   (the origin in `_xdm_Info`), and its first message is the `ContextActivationManager_getAppContextAsync` call.
 *   The parent is served at https://outlook.office.com, an origin outlook-web-16.01.js trusts by name; any other
 *   parent would make it open its trust prompt from the Office CDN first.
 * - Classic Outlook on Windows (outlook-win32-16.02.js) asks `window.external.GetContext()` synchronously.
 * - Outlook on Mac (outlook-mac-16.00.js) in its WKWebView posts a `GetContext` message (method id 5) to
 *   `window.webkit.messageHandlers.Agave`. Without that handler it would fall back to `window.external`, as on
 *   Windows, so the probe provides it to take the path the real host does.
 */
export interface OutlookHostProbe {
  readonly name: string;
  /**
   * Opens `pageUrl` (which must carry no query or hash) in `page` as this host would, with `_host_Info` for this
   * platform; a dialog's has "isDialog" in its sixth field.
   */
  open(page: Page, pageUrl: string, options: { dialog: boolean }): Promise<void>;
  /** What the host heard from office.js, oldest first. */
  readonly heard: readonly string[];
  /** True once office.js has made its first request to the host. */
  asked(): boolean;
}

const HEARD = "__outlookHostHeard";
const OUTLOOK_WEB_ORIGIN = "https://outlook.office.com";
const OUTLOOK_WEB_PAGE = `${OUTLOOK_WEB_ORIGIN}/mail/`;

function hostInfo(platform: string, version: string, dialog: boolean): string {
  // type $ platform $ version $ locale $ correlation id $ isDialog $ disableLogging $ flags
  return ["Outlook", platform, version, "en-US", "", dialog ? "isDialog" : "", "", "0"].join("$");
}

function withHostInfo(pageUrl: string, info: string): string {
  return `${pageUrl}?_host_Info=${encodeURIComponent(info)}`;
}

async function listen(page: Page, heard: string[]): Promise<void> {
  await page.exposeBinding(HEARD, (_source, text: string) => {
    heard.push(text);
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/** Outlook on the web: a parent page on outlook.office.com that frames the add-in and listens. */
export function outlookWebProbe(): OutlookHostProbe {
  const heard: string[] = [];
  return {
    name: "Outlook on the web 16.01",
    heard,
    asked: () => heard.some((text) => text.includes("ContextActivationManager_getAppContextAsync")),
    async open(page, pageUrl, { dialog }) {
      await listen(page, heard);
      // _xdm_Info: conversation id | add-in instance id | host origin; office.js looks in the fragment first.
      const xdmInfo = `conversation-1|addin-instance-1|${OUTLOOK_WEB_ORIGIN}`;
      const frameUrl = `${withHostInfo(pageUrl, hostInfo("Web", "16.01", dialog))}#&_xdm_Info=${xdmInfo}`;
      const addinOrigin = new URL(pageUrl).origin;
      const parentHtml = `<!doctype html><html><head><script>
        window.addEventListener("message", function (event) {
          if (event.origin !== ${JSON.stringify(addinOrigin)}) return;
          window.${HEARD}(typeof event.data === "string" ? event.data : JSON.stringify(event.data));
        });
      </script></head><body><iframe id="addin" src="${escapeHtml(frameUrl)}"></iframe></body></html>`;
      await page.route(OUTLOOK_WEB_PAGE, (route) =>
        route.fulfill({ status: 200, contentType: "text/html", body: parentHtml }),
      );
      await page.goto(OUTLOOK_WEB_PAGE);
    },
  };
}

/** Classic Outlook on Windows: `window.external` records the `GetContext()` call and answers nothing. */
export function outlookWindowsProbe(): OutlookHostProbe {
  const heard: string[] = [];
  return {
    name: "Outlook on Windows 16.02",
    heard,
    asked: () => heard.includes("window.external.GetContext()"),
    async open(page, pageUrl, { dialog }) {
      await listen(page, heard);
      await page.addInitScript((name) => {
        const report = (text: string): void =>
          (window as unknown as Record<string, (text: string) => void>)[name]?.(text);
        const external = {
          GetContext(): never {
            report("window.external.GetContext()");
            // office.js catches this and stops, as in a page outside Office: nothing more is asked.
            throw new Error("This test host gives no context.");
          },
        };
        Object.defineProperty(window, "external", { value: external, configurable: true, writable: true });
      }, HEARD);
      await page.goto(withHostInfo(pageUrl, hostInfo("Win32", "16.02", dialog)));
    },
  };
}

/** Outlook on Mac: a WKWebView message handler named Agave that records what it is sent. */
export function outlookMacProbe(): OutlookHostProbe {
  const heard: string[] = [];
  return {
    name: "Outlook on Mac 16.00",
    heard,
    asked: () =>
      heard.some((text) => {
        try {
          return (JSON.parse(text) as { methodId?: unknown }).methodId === 5;
        } catch {
          return false;
        }
      }),
    async open(page, pageUrl, { dialog }) {
      await listen(page, heard);
      await page.addInitScript((name) => {
        const report = (text: string): void =>
          (window as unknown as Record<string, (text: string) => void>)[name]?.(text);
        const handler = { postMessage: (message: unknown): void => report(String(message)) };
        Object.defineProperty(window, "webkit", { value: { messageHandlers: { Agave: handler } }, configurable: true });
      }, HEARD);
      await page.goto(withHostInfo(pageUrl, hostInfo("Mac", "16.00", dialog)));
    },
  };
}
