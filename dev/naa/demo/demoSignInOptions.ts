import type { OfficeTokenProviderDeps } from "../../../src/auth";
import { createDisplayDialogAsync } from "../../office/simulatedDialog";
import { DEMO_CLIENT_ID } from "../../shared/demoIdentity";
import { demoDialogPage } from "../demoDialogPage";

/**
 * What the production sign-in is given in the demo: the demo's registration, and the real office.js except its
 * dialog, since the simulated Outlook on the web opens no dialogs: the fallback's dialog is played in the pane
 * (dialog.html's logic with a demo token).
 */
export function demoSignInOptions(office: typeof Office, win: Window): Omit<OfficeTokenProviderDeps, "loadMsal"> {
  return {
    office: {
      context: {
        requirements: office.context.requirements,
        mailbox: office.context.mailbox,
        ui: { displayDialogAsync: createDisplayDialogAsync(demoDialogPage([]), 0, () => win.location.origin) },
      },
      auth: office.auth,
    },
    config: { clientId: DEMO_CLIENT_ID, cloud: "global", tenant: "organizations" },
    dialogUrl: `${win.location.origin}/dialog.html`,
  };
}
