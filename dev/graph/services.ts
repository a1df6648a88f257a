import type { MailboxConcurrency } from "./concurrency";
import type { FaultInjector } from "./faults";
import type { ResolvedOptions } from "./options";
import type { EmulatorStore } from "./store";
import type { UploadSessionStore } from "./uploadSessions";

/** The emulator's parts, shared by the Graph routes, the upload URLs and the control endpoints. */
export interface EmulatorServices {
  options: ResolvedOptions;
  store: EmulatorStore;
  faults: FaultInjector;
  sessions: UploadSessionStore;
  concurrency: MailboxConcurrency;
  audiences: ReadonlySet<string>;
}
