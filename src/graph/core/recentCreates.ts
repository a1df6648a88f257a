import type { RecentCreate } from "./resentTwins";

/** How long a created attachment is watched for a resent copy: far longer than any list reload after it. */
export const RECENT_CREATE_TTL_MS = 10 * 60_000;

/**
 * What one client has under way and has just created, per event: the list check for resent copies must wait while
 * a create with the same name is still under way (its attachment may already be stored, not yet claimed).
 */
export interface RecentCreates {
  /** A create starts; the returned function ends it, whatever the outcome. */
  begin(eventKey: string, name: string): () => void;
  isUnderWay(eventKey: string, name: string): boolean;
  remember(entry: RecentCreate): void;
  /** The entries of this event still watched at `now`. */
  watched(eventKey: string, now: number): RecentCreate[];
  forget(entry: RecentCreate): void;
}

export function createRecentCreates(): RecentCreates {
  const underWay = new Map<string, number>();
  let entries: RecentCreate[] = [];
  const keyOf = (eventKey: string, name: string): string => `${eventKey}\n${name}`;

  return {
    begin(eventKey, name) {
      const key = keyOf(eventKey, name);
      underWay.set(key, (underWay.get(key) ?? 0) + 1);
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        const left = (underWay.get(key) ?? 1) - 1;
        if (left > 0) underWay.set(key, left);
        else underWay.delete(key);
      };
    },
    isUnderWay: (eventKey, name) => underWay.has(keyOf(eventKey, name)),
    remember(entry) {
      entries.push(entry);
    },
    watched(eventKey, now) {
      entries = entries.filter((entry) => now - entry.settledAt <= RECENT_CREATE_TTL_MS);
      return entries.filter((entry) => entry.eventKey === eventKey);
    },
    forget(entry) {
      entries = entries.filter((other) => other !== entry);
    },
  };
}
