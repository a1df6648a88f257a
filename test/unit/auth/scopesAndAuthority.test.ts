import { authorityFor, msalConfigurationFor, tenantAcceptsPersonalAccounts } from "../../../src/auth/msalConfiguration";
import { graphScopesFor, qualifyGraphScope, scopeKey } from "../../../src/auth/scopes";
import type { BuildConfig } from "../../../src/config/buildConfig";
import { AuthError } from "../../../src/auth/AuthError";

function reasonThrownBy(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof AuthError) return error.reason;
    throw error;
  }
  throw new Error("expected a failure");
}

describe("graphScopesFor", () => {
  it("asks only for Calendars.ReadWrite for the organizer's own calendar", () => {
    expect(graphScopesFor({ sharedCalendar: false, cloud: "global" })).toEqual(["Calendars.ReadWrite"]);
  });

  it("widens to Calendars.ReadWrite.Shared only for someone else's calendar", () => {
    expect(graphScopesFor({ sharedCalendar: true, cloud: "global" })).toEqual([
      "Calendars.ReadWrite",
      "Calendars.ReadWrite.Shared",
    ]);
  });

  it.each([
    ["usGovL4", "https://graph.microsoft.us"],
    ["usGovL5DoD", "https://dod-graph.microsoft.us"],
    ["china", "https://microsoftgraph.chinacloudapi.cn"],
  ] as const)("qualifies scopes with the %s Graph root", (cloud, root) => {
    expect(graphScopesFor({ sharedCalendar: true, cloud })).toEqual([
      `${root}/Calendars.ReadWrite`,
      `${root}/Calendars.ReadWrite.Shared`,
    ]);
    expect(qualifyGraphScope("Calendars.ReadWrite", cloud)).toBe(`${root}/Calendars.ReadWrite`);
  });

  it("keys scope sets regardless of order, case and repeats", () => {
    expect(scopeKey(["B", "a", " b "])).toBe(scopeKey(["A", "b"]));
    expect(scopeKey(["a"])).not.toBe(scopeKey(["a", "b"]));
  });
});

describe("authority", () => {
  const base: BuildConfig = { clientId: "id", cloud: "global", tenant: "organizations" };

  it.each([
    ["global", "https://login.microsoftonline.com/organizations"],
    ["usGovL4", "https://login.microsoftonline.us/organizations"],
    ["usGovL5DoD", "https://login.microsoftonline.us/organizations"],
    ["china", "https://login.partner.microsoftonline.cn/organizations"],
  ] as const)("follows the %s cloud", (cloud, authority) => {
    expect(authorityFor({ ...base, cloud })).toBe(authority);
  });

  it("uses the configured tenant, and organizations when it is empty", () => {
    expect(authorityFor({ ...base, tenant: "72f988bf-86f1-41af-91ab-2d7cd011db47" })).toBe(
      "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47",
    );
    expect(authorityFor({ ...base, tenant: "" })).toBe("https://login.microsoftonline.com/organizations");
  });

  it("refuses a tenant that is not a tenant id, domain or audience", () => {
    expect(reasonThrownBy(() => authorityFor({ ...base, tenant: "evil.example/?x=1" }))).toBe("notConfigured");
  });

  it("builds the MSAL configuration, and refuses an empty client id", () => {
    expect(
      msalConfigurationFor(base, {
        redirectUri: "https://localhost:3000/dialog.html",
        cacheLocation: "sessionStorage",
      }),
    ).toEqual({
      auth: {
        clientId: "id",
        authority: "https://login.microsoftonline.com/organizations",
        redirectUri: "https://localhost:3000/dialog.html",
        clientCapabilities: ["CP1"],
      },
      cache: { cacheLocation: "sessionStorage" },
    });
    expect(
      reasonThrownBy(() =>
        msalConfigurationFor({ ...base, clientId: "" }, { redirectUri: "x", cacheLocation: "memoryStorage" }),
      ),
    ).toBe("notConfigured");
  });

  it("knows which audiences accept personal accounts", () => {
    expect(tenantAcceptsPersonalAccounts({ ...base, tenant: "common" })).toBe(true);
    expect(tenantAcceptsPersonalAccounts({ ...base, tenant: "Consumers" })).toBe(true);
    expect(tenantAcceptsPersonalAccounts({ ...base, tenant: "9188040d-6c67-4c5b-b112-36a304b66dad" })).toBe(true);
    expect(tenantAcceptsPersonalAccounts(base)).toBe(false);
    expect(tenantAcceptsPersonalAccounts({ ...base, tenant: "contoso.com" })).toBe(false);
  });
});
