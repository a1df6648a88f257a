import type { ReactNode } from "react";

/** The nested-event form: compose an event, or pick one from the organizer's calendar, and attach it. */
export function EventAttachForm(): ReactNode {
  return null;
}
