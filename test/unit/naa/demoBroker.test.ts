import { audienceSet, authenticate } from "../../../dev/graph/auth";
import type { BridgeMethod, BridgeRequest, BridgeResponse } from "../../../dev/naa/bridgeMessages";
import { brokerFailureFromQuery, createDemoBroker, type BrokerFailurePlan } from "../../../dev/naa";
import { declinedConsentFromQuery } from "../../../dev/naa/brokerFailures";
import { DEMO_CLIENT_ID, DEMO_ORGANIZER } from "../../../dev/shared/demoIdentity";

const TENANT = "5f1c2b9e-7d4a-4e36-9b0f-3a8c6d2e1f47";
const NOW = Date.UTC(2026, 0, 5, 9, 0, 0);
let nextId = 0;

function request(method: BridgeMethod, scope = "Calendars.ReadWrite", extra: object = {}): BridgeRequest {
  nextId += 1;
  const base: BridgeRequest = { messageType: "NestedAppAuthRequest", method, requestId: `r${nextId}` };
  if (method === "GetInitContext") return base;
  return { ...base, tokenParams: { clientId: DEMO_CLIENT_ID, scope, correlationId: "c", ...extra } };
}

function broker(failure: BrokerFailurePlan | null = null) {
  return createDemoBroker({
    user: DEMO_ORGANIZER,
    tenantId: TENANT,
    clientId: DEMO_CLIENT_ID,
    failure,
    now: () => NOW,
  });
}

function outcome(response: BridgeResponse): string {
  if (!response.success) return response.error.status;
  return "token" in response ? "token" : "initContext";
}

function tokenOf(response: BridgeResponse): { access: string; id: string } {
  if (!response.success || !("token" in response)) throw new Error("expected a token answer");
  return { access: response.token.access_token, id: response.token.id_token };
}

function claimsOf(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8")) as Record<string, unknown>;
}

describe("the simulated Outlook's broker", () => {
  it("issues a token the Graph emulator accepts for the organizer, with the permissions asked for", () => {
    const response = broker().answer(request("GetToken", "https://graph.microsoft.com/Calendars.ReadWrite openid"));
    const caller = authenticate(`Bearer ${tokenOf(response).access}`, {
      now: () => new Date(NOW),
      isRevoked: () => false,
      audiences: audienceSet([]),
    });
    expect(caller).toEqual({
      oid: DEMO_ORGANIZER.id,
      upn: DEMO_ORGANIZER.upn,
      scopes: new Set(["calendars.readwrite"]),
    });
  });

  it("answers with the account, ID token and lifetime MSAL needs, for the request's id", () => {
    const sent = request("GetToken");
    const response = broker().answer(sent);
    expect(response).toMatchObject({
      messageType: "NestedAppAuthResponse",
      requestId: sent.requestId,
      success: true,
      token: { expires_in: 3600, scope: "Calendars.ReadWrite", properties: null },
      account: {
        homeAccountId: `${DEMO_ORGANIZER.id}.${TENANT}`,
        environment: "login.microsoftonline.com",
        tenantId: TENANT,
        username: DEMO_ORGANIZER.upn,
        localAccountId: DEMO_ORGANIZER.id,
        name: DEMO_ORGANIZER.displayName,
      },
    });
    expect(claimsOf(tokenOf(response).id)).toMatchObject({
      aud: DEMO_CLIENT_ID,
      oid: DEMO_ORGANIZER.id,
      tid: TENANT,
      preferred_username: DEMO_ORGANIZER.upn,
      exp: NOW / 1000 + 3600,
    });
  });

  it("gives the signed-in account in the init context, except when no one is signed in", () => {
    const signedIn = broker().answer(request("GetInitContext"));
    expect(signedIn).toMatchObject({
      success: true,
      initContext: { accountContext: { homeAccountId: `${DEMO_ORGANIZER.id}.${TENANT}`, tenantId: TENANT } },
    });
    const nobody = broker({ failure: "noAccount", mode: "once" }).answer(request("GetInitContext"));
    expect(nobody).toMatchObject({ success: true, initContext: { sdkName: "simulated-outlook" } });
    expect(JSON.stringify(nobody)).not.toContain("accountContext");
  });

  it("refuses another application's client id", () => {
    const response = broker().answer({
      ...request("GetToken"),
      tokenParams: { clientId: "another-app", scope: "Calendars.ReadWrite", correlationId: "c" },
    });
    expect(response).toMatchObject({ success: false, error: { status: "PERSISTENT_ERROR", code: "invalid_client" } });
  });

  it.each<[BrokerFailurePlan, BridgeMethod[], string[]]>([
    [
      { failure: "consentRequired", mode: "once" },
      ["GetToken", "GetTokenPopup", "GetToken"],
      ["USER_INTERACTION_REQUIRED", "token", "token"],
    ],
    [
      { failure: "consentRequired", mode: "always" },
      ["GetToken", "GetTokenPopup", "GetToken"],
      ["USER_INTERACTION_REQUIRED", "token", "USER_INTERACTION_REQUIRED"],
    ],
    [
      { failure: "userCancelled", mode: "once" },
      ["GetToken", "GetTokenPopup", "GetToken", "GetTokenPopup", "GetToken"],
      ["USER_INTERACTION_REQUIRED", "USER_CANCEL", "USER_INTERACTION_REQUIRED", "token", "token"],
    ],
    [{ failure: "userCancelled", mode: "always" }, ["GetTokenPopup", "GetTokenPopup"], ["USER_CANCEL", "USER_CANCEL"]],
    [{ failure: "noAccount", mode: "once" }, ["GetToken", "GetTokenPopup"], ["ACCOUNT_UNAVAILABLE", "token"]],
    [
      { failure: "noAccount", mode: "always" },
      ["GetToken", "GetTokenPopup"],
      ["ACCOUNT_UNAVAILABLE", "ACCOUNT_UNAVAILABLE"],
    ],
    [{ failure: "transientError", mode: "once" }, ["GetToken", "GetToken"], ["TRANSIENT_ERROR", "token"]],
    [
      { failure: "serverError", mode: "always" },
      ["GetToken", "GetTokenPopup"],
      ["PERSISTENT_ERROR", "PERSISTENT_ERROR"],
    ],
    [{ failure: "untrustedOrigin", mode: "once" }, ["GetToken", "GetToken"], ["PERSISTENT_ERROR", "token"]],
    [{ failure: "noBridge", mode: "always" }, ["GetToken"], ["token"]],
  ])("plays %j", (plan, methods, outcomes) => {
    const host = broker(plan);
    expect(methods.map((method) => outcome(host.answer(request(method))))).toEqual(outcomes);
  });

  it("gives each failure the code and text hosts give", () => {
    const answer = (plan: BrokerFailurePlan) => broker(plan).answer(request("GetToken"));
    expect(answer({ failure: "untrustedOrigin", mode: "once" })).toMatchObject({
      error: { code: "untrusted_origin", description: "The origin is not valid for Nested App Auth." },
    });
    expect(answer({ failure: "serverError", mode: "once" })).toEqual(
      expect.objectContaining({ error: { status: "PERSISTENT_ERROR" } }),
    );
    expect(answer({ failure: "consentRequired", mode: "once" })).toMatchObject({
      error: { code: "invalid_grant", description: expect.stringMatching(/^AADSTS65001:/) as unknown },
    });
  });

  it("logs methods, scopes, claims, forceRefresh and the account named, never a token", () => {
    const host = broker();
    const responses = [
      host.answer(request("GetInitContext")),
      host.answer(request("GetToken", "Calendars.ReadWrite Calendars.ReadWrite.Shared")),
      host.answer(
        request("GetToken", "Calendars.ReadWrite", { claims: '{"a":1}', forceRefresh: true, platformBrokerId: "h.t" }),
      ),
    ];
    expect(host.calls()).toEqual([
      { method: "GetInitContext", scopes: [], outcome: "initContext" },
      { method: "GetToken", scopes: ["Calendars.ReadWrite", "Calendars.ReadWrite.Shared"], outcome: "token" },
      {
        method: "GetToken",
        scopes: ["Calendars.ReadWrite"],
        claims: '{"a":1}',
        forceRefresh: true,
        account: "h.t",
        outcome: "token",
      },
    ]);
    const log = JSON.stringify(host.calls());
    for (const response of responses.slice(1)) expect(log).not.toContain(tokenOf(response).access);
  });
});

describe("choosing a broker failure from the page's query", () => {
  it.each([
    ["?authFail=userCancelled", { failure: "userCancelled", mode: "once" }],
    ["?authFail=noBridge&authFailMode=always", { failure: "noBridge", mode: "always" }],
    ["?authFail=untrustedOrigin&authFailMode=twice", { failure: "untrustedOrigin", mode: "once" }],
    ["?authFail=popupBlocked", null],
    ["", null],
  ])("%s", (query, plan) => {
    expect(brokerFailureFromQuery(query)).toEqual(plan);
  });

  it("consents per permission: the Files scopes need the pop-up once, and a declined consent leaves the calendar", () => {
    const consenting = broker();
    expect(outcome(consenting.answer(request("GetToken", "Calendars.ReadWrite")))).toBe("token");
    expect(outcome(consenting.answer(request("GetToken", "Files.ReadWrite")))).toBe("USER_INTERACTION_REQUIRED");
    expect(outcome(consenting.answer(request("GetTokenPopup", "Files.ReadWrite")))).toBe("token");
    expect(outcome(consenting.answer(request("GetToken", "Files.ReadWrite")))).toBe("token");

    const declining = createDemoBroker({
      user: DEMO_ORGANIZER,
      tenantId: TENANT,
      clientId: DEMO_CLIENT_ID,
      declineConsentTo: declinedConsentFromQuery("?host=saved&declineConsent=files"),
      now: () => NOW,
    });
    expect(outcome(declining.answer(request("GetTokenPopup", "Files.ReadWrite")))).toBe("USER_CANCEL");
    expect(outcome(declining.answer(request("GetToken", "Files.ReadWrite")))).toBe("USER_INTERACTION_REQUIRED");
    expect(outcome(declining.answer(request("GetToken", "Calendars.ReadWrite")))).toBe("token");
    expect(declinedConsentFromQuery("?host=saved")).toEqual([]);
  });
});
