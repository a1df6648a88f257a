import type { SavedItemInfo } from "../office";

/** Tells the emulator about a meeting the simulated Outlook just saved, as Exchange would learn of it. */
export async function reportSavedMeeting(graphBaseUrl: string, info: SavedItemInfo): Promise<void> {
  try {
    const response = await fetch(`${graphBaseUrl}/_emulator/events`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        id: info.restId,
        owner: info.owner,
        subject: info.subject,
        start: info.start.toISOString(),
        end: info.end.toISOString(),
        ...(info.location ? { location: info.location } : {}),
        ...(info.visibleAfter ? { visibleAfter: info.visibleAfter.toISOString() } : {}),
      }),
    });
    if (!response.ok) console.warn(`The Graph server refused the saved meeting (HTTP ${response.status}).`);
  } catch (error) {
    // Another Graph-compatible server may have no control API: the save itself still succeeds.
    console.warn("The Graph server did not take the saved meeting:", error);
  }
}
