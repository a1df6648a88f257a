import { createContext, useContext, useSyncExternalStore } from "react";
import { outlookTimeZone, type AttachSession, type SessionState } from "./attachSession";

export const AttachSessionContext = createContext<AttachSession | null>(null);

/** The taskpane's attach session; the forms, the list and the notices all reach the meeting through it. */
export function useAttachSession(): AttachSession {
  const session = useContext(AttachSessionContext);
  if (!session) throw new Error("useAttachSession must be used inside the taskpane");
  return session;
}

/**
 * One part of the session's state, re-rendering only when that part changes: the session replaces a part only when
 * it changes, so a list load does not re-render the meeting header, nor a new meeting the tabs and forms.
 */
export function useSessionField<K extends keyof SessionState>(key: K): SessionState[K] {
  const session = useAttachSession();
  return useSyncExternalStore(session.subscribe, () => session.getState()[key]);
}

/** The organizer's Windows time zone from Outlook, re-rendering only when it changes (not on every list load). */
export function useOutlookTimeZone(): string | undefined {
  const session = useAttachSession();
  return useSyncExternalStore(session.subscribe, () => outlookTimeZone(session.getState()));
}
