import type { ResolvedOptions } from "../options";
import type { DriveLinkPolicy, ResolvedDriveOptions } from "./driveOptions";
import { seedDriveData } from "./driveSeed";
import { DriveStore } from "./driveStore";
import { DriveUploadSessionStore } from "./driveUploadSessions";

/** The emulated OneDrive and SharePoint: their store, upload sessions, options and the link policy in force. */
export interface DriveEmulator {
  store: DriveStore;
  sessions: DriveUploadSessionStore;
  options: Readonly<ResolvedDriveOptions>;
  /** Starts as the options' policy; the control API and tests may change it until the next reset. */
  linkPolicy: DriveLinkPolicy;
  /** Back to the seeded drives (when the emulator seeds), no sessions, the options' link policy. */
  reset(now: Date): void;
}

export function createDriveEmulator(options: ResolvedOptions): DriveEmulator {
  const driveOptions = options.drive;
  const emulator: DriveEmulator = {
    store: new DriveStore(),
    sessions: new DriveUploadSessionStore(),
    options: driveOptions,
    linkPolicy: driveOptions.linkPolicy,
    reset(now) {
      emulator.store.clear();
      emulator.sessions.clear();
      emulator.linkPolicy = driveOptions.linkPolicy;
      if (options.seedDemoData) seedDriveData(emulator.store, driveOptions.sharePointHost, now);
    },
  };
  return emulator;
}
