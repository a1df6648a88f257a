import { isGraphRequestError } from "../graph";
import { isOfficeHostError } from "../office";

/** True for the ways a cancelled operation surfaces: Graph, Outlook, or a plain AbortError. */
export function isCancellation(error: unknown): boolean {
  if (isGraphRequestError(error, "cancelled")) return true;
  if (isOfficeHostError(error, "cancelled")) return true;
  return error instanceof DOMException && error.name === "AbortError";
}
