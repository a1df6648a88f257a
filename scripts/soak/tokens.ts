import type { GetGraphToken } from "../../src/graph";
import { makeDemoToken, type DemoUser } from "../../dev/shared/demoIdentity";

export interface RefreshingTokens {
  getToken: GetGraphToken;
  /** The token handed out last (the one to expire mid-run). */
  current(): string;
  /** Tokens issued because the client asked with forceRefresh (after a 401). */
  readonly refreshes: number;
}

const SCOPES = ["Calendars.ReadWrite", "Calendars.ReadWrite.Shared"];

/**
 * A sign-in stand-in like the real provider: one cached token, a new one only when the Graph client asks with
 * `forceRefresh` after a 401. Each token differs (its expiry moves by a second per issue).
 */
export function refreshingTokens(user: DemoUser): RefreshingTokens {
  let issued = 0;
  let refreshes = 0;
  const issue = (): string => {
    issued += 1;
    return makeDemoToken(user, SCOPES, new Date(Date.now() + 3_600_000 + issued * 1000));
  };
  let token = issue();
  return {
    getToken: (request) => {
      if (request.forceRefresh) {
        refreshes += 1;
        token = issue();
      }
      return Promise.resolve(token);
    },
    current: () => token,
    get refreshes() {
      return refreshes;
    },
  };
}
