import { PublicClientApplication } from "@azure/msal-browser";
import { msalConfigurationFor } from "../auth/msalConfiguration";
import { readBuildConfig } from "../config/buildConfig";
import { isMsalPopupWindow, runDialogSignIn } from "./dialogSignIn";

async function start(): Promise<void> {
  if (isMsalPopupWindow(window)) return;
  await Office.onReady();
  let msal: PublicClientApplication;
  try {
    // This page is its own redirect URI (registered in the app registration as an SPA redirect).
    const redirectUri = `${window.location.origin}${window.location.pathname}`;
    msal = new PublicClientApplication(
      msalConfigurationFor(readBuildConfig(), { redirectUri, cacheLocation: "sessionStorage" }),
    );
  } catch (error) {
    // Without a client id there is nothing to sign in to; the task pane maps this to "notConfigured".
    Office.context.ui.messageParent(
      JSON.stringify({ type: "error", name: "AuthError", errorCode: "not_configured", errorMessage: "", subError: "" }),
    );
    throw error;
  }
  await runDialogSignIn(msal, Office, window.location, window.sessionStorage);
}

start().catch((error: unknown) => {
  console.error("The sign-in dialog could not start.", error instanceof Error ? error.name : "");
});
