import { bindGraphToken } from "../../../src/taskpane/bindGraphToken";
import type { TokenProvider, TokenRequest } from "../../../src/auth/tokenProvider";

function recordingProvider(): { provider: TokenProvider; requests: TokenRequest[] } {
  const requests: TokenRequest[] = [];
  const provider: TokenProvider = {
    lastPath: null,
    getToken: (request) => {
      requests.push(request);
      return Promise.resolve(`token-${requests.length}`);
    },
    signOut: () => Promise.resolve(),
  };
  return { provider, requests };
}

it("asks the provider for the bound scopes, passing forceRefresh, claims and the signal", async () => {
  const { provider, requests } = recordingProvider();
  const getToken = bindGraphToken(provider, ["Calendars.ReadWrite"]);
  const signal = new AbortController().signal;

  await expect(getToken({ forceRefresh: false })).resolves.toBe("token-1");
  await expect(getToken({ forceRefresh: true, claims: '{"a":1}', signal })).resolves.toBe("token-2");

  expect(requests).toEqual([
    { scopes: ["Calendars.ReadWrite"], forceRefresh: false },
    { scopes: ["Calendars.ReadWrite"], forceRefresh: true, claims: '{"a":1}', signal },
  ]);
});
