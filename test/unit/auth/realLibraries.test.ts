import { loadMsalBrowser } from "../../../src/auth/loadMsalBrowser";
import type { OfficeLike } from "../../../src/auth/officeLike";

// Compile-time check (npm run typecheck): the real Office.js types fit the structural OfficeLike.
type OfficeFits = typeof Office extends OfficeLike ? true : false;
const officeFits: OfficeFits = true;

const CONFIGURATION = {
  auth: {
    clientId: "00000000-0000-4000-8000-000000000001",
    authority: "https://login.microsoftonline.com/organizations",
    redirectUri: "https://localhost:3000/taskpane.html",
    clientCapabilities: ["CP1"],
  },
  cache: { cacheLocation: "memoryStorage" as const },
};

it("loads the real MSAL's nested app authentication modules, which create no client without a host bridge", async () => {
  expect(officeFits).toBe(true);
  const msal = await loadMsalBrowser();
  await expect(msal.createNestedAppAuthClient(CONFIGURATION)).resolves.toBeNull();
});
