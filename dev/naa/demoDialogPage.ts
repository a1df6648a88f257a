import { readDialogRequest } from "../../src/auth/dialogProtocol";
import { runDialogSignIn } from "../../src/dialog/dialogSignIn";
import type { DialogResponder } from "../office";
import { DEMO_ORGANIZER, makeDemoToken } from "../shared/demoIdentity";

const HOUR_MS = 60 * 60 * 1000;

/**
 * Plays dialog.html for the harness and the demo: the page's real logic (runDialogSignIn) with a redirect
 * client that has just come back from Entra ID with a demo token for the scopes in the dialog's address.
 * Records each address it was opened on.
 */
export function demoDialogPage(opened: string[]): DialogResponder {
  return (startAddress) =>
    new Promise((resolve) => {
      opened.push(startAddress);
      const search = new URL(startAddress).search;
      const scopes = readDialogRequest(search)?.scopes ?? [];
      const expiresOn = new Date(Date.now() + HOUR_MS);
      const result = {
        accessToken: makeDemoToken(DEMO_ORGANIZER, scopes, expiresOn),
        expiresOn,
        account: null,
      };
      void runDialogSignIn(
        {
          initialize: () => Promise.resolve(),
          handleRedirectPromise: () => Promise.resolve(result),
          loginRedirect: () => Promise.resolve(),
        },
        { context: { ui: { messageParent: resolve } } },
        { search },
      );
    });
}
