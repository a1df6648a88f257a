import type { Caller } from "../auth";
import type { RequestContext } from "../responses";
import type { GraphVersion, MailboxSelector } from "../routing";
import type { EmulatorServices } from "../services";
import type { EmulatorUser } from "../store";
import type { DriveEmulator } from "./driveEmulator";
import { driveErrors, driveFail } from "./driveErrors";
import { isDriveIdShape } from "./driveIds";
import type { DriveView } from "./driveJson";
import { myHostOf } from "./driveOptions";
import type { DriveSelector, ItemAddress } from "./driveRouting";
import type { StoredDrive, StoredDriveItem } from "./driveStore";

/** One drive request, once its token is known good. */
export interface DriveRequest {
  services: EmulatorServices;
  drive: DriveEmulator;
  caller: Caller;
  request: Request;
  url: URL;
  context: RequestContext;
  version: GraphVersion;
}

export interface ResolvedDrive {
  drive: StoredDrive;
  /** The caller's own OneDrive (Files.Read and Files.ReadWrite reach only this one). */
  own: boolean;
  selector: DriveSelector;
}

/** `/me` is the caller; `/users/{id | userPrincipalName}` whoever that names (404 for nobody). */
export function resolveUser(input: DriveRequest, mailbox: MailboxSelector): EmulatorUser {
  const { store } = input.services;
  const self = (): EmulatorUser => store.ensureUser(input.caller.upn, input.caller.oid);
  if (mailbox.kind === "me") return self();
  const wanted = mailbox.idOrUpn.toLowerCase();
  if (wanted === input.caller.oid || wanted === input.caller.upn.toLowerCase()) return self();
  return store.findUser(mailbox.idOrUpn) ?? driveFail(driveErrors.itemNotFound());
}

export function isCaller(input: DriveRequest, upn: string | null): boolean {
  return upn !== null && upn.toLowerCase() === input.caller.upn.toLowerCase();
}

export function resolveDrive(input: DriveRequest, selector: DriveSelector): ResolvedDrive {
  const { store, options } = input.drive;
  let drive: StoredDrive;
  switch (selector.kind) {
    case "mailbox": {
      const user = resolveUser(input, selector.mailbox);
      drive = store.ensurePersonalDrive(
        user.upn,
        user.displayName,
        myHostOf(options.sharePointHost),
        input.context.receivedAt,
      );
      break;
    }
    case "drive":
      if (!isDriveIdShape(selector.driveId)) driveFail(driveErrors.malformedDriveId());
      drive = store.drive(selector.driveId) ?? driveFail(driveErrors.itemNotFound());
      break;
    case "site": {
      const site = store.site(selector.siteId) ?? driveFail(driveErrors.siteNotFound());
      drive = store.drivesOfSite(site.id)[0] ?? driveFail(driveErrors.itemNotFound());
      break;
    }
  }
  return { drive, own: isCaller(input, drive.ownerUpn), selector };
}

/** The item an address names: by id or the root, then down its path, one name at a time (case-insensitive). */
export function resolveItem(input: DriveRequest, drive: StoredDrive, address: ItemAddress): StoredDriveItem {
  const { store } = input.drive;
  let item =
    (address.itemId === null ? store.root(drive.id) : store.item(drive.id, address.itemId)) ??
    driveFail(driveErrors.itemNotFound());
  for (const name of address.path) {
    item = store.childByName(drive.id, item.id, name) ?? driveFail(driveErrors.itemNotFound());
  }
  return item;
}

export function viewOf(input: DriveRequest, selector: DriveSelector): DriveView {
  return {
    store: input.drive.store,
    baseUrl: input.services.options.baseUrl,
    version: input.version,
    person: (upn) => input.services.store.findUser(upn) ?? null,
    pathRoot: (drive) => (selector.kind === "drive" ? `/drives/${drive.id}/root:` : "/drive/root:"),
  };
}

/** The `@odata.context` of a drive as the request addressed it, e.g. `…/$metadata#users('{oid}')/drive`. */
export function driveContextPath(input: DriveRequest, resolved: ResolvedDrive): string {
  const metadata = `${input.services.options.baseUrl}/${input.version}/$metadata#`;
  const { selector, drive } = resolved;
  if (selector.kind === "drive") return `${metadata}drives('${drive.id}')`;
  if (selector.kind === "site") return `${metadata}sites('${selector.siteId}')/drive`;
  const owner = input.services.store.findUser(drive.ownerUpn ?? "");
  return `${metadata}users('${owner?.id ?? ""}')/drive`;
}
