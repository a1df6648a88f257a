import type { FormSendInfo, FormSendReport } from "../office";

/**
 * Tells the emulator that the organizer sent the update from the simulated window, as Exchange would receive it,
 * and returns what the meeting holds afterwards. Another Graph-compatible server has no such control: then the
 * report says only what the window itself sent.
 */
export async function reportFormSend(graphBaseUrl: string, info: FormSendInfo): Promise<FormSendReport> {
  const ownOnly: FormSendReport = { sent: info.attachments.map((attachment) => attachment.name), dropped: [] };
  try {
    const response = await fetch(`${graphBaseUrl}/_emulator/form-send`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        eventId: info.restId,
        openedAt: info.openedAt.toISOString(),
        writesOwnCopy: info.writesOwnCopy,
        attachments: info.attachments.map((attachment) =>
          attachment.kind === "file"
            ? { kind: "file", name: attachment.name, isInline: attachment.isInline, contentBytes: attachment.base64 }
            : { kind: "item", name: attachment.name, eventId: attachment.itemRestId },
        ),
      }),
    });
    if (!response.ok) {
      console.warn(`The Graph server refused the send from the window (HTTP ${response.status}).`);
      return ownOnly;
    }
    return (await response.json()) as FormSendReport;
  } catch (error) {
    console.warn("The Graph server did not take the send from the window:", error);
    return ownOnly;
  }
}
