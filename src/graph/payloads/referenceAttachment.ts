import { AttachmentInputError } from "../errors/AttachmentInputError";
import { checkHttpsUrl } from "../utils/httpsUrl";
import {
  REFERENCE_PERMISSIONS,
  REFERENCE_PROVIDERS,
  type LinkAttachmentInput,
  type ReferenceAttachmentPayload,
  type ReferencePermission,
  type ReferenceProvider,
} from "./types";
import { validateAttachmentName } from "./validateName";

function matchValue<T extends string>(values: readonly T[], text: string): T | undefined {
  const wanted = text.trim().toLowerCase();
  return values.find((value) => value.toLowerCase() === wanted);
}

/**
 * `referenceAttachment` (Graph beta only): a cloud link. Only https links are accepted. Provider and permission are
 * sent in the schema's spelling (`edit`, `isFolder: true`); Graph's beta example sends `"Edit"` and `"True"`, which
 * Graph normalises to the same values in its response.
 */
export function buildReferenceAttachment(input: LinkAttachmentInput): ReferenceAttachmentPayload {
  const name = validateAttachmentName(input.name);
  const sourceUrl = input.sourceUrl.trim();
  const problem = checkHttpsUrl(sourceUrl);
  if (problem === "urlNotHttps") {
    throw new AttachmentInputError(problem, "Only https links can be attached.", { field: "sourceUrl" });
  }
  if (problem) throw new AttachmentInputError(problem, "The link is not a valid web address.", { field: "sourceUrl" });
  const providerType: ReferenceProvider | undefined = matchValue(REFERENCE_PROVIDERS, input.providerType);
  if (!providerType) {
    throw new AttachmentInputError("providerUnknown", "The link's provider is not one Graph knows.", {
      field: "providerType",
    });
  }
  let permission: ReferencePermission | undefined;
  if (input.permission !== undefined) {
    permission = matchValue(REFERENCE_PERMISSIONS, input.permission);
    if (!permission) {
      throw new AttachmentInputError("permissionUnknown", "The link's permission is not one Graph knows.", {
        field: "permission",
      });
    }
  }
  return {
    "@odata.type": "#microsoft.graph.referenceAttachment",
    name,
    sourceUrl,
    providerType,
    ...(permission === undefined ? {} : { permission }),
    ...(input.isFolder === undefined ? {} : { isFolder: input.isFolder }),
  };
}
