import type { AttachmentInfo } from "../../../graph";
import type { ReadyEvent } from "../../../office";
import type { AttachTarget } from "../../attachTarget";

export type LoadedAttachments =
  { status: "unsaved" } | { status: "ready"; event: ReadyEvent; attachments: AttachmentInfo[] };

/**
 * The meeting's attachments as Graph holds them. Never saves or asks anything: an unsaved meeting has none yet.
 * `peekEvent` cannot be cancelled, so the signal is checked again once it answers.
 */
export async function loadAttachments(
  target: Pick<AttachTarget, "peekEvent" | "graphFor">,
  signal: AbortSignal,
): Promise<LoadedAttachments> {
  const event = await target.peekEvent();
  signal.throwIfAborted();
  if (!event) return { status: "unsaved" };
  const attachments = await target.graphFor(event).listAttachments(event.ref, { signal });
  signal.throwIfAborted();
  return { status: "ready", event, attachments };
}
