/** The emulated OneDrive and SharePoint: drive, item, search, recent, site, upload session and sharing link routes. */
export { handleDriveRequest } from "./driveApi";
export { handleDriveControl } from "./driveControl";
export { createDriveEmulator, type DriveEmulator } from "./driveEmulator";
export { handleDriveUploadRequest } from "./driveUploadApi";
export { isDrivePath } from "./driveRouting";
export { isDriveUploadPath, type DriveUploadSession } from "./driveUploadSessions";
export { SEED_DRIVE_IDS } from "./driveSeed";
export type { DriveStateSnapshot } from "./driveState";
export type { DriveStore, StoredDrive, StoredDriveItem, StoredLink, StoredSite } from "./driveStore";
export type { DriveEmulatorOptions, DriveLinkPolicy, LinkRules, LinkScope, LinkType } from "./driveOptions";
