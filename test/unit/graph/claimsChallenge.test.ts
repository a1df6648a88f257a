/**
 * A claims challenge from Graph (continuous access evaluation, which MSAL's CP1 capability allows) reaches sign-in
 * with its decoded claims, and the request is sent again with the fresh token. The hop from sign-in to the host
 * through the real MSAL is covered in test/unit/auth/realMsalNestedAppAuth.test.ts.
 */
import { createGraphEmulator, SEED_EVENT_IDS } from "../../../dev/graph";
import { DEMO_ORGANIZER, makeDemoToken } from "../../../dev/shared/demoIdentity";
import type { TokenProvider, TokenRequest } from "../../../src/auth";
import { createGraphClient } from "../../../src/graph";
import { bindGraphToken } from "../../../src/taskpane/bindGraphToken";

const CLAIMS = '{"access_token":{"nbf":{"essential":true,"value":"1767225600"}}}';
const SCOPES = ["Calendars.ReadWrite"];

it("a claims challenge goes to sign-in with its claims, and the request succeeds with the new token", async () => {
  const emulator = createGraphEmulator();
  emulator.faults.inject({ match: { method: "GET" }, times: 1, fault: { kind: "claimsChallenge", claims: CLAIMS } });
  const requests: TokenRequest[] = [];
  const provider: TokenProvider = {
    lastPath: null,
    getToken: (request) => {
      requests.push(request);
      return Promise.resolve(makeDemoToken(DEMO_ORGANIZER, SCOPES, new Date(Date.now() + 3_600_000)));
    },
    signOut: () => Promise.resolve(),
  };
  const client = createGraphClient({
    getToken: bindGraphToken(provider, SCOPES),
    cloud: "global",
    fetch: async (input, init) => {
      const response = await emulator.handle(new Request(input, init));
      if (response.type === "error") throw new TypeError("fetch failed");
      return response;
    },
  });

  const attachments = await client.listAttachments({
    mailbox: { kind: "me" },
    eventId: SEED_EVENT_IDS.fileAndItemExample,
  });

  expect(Array.isArray(attachments)).toBe(true);
  expect(requests.map(({ forceRefresh, claims }) => ({ forceRefresh, claims }))).toEqual([
    { forceRefresh: false, claims: undefined },
    { forceRefresh: true, claims: CLAIMS },
  ]);
  expect(emulator.faults.stats()).toMatchObject({ claimsChallenge: 1 });
});
