/**
 * The Content-Security-Policy proposed for taskpane.html and dialog.html, and the facts about office.js it relies
 * on (read from the copy in node_modules, so an office.js update that starts using eval, or loads MicrosoftAjax
 * from elsewhere, fails here).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { CLOUDS, type CloudName } from "../../../src/config/clouds";
import {
  contentSecurityPolicy,
  MICROSOFT_AJAX_MIRROR_URL,
  MICROSOFT_AJAX_URL,
  OFFICE_CDN,
  UPLOAD_SESSION_HOSTS,
  DRIVE_UPLOAD_HOSTS,
} from "../../../src/taskpane/csp";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name = "", ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const CLOUD_NAMES = Object.keys(CLOUDS) as CloudName[];

describe("contentSecurityPolicy", () => {
  it.each(CLOUD_NAMES)(
    "%s: no eval, no inline script, only self, the Office CDN, MicrosoftAjax, Graph, sign-in and uploads",
    (cloud) => {
      const policy = directives(contentSecurityPolicy({ cloud }));
      expect(policy.get("default-src")).toEqual(["'self'"]);
      expect(policy.get("script-src")).toEqual(["'self'", OFFICE_CDN, MICROSOFT_AJAX_URL, MICROSOFT_AJAX_MIRROR_URL]);
      expect(policy.get("connect-src")).toEqual([
        "'self'",
        CLOUDS[cloud].graph,
        CLOUDS[cloud].login,
        ...UPLOAD_SESSION_HOSTS[cloud],
        ...DRIVE_UPLOAD_HOSTS[cloud],
      ]);
      expect(policy.get("frame-src")).toEqual([CLOUDS[cloud].login, OFFICE_CDN]);
      // Workers only from the add-in's own files (the locale-data warm-up).
      expect(policy.get("worker-src")).toEqual(["'self'"]);
      expect(policy.get("object-src")).toEqual(["'none'"]);
      const text = contentSecurityPolicy({ cloud });
      expect(text).not.toContain("unsafe-eval");
      expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
      // The one wildcard: the cloud's SharePoint domain, where each tenant's OneDrive has its own host.
      expect(DRIVE_UPLOAD_HOSTS[cloud]).toHaveLength(1);
      expect(DRIVE_UPLOAD_HOSTS[cloud][0]).toMatch(/^https:\/\/\*\.sharepoint(-mil)?\.(com|us|cn)$/);
      expect(text.replace(DRIVE_UPLOAD_HOSTS[cloud][0] ?? "", "")).not.toMatch(/\*|http:/);
    },
  );

  it("no other cloud's hosts leak into a policy", () => {
    const usGov = contentSecurityPolicy({ cloud: "usGovL4" });
    expect(usGov).not.toContain("graph.microsoft.com");
    expect(usGov).not.toContain("outlook.office");
    expect(contentSecurityPolicy({ cloud: "global" })).not.toContain("microsoft.us");
  });

  it("a Graph base URL replaces the cloud's Graph root by its origin (the emulator may be plain http on loopback)", () => {
    const policy = directives(contentSecurityPolicy({ cloud: "global", graphBaseUrl: "http://localhost:3001/graph" }));
    expect(policy.get("connect-src")).toContain("http://localhost:3001");
    expect(policy.get("connect-src")).not.toContain("https://graph.microsoft.com");
    expect(() => contentSecurityPolicy({ cloud: "global", graphBaseUrl: "http://graph.contoso.com" })).toThrow(
      RangeError,
    );
  });

  it("allows MicrosoftAjax.js by its full path only, over https only", () => {
    for (const url of [MICROSOFT_AJAX_URL, MICROSOFT_AJAX_MIRROR_URL]) {
      expect(new URL(url).protocol).toBe("https:");
      expect(new URL(url).pathname).toBe("/ajax/3.5/MicrosoftAjax.js");
    }
    const scriptSources = directives(contentSecurityPolicy({ cloud: "global" })).get("script-src") ?? [];
    expect(scriptSources.filter((source) => /aspnetcdn|asp\.net/.test(source))).toEqual([
      MICROSOFT_AJAX_URL,
      MICROSOFT_AJAX_MIRROR_URL,
    ]);
  });

  it("is one line a meta tag can carry", () => {
    expect(contentSecurityPolicy({ cloud: "china" })).toMatch(/^[^"<>\n]+$/);
  });
});

describe("what the policy relies on in office.js and the Outlook host scripts", () => {
  const dist = path.resolve(__dirname, "../../../node_modules/@microsoft/office-js/dist");
  // The loader, the Outlook host scripts it picks from, and the telemetry it loads.
  const files = [
    "office.js",
    "outlook-web-16.01.js",
    "outlook-win32-16.02.js",
    "outlook-mac-16.00.js",
    "outlook-ios-16.00.js",
    "outlook-android-16.00.js",
    "telemetry/oteljs_agave.js",
  ];

  it.each(files)("%s uses neither eval nor the Function constructor nor string timers", (file) => {
    const text = readFileSync(path.join(dist, file), "utf8");
    expect(text).not.toMatch(/\beval\s*\(/);
    expect(text).not.toMatch(/new\s+Function\s*\(/);
    expect(text).not.toMatch(/(?<![\w.])Function\s*\(/);
    expect(text).not.toMatch(/set(Timeout|Interval)\s*\(\s*["'`]/);
  });

  it("Outlook on the web's script sets one inline event handler, on a path Chromium never takes", () => {
    // The Internet Explorer cross-zone notice: its "configure" link has an onclick attribute, which this policy
    // blocks (the link then does nothing). Inline styles it sets go through the CSSOM, which CSP does not govern.
    const text = readFileSync(path.join(dist, "outlook-web-16.01.js"), "utf8");
    const handlers = text.match(/setAttribute\("on\w+"/g) ?? [];
    expect(handlers).toEqual(['setAttribute("onclick"']);
    expect(text).toContain("L_NewWindowCrossZoneConfigureBrowserLink");
  });

  it("office.js loads scripts only from its own folder: its own MicrosoftAjax load is switched off", () => {
    const text = readFileSync(path.join(dist, "office.js"), "utf8");
    // Inside _OfficeAppFactory, `e` is false and `B=e` guards office.js's only aspnetcdn load.
    expect(text).toMatch(
      /_OfficeAppFactory=function\(\)\{var [^;]*\be=false[^;]*;[^]*?,B=e;[^]*?if\(B&&!n\(\)\)\{var C=[^;]*ajax\.aspnetcdn\.com/,
    );
    expect(text.match(/ajax\.aspnetcdn\.com/g)).toHaveLength(1);
  });

  it.each(["outlook-web-16.01.js", "outlook-win32-16.02.js", "outlook-mac-16.00.js"])(
    "%s loads MicrosoftAjax.js from exactly the URL the policy allows",
    (file) => {
      const text = readFileSync(path.join(dist, file), "utf8");
      // The scheme follows the page's: "https:" + "//ajax.aspnetcdn.com/…" on an https page.
      const loads = text.match(/["'][^"']*\/\/ajax\.aspnetcdn\.com[^"']*["']/g) ?? [];
      expect(loads).toEqual(['"//ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js"']);
      expect(`https:${loads[0]?.slice(1, -1)}`).toBe(MICROSOFT_AJAX_URL);
      expect(text).toContain("Not able to load MicrosoftAjax.js.");
    },
  );
});
