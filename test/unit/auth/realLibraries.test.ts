import { loadMsalBrowser } from "../../../src/auth/loadMsalBrowser";
import type { OfficeLike } from "../../../src/auth/officeLike";

// Compile-time check (npm run typecheck): the real Office.js types fit the structural OfficeLike.
type OfficeFits = typeof Office extends OfficeLike ? true : false;
const officeFits: OfficeFits = true;

it("loads the real MSAL module, which offers createNestablePublicClientApplication", async () => {
  expect(officeFits).toBe(true);
  const msal = await loadMsalBrowser();
  expect(typeof msal.createNestablePublicClientApplication).toBe("function");
});
