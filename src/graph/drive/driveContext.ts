import type { GraphRequest, SendDependencies } from "../core/sendRequest";

/** What every drive module gets from the client: one Graph root, the shared sending machinery, a little memory. */
export interface DriveContext {
  /** Graph's root, e.g. `https://graph.microsoft.com`, without a trailing slash. */
  root: string;
  /** Next links must stay on this origin: the bearer token goes nowhere else. */
  origin: string;
  deps: SendDependencies;
  send(request: GraphRequest): Promise<Response>;
  /** Only an emulator on plain http may hand out an http upload URL. */
  allowHttpUploadUrl: boolean;
  /** Ids of the signed-in user's own drive, as Graph has shown them (a refusal there comes from the token). */
  ownDriveIds: Set<string>;
}

export function isOwnDrive(context: DriveContext, driveId: string | null | undefined): boolean {
  return driveId === null || driveId === undefined || driveId === "" || context.ownDriveIds.has(driveId);
}
