import { msalConfigurationFor } from "../../../src/auth/msalConfiguration";
import { DEMO_CLIENT_ID } from "../../../dev/shared/demoIdentity";
import type {
  MsalAccountFilterLike,
  MsalAccountLike,
  MsalConfigurationLike,
  MsalInteractiveRequestLike,
  MsalModuleLike,
  MsalResultLike,
  MsalSilentRequestLike,
  MsalSsoSilentRequestLike,
  NestedMsalClientLike,
} from "../../../src/auth/msalLike";
import type {
  OfficeAsyncResultLike,
  OfficeAuthContextLike,
  OfficeDialogEventArgs,
  OfficeDialogLike,
  OfficeDialogOptionsLike,
  OfficeLike,
} from "../../../src/auth/officeLike";

/** An error shaped like MSAL's (name, errorCode, errorMessage, subError, message). */
export function msalError(name: string, errorCode: string, errorMessage = "", subError = ""): Error {
  const error = new Error(errorCode ? `${errorCode}: ${errorMessage}` : errorMessage);
  return Object.assign(error, { name, errorCode, errorMessage, subError });
}

export const ACCOUNT: MsalAccountLike = {
  homeAccountId: "oid.tid",
  environment: "login.microsoftonline.com",
  tenantId: "tid",
  username: "adele.vance@contoso.example",
  localAccountId: "oid",
  name: "Adele Vance",
};

export function tokenResult(
  accessToken: string,
  expiresOn: Date | null,
  account: MsalAccountLike | null = ACCOUNT,
): MsalResultLike {
  return { accessToken, expiresOn, account };
}

type Handler<R> = (request: R) => Promise<MsalResultLike>;

const notScripted = (): Promise<MsalResultLike> =>
  Promise.reject(msalError("InteractionRequiredAuthError", "interaction_required", "not scripted"));

/** A nested MSAL client whose answers each test scripts; every request is recorded. */
export class FakeNestedClient implements NestedMsalClientLike {
  readonly requests: { method: string; request: unknown }[] = [];
  accounts: MsalAccountLike[] = [];
  active: MsalAccountLike | null = null;
  onSilent: Handler<MsalSilentRequestLike> = notScripted;
  onSsoSilent: Handler<MsalSsoSilentRequestLike> = notScripted;
  onPopup: Handler<MsalInteractiveRequestLike> = notScripted;
  accountFilters: MsalAccountFilterLike[] = [];

  acquireTokenSilent(request: MsalSilentRequestLike): Promise<MsalResultLike> {
    this.requests.push({ method: "acquireTokenSilent", request });
    return this.onSilent(request);
  }
  ssoSilent(request: MsalSsoSilentRequestLike): Promise<MsalResultLike> {
    this.requests.push({ method: "ssoSilent", request });
    return this.onSsoSilent(request);
  }
  acquireTokenPopup(request: MsalInteractiveRequestLike): Promise<MsalResultLike> {
    this.requests.push({ method: "acquireTokenPopup", request });
    return this.onPopup(request);
  }
  getActiveAccount(): MsalAccountLike | null {
    return this.active;
  }
  setActiveAccount(account: MsalAccountLike | null): void {
    this.active = account;
  }
  getAllAccounts(): MsalAccountLike[] {
    return this.accounts;
  }
  getAccount(filter: MsalAccountFilterLike): MsalAccountLike | null {
    this.accountFilters.push(filter);
    return (
      this.accounts.find(
        (account) =>
          (filter.username === undefined || account.username === filter.username) &&
          (filter.localAccountId === undefined || account.localAccountId === filter.localAccountId),
      ) ?? null
    );
  }
  /** Plays a host without the nested app authentication bridge: fakeMsalModule then creates no client. */
  noBridge = false;
  methods(): string[] {
    return this.requests.map((entry) => entry.method);
  }
}

/** The configuration the pane gives MSAL, built as the pane builds it. */
export const PANE_MSAL_CONFIGURATION = msalConfigurationFor(
  { clientId: DEMO_CLIENT_ID, cloud: "global", tenant: "organizations" },
  { redirectUri: "https://localhost:3000/taskpane.html", cacheLocation: "memoryStorage" },
);

/** A loader for a fake MSAL module, counting loads and client creations. */
export function fakeMsalModule(client: NestedMsalClientLike): {
  load: () => Promise<MsalModuleLike>;
  loads: number;
  configurations: MsalConfigurationLike[];
} {
  const state = {
    loads: 0,
    configurations: [] as MsalConfigurationLike[],
    load: (): Promise<MsalModuleLike> => {
      state.loads += 1;
      return Promise.resolve({
        createNestedAppAuthClient: (configuration: MsalConfigurationLike) => {
          state.configurations.push(configuration);
          return Promise.resolve(client instanceof FakeNestedClient && client.noBridge ? null : client);
        },
      });
    },
  };
  return state;
}

/** An Office dialog; like Office, it queues events that arrive before a handler is attached. */
export class FakeDialog implements OfficeDialogLike {
  private readonly handlers = new Map<Office.EventType | string, (args: OfficeDialogEventArgs) => void>();
  private readonly queued: { eventType: Office.EventType | string; args: OfficeDialogEventArgs }[] = [];
  closeCount = 0;

  addEventHandler(eventType: Office.EventType | string, handler: (args: OfficeDialogEventArgs) => void): void {
    this.handlers.set(eventType, handler);
    for (const event of this.queued.filter((entry) => entry.eventType === eventType)) {
      this.queued.splice(this.queued.indexOf(event), 1);
      handler(event.args);
    }
  }
  close(): void {
    this.closeCount += 1;
  }
  sendMessage(message: unknown, origin: string | undefined = "https://localhost:3000"): void {
    const text = typeof message === "string" ? message : JSON.stringify(message);
    this.deliver("dialogMessageReceived", { message: text, origin });
  }
  sendEvent(code: number): void {
    this.deliver("dialogEventReceived", { error: code });
  }
  private deliver(eventType: string, args: OfficeDialogEventArgs): void {
    const handler = this.handlers.get(eventType);
    if (handler) handler(args);
    else this.queued.push({ eventType, args });
  }
}

export interface FakeOfficeOptions {
  naa?: boolean;
  authContext?: OfficeAuthContextLike | Error | "hang";
  userProfile?: { emailAddress?: string; accountType?: string };
  /** Error codes displayDialogAsync answers with, in order, before it opens a dialog. */
  dialogFailures?: number[];
}

/** A fake Office host: requirement sets, auth context, user profile and a dialog the test drives. */
export function fakeOffice(options: FakeOfficeOptions = {}): {
  office: OfficeLike;
  dialogs: FakeDialog[];
  dialogUrls: string[];
  dialogOptions: (OfficeDialogOptionsLike | undefined)[];
  opened: Promise<FakeDialog>;
} {
  const failures = [...(options.dialogFailures ?? [])];
  const dialogs: FakeDialog[] = [];
  const dialogUrls: string[] = [];
  const dialogOptions: (OfficeDialogOptionsLike | undefined)[] = [];
  let announce: (dialog: FakeDialog) => void = () => undefined;
  const opened = new Promise<FakeDialog>((resolve) => (announce = resolve));
  const authContext = options.authContext;
  const office: OfficeLike = {
    context: {
      requirements: {
        isSetSupported: (name: string, minVersion?: string) =>
          name === "NestedAppAuth" && minVersion === "1.1" && options.naa !== false,
      },
      mailbox: {
        userProfile: options.userProfile ?? { emailAddress: "adele.vance@contoso.example", accountType: "office365" },
      },
      ui: {
        displayDialogAsync: (url, dialogOpts, callback) => {
          dialogUrls.push(url);
          dialogOptions.push(dialogOpts);
          const failure = failures.shift();
          let result: OfficeAsyncResultLike<OfficeDialogLike>;
          if (failure !== undefined) {
            result = {
              status: "failed",
              value: undefined as unknown as OfficeDialogLike,
              error: { code: failure, name: "Display Dialog Error", message: `dialog failure ${failure}` },
            };
          } else {
            const dialog = new FakeDialog();
            dialogs.push(dialog);
            announce(dialog);
            result = { status: "succeeded", value: dialog };
          }
          // Office answers asynchronously.
          void Promise.resolve().then(() => callback?.(result));
        },
      },
    },
  };
  if (authContext !== undefined) {
    office.auth = {
      getAuthContext: () => {
        if (authContext === "hang") return new Promise<OfficeAuthContextLike>(() => undefined);
        if (authContext instanceof Error) return Promise.reject(authContext);
        return Promise.resolve(authContext);
      },
    };
  }
  return { office, dialogs, dialogUrls, dialogOptions, opened };
}

/** Lets pending promise callbacks run (fake timers do not advance microtasks by themselves). */
export async function flush(times = 10): Promise<void> {
  for (let i = 0; i < times; i += 1) await Promise.resolve();
}
