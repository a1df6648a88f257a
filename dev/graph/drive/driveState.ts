import type { DriveEmulator } from "./driveEmulator";
import type { DriveLinkPolicy } from "./driveOptions";

/** What `GET /_emulator/drive/state` answers: drives, uploaded files (size and SHA-256), links, open sessions. */
export interface DriveStateSnapshot {
  drives: Array<{
    id: string;
    name: string;
    driveType: string;
    ownerUpn: string | null;
    siteId: string;
    usedBytes: number;
  }>;
  followedSites: Record<string, string[]>;
  uploadedFiles: Array<{
    driveId: string;
    id: string;
    path: string;
    name: string;
    size: number;
    sha256: string | null;
    uploadedAt: string | null;
    version: number;
  }>;
  links: Array<{
    id: string;
    driveId: string;
    itemId: string;
    type: string;
    scope: string;
    webUrl: string;
    hasPassword: boolean;
    createdBy: string;
  }>;
  uploadSessions: Array<{
    id: string;
    driveId: string;
    name: string | null;
    conflictBehavior: string;
    received: number;
    total: number | null;
    complete: boolean;
    expirationDateTime: string;
  }>;
  linkPolicy: DriveLinkPolicy;
}

export function driveState(drive: DriveEmulator, users: readonly string[]): DriveStateSnapshot {
  const { store, sessions } = drive;
  return {
    drives: store.drives().map((entry) => ({
      id: entry.id,
      name: entry.name,
      driveType: entry.driveType,
      ownerUpn: entry.ownerUpn,
      siteId: entry.siteId,
      usedBytes: store.usedBytes(entry.id),
    })),
    followedSites: Object.fromEntries(users.map((upn) => [upn, store.followedSites(upn).map((site) => site.id)])),
    uploadedFiles: store
      .allItems()
      .filter((item) => item.uploadedAt !== null)
      .map((item) => ({
        driveId: item.driveId,
        id: item.id,
        path: `/${store
          .lineage(item)
          .map((part) => part.name)
          .join("/")}`,
        name: item.name,
        size: item.size,
        sha256: item.sha256,
        uploadedAt: item.uploadedAt?.toISOString() ?? null,
        version: item.contentVersion,
      })),
    links: store.links().map((link) => ({
      id: link.id,
      driveId: link.driveId,
      itemId: link.itemId,
      type: link.type,
      scope: link.scope,
      webUrl: link.webUrl,
      hasPassword: link.hasPassword,
      createdBy: link.createdBy,
    })),
    uploadSessions: sessions.all().map((session) => ({
      id: session.id,
      driveId: session.driveId,
      name: session.target.kind === "new" ? session.target.name : null,
      conflictBehavior: session.conflictBehavior,
      received: session.received,
      total: session.total,
      complete: session.complete,
      expirationDateTime: session.expiresAt.toISOString(),
    })),
    linkPolicy: drive.linkPolicy,
  };
}
