import { readJson } from "../core/readJson";
import type { DriveLinkKind, DriveLinkScope, DriveLinkType } from "../errors/DriveRequestError";
import { GraphRequestError } from "../errors/GraphRequestError";
import { checkHttpsUrl } from "../utils/httpsUrl";
import { isRecord } from "../../shared/isRecord";
import { driveInputError, toDriveError } from "./driveErrors";
import { isOwnDrive, type DriveContext } from "./driveContext";
import { createLinkUrl, type DriveItemRef } from "./driveEndpoints";
import type { DriveType } from "./driveItem";

export const LINK_TYPES: readonly DriveLinkType[] = ["view", "edit"];
export const LINK_SCOPES: readonly DriveLinkScope[] = ["organization", "anonymous"];

export interface CreateLinkOptions extends DriveLinkKind {
  signal?: AbortSignal;
}

/** A sharing link Graph created (201) or already had for this app (200). */
export interface DriveLink extends DriveLinkKind {
  /** Always https. */
  webUrl: string;
  /** False when Graph returned a link of this kind that already existed. */
  created: boolean;
  /** The id of the permission that carries the link. */
  permissionId: string | null;
}

/** What createLink needs to know of an item: where it is, and (when known) what kind of drive holds it. */
export type LinkableItem = DriveItemRef & { id: string; driveType?: DriveType | null };

function readLink(body: unknown, status: number, asked: DriveLinkKind): DriveLink {
  const link = isRecord(body) && isRecord(body.link) ? body.link : undefined;
  const webUrl = link && typeof link.webUrl === "string" ? link.webUrl : "";
  if (checkHttpsUrl(webUrl) !== undefined) {
    throw new GraphRequestError("unexpectedResponse", "Microsoft Graph returned a sharing link without an https URL.", {
      status,
    });
  }
  // Recipients get what the link says, which is what the attachment must describe.
  const type = LINK_TYPES.find((value) => value === link?.type) ?? asked.type;
  const scope = LINK_SCOPES.find((value) => value === link?.scope) ?? asked.scope;
  return {
    webUrl,
    type,
    scope,
    created: status === 201,
    permissionId: isRecord(body) && typeof body.id === "string" ? body.id : null,
  };
}

/**
 * `POST …/items/{id}/createLink` with the kind asked for. Graph returns an existing link of that kind instead of
 * making a second one, so sending again after a lost answer is harmless. A kind the tenant or site refuses is a
 * `linkKindRefused` that names it; organization links do not exist on a personal OneDrive, which is said without
 * asking.
 */
export async function createSharingLink(
  context: DriveContext,
  item: LinkableItem,
  options: CreateLinkOptions,
): Promise<DriveLink> {
  const kind: DriveLinkKind = { type: options.type, scope: options.scope };
  if (!LINK_TYPES.includes(kind.type) || !LINK_SCOPES.includes(kind.scope)) {
    throw new TypeError(`Unknown link kind ${String(kind.type)}/${String(kind.scope)}.`);
  }
  const ownDrive = isOwnDrive(context, item.driveId);
  if (item.driveType === "personal" && kind.scope === "organization") {
    throw driveInputError("linkKindRefused", "createLink", { ownDrive, refused: kind });
  }
  try {
    const response = await context.send({
      method: "POST",
      url: createLinkUrl(context.root, item),
      json: { type: kind.type, scope: kind.scope },
      auth: true,
      signal: options.signal,
      repeat: "retry",
    });
    return readLink(await readJson(response), response.status, kind);
  } catch (error) {
    throw toDriveError(error, { operation: "createLink", ownDrive, link: kind });
  }
}
