import type { AttachmentInfo } from "../../graph";
import type { ReadyEvent } from "../../office";
import { totalSize } from "../components/list/totalSize";

export type AttachmentListState =
  | { status: "loading" }
  | { status: "unsaved" }
  /** `refreshing` while a reload runs: the rows already shown stay until the new answer arrives. */
  | { status: "ready"; event: ReadyEvent; attachments: AttachmentInfo[]; refreshing: boolean }
  | { status: "failed"; error: unknown };

/** What the meeting holds already, in bytes: 0 for a meeting never saved, null while it is not known. */
export function attachedBytesOf(list: AttachmentListState): number | null {
  if (list.status === "unsaved") return 0;
  if (list.status !== "ready") return null;
  return totalSize(list.attachments);
}
