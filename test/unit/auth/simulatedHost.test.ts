// The sign-in provider against the project's simulated Outlook host (dev/office) instead of hand-made fakes:
// its dialog queues events, answers asynchronously and enforces one dialog at a time, as Outlook does.
import { createSimulatedOffice, type DialogResponder } from "../../../dev/office";
import { createOfficeTokenProvider } from "../../../src/auth/officeTokenProvider";
import { runDialogSignIn } from "../../../src/dialog/dialogSignIn";
import { FakeNestedClient, fakeMsalModule, tokenResult } from "./fakes";

const CONFIG = { clientId: "0b1c2d3e-aaaa-bbbb-cccc-000000000001", cloud: "global" as const, tenant: "organizations" };
const DIALOG_URL = "https://localhost:3000/dialog.html";
const EXPIRY = new Date(Date.now() + 3_600_000);

/** Plays dialog.html: runs the real dialog logic against a redirect client that has just come back from Entra ID. */
function dialogPage(accessToken: string, seen: string[]): DialogResponder {
  return (startAddress) =>
    new Promise((resolve) => {
      seen.push(startAddress);
      void runDialogSignIn(
        {
          initialize: () => Promise.resolve(),
          handleRedirectPromise: () => Promise.resolve(tokenResult(accessToken, EXPIRY)),
          loginRedirect: () => Promise.resolve(),
        },
        { context: { ui: { messageParent: (message: string) => resolve(message) } } },
        { search: new URL(startAddress).search },
      );
    });
}

function provider(office: ReturnType<typeof createSimulatedOffice>, client = new FakeNestedClient()) {
  const msal = fakeMsalModule(client);
  return {
    msal,
    client,
    tokens: createOfficeTokenProvider({
      office,
      loadMsal: msal.load,
      config: CONFIG,
      dialogUrl: DIALOG_URL,
      isOnline: () => true,
    }),
  };
}

it("signs in through the dialog on a host without nested app authentication", async () => {
  const seen: string[] = [];
  const office = createSimulatedOffice({
    scenario: "no-mailbox-1-8",
    dialogResponder: dialogPage("dialog-token", seen),
  });
  const { msal, tokens } = provider(office);

  await expect(tokens.getToken({ scopes: ["Calendars.ReadWrite"] })).resolves.toBe("dialog-token");
  expect(tokens.lastPath).toBe("dialog");
  expect(msal.loads).toBe(0);
  expect(new URL(seen[0] ?? "").searchParams.get("scopes")).toBe("Calendars.ReadWrite");
});

it("reports popupBlocked when the host cannot open the dialog (12011)", async () => {
  const office = createSimulatedOffice({ scenario: "no-mailbox-1-8" });
  const { tokens } = provider(office);
  await expect(tokens.getToken({ scopes: ["Calendars.ReadWrite"] })).rejects.toMatchObject({ reason: "popupBlocked" });
});

it("reports dialogClosed when the organizer closes the dialog", async () => {
  const office = createSimulatedOffice({ scenario: "no-mailbox-1-8", dialogResponder: () => Promise.resolve(null) });
  const { tokens } = provider(office);
  await expect(tokens.getToken({ scopes: ["Calendars.ReadWrite"] })).rejects.toMatchObject({ reason: "dialogClosed" });
});

it("uses the host's auth context as login hint for nested app authentication", async () => {
  const office = createSimulatedOffice({ scenario: "saved" });
  const context = await office.auth.getAuthContext();
  const { client, tokens } = provider(office);
  client.onSsoSilent = () => Promise.resolve(tokenResult("naa-token", EXPIRY));

  await expect(tokens.getToken({ scopes: ["Calendars.ReadWrite"] })).resolves.toBe("naa-token");
  expect(client.requests[0]).toEqual({
    method: "ssoSilent",
    request: { scopes: ["Calendars.ReadWrite"], loginHint: context.loginHint || context.userPrincipalName },
  });
  expect(tokens.lastPath).toBe("naa-silent");
});

it("falls back from a blocked NAA pop-up to the host's dialog", async () => {
  const seen: string[] = [];
  const office = createSimulatedOffice({ scenario: "saved", dialogResponder: dialogPage("fallback-token", seen) });
  const { client, tokens } = provider(office);
  client.onPopup = () =>
    Promise.reject(
      Object.assign(new Error("popup_window_error"), { name: "BrowserAuthError", errorCode: "popup_window_error" }),
    );

  await expect(tokens.getToken({ scopes: ["Calendars.ReadWrite"] })).resolves.toBe("fallback-token");
  expect(client.methods()).toEqual(["ssoSilent", "acquireTokenPopup"]);
  expect(tokens.lastPath).toBe("dialog");
});
