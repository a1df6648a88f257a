import type { GraphEmulator } from "../graph";
import { simulatedSavedMeetings } from "../office";
import { DEMO_CALENDAR_OWNER, DEMO_ORGANIZER } from "../shared/demoIdentity";

/**
 * Puts the simulated Outlook's saved meetings into the emulator, so that every host scenario of the demo finds
 * its event in Graph, and lets the demo organizer edit the delegate calendar (as the "delegate" scenario says).
 */
export function seedDemoMeetings(emulator: GraphEmulator, now = Date.now()): void {
  for (const meeting of simulatedSavedMeetings(now)) {
    if (emulator.store.getEvent(meeting.restId)) continue;
    emulator.store.addEvent({
      id: meeting.restId,
      owner: meeting.ownerUpn,
      subject: meeting.subject,
      start: meeting.start,
      end: meeting.end,
      location: meeting.location,
    });
  }
  emulator.store.grant(DEMO_ORGANIZER.upn, DEMO_CALENDAR_OWNER.upn, "write");
}
