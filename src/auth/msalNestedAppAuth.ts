import { NestedAppAuthController } from "msal-browser-dist/controllers/NestedAppAuthController";
import { NestedAppOperatingContext } from "msal-browser-dist/operatingcontext/NestedAppOperatingContext";
import type { MsalConfigurationLike, NestedMsalClientLike } from "./msalLike";

/**
 * MSAL's nested app authentication client, built from the two MSAL modules `createNestablePublicClientApplication`
 * uses when the host has a bridge, in the same steps. Without a bridge that function falls back to MSAL's
 * standard client, which the pane never uses (it signs in through the Office dialog then): importing the function
 * would bring the standard client, its pop-up, redirect, iframe and platform-broker clients along (28 KB gzip of
 * the session). The modules come from MSAL's `dist` folder, which its package exports do not list, through
 * the `msal-browser-dist` alias (webpack.config.js, tsconfig.json, jest.config.cjs); the version is pinned and
 * the tests with the real MSAL (unit and end-to-end) hold these steps to it.
 * Null when the host offers no bridge.
 */
export async function createNestedAppAuthClient(
  configuration: MsalConfigurationLike,
): Promise<NestedMsalClientLike | null> {
  const context = new NestedAppOperatingContext(configuration);
  await context.initialize();
  if (!context.isAvailable()) return null;
  const controller = new NestedAppAuthController(context);
  await controller.initialize();
  return controller;
}
