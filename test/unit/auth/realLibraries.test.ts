import { loadMsalBrowser } from "../../../src/auth/loadMsalBrowser";
import type { OfficeLike } from "../../../src/auth/officeLike";
import { PANE_MSAL_CONFIGURATION as CONFIGURATION } from "./fakes";

// Compile-time check (npm run typecheck): the real Office.js types fit the structural OfficeLike.
type OfficeFits = typeof Office extends OfficeLike ? true : false;
const officeFits: OfficeFits = true;

it("loads the real MSAL's nested app authentication modules, which create no client without a host bridge", async () => {
  expect(officeFits).toBe(true);
  const msal = await loadMsalBrowser();
  await expect(msal.createNestedAppAuthClient(CONFIGURATION)).resolves.toBeNull();
});
