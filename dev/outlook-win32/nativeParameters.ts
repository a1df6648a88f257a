import { DISPATCH_ID } from "../outlook-web/composeItemMethods";

/**
 * How outlook-win32-16.02.js lays out each dispatch id's parameters for `window.external.Execute`
 * (`convertToOutlookNativeParameters`): the named parameters Outlook on the web receives as `ApiParams`, in the
 * positions the native call carries them. Whatever has no position (all of a getter's parameters, for instance)
 * travels as one JSON object after the positional ones, together with office.js's own `itemNumber`.
 *
 * To answer a new dispatch id, add its layout here (read it from the bundle's switch) and its answer to
 * composeItemMethods. A dispatch id missing here is answered "not supported".
 */
export const NATIVE_PARAMETER_ORDER: Readonly<Record<number, readonly string[]>> = {
  [DISPATCH_ID.getSubject]: [],
  [DISPATCH_ID.getTime]: ["TimeProperty"],
  [DISPATCH_ID.getLocation]: [],
  [DISPATCH_ID.getRecurrence]: [],
  [DISPATCH_ID.getOrganizer]: [],
  [DISPATCH_ID.getSharedProperties]: [],
  [DISPATCH_ID.getItemId]: [],
  [DISPATCH_ID.save]: [],
  // addFileAttachmentFromBase64Async, getAttachmentsAsync, addItemAttachmentAsync.
  148: ["base64String", "name", "isInline"],
  149: [],
  19: ["itemId", "name"],
};

/** The dispatch id of the initial data, which office.js sends with no parameters at all. */
export const INITIAL_DATA_DISPATCH_ID = 1;

/** Added by office.js to every call once the host has reported an item number; Outlook on the web never sees it. */
const ITEM_NUMBER = "itemNumber";

function trailingObject(value: unknown): Record<string, unknown> {
  if (typeof value !== "string") return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/**
 * The named parameters (Outlook on the web's `ApiParams`) of a native `Execute` call, or null for a dispatch id
 * with no known layout.
 */
export function namedParametersFromNative(
  dispId: number,
  params: readonly unknown[] | null | undefined,
): Record<string, unknown> | null {
  const order = NATIVE_PARAMETER_ORDER[dispId];
  if (!order) return null;
  const values = params ?? [];
  const named: Record<string, unknown> = { ...trailingObject(values[order.length]) };
  delete named[ITEM_NUMBER];
  order.forEach((name, index) => {
    if (values[index] !== undefined) named[name] = values[index];
  });
  return named;
}
