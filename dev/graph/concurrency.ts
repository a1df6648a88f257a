/**
 * Outlook allows 4 concurrent requests per app and mailbox; the next one gets 429 ApplicationThrottled.
 * A request holds its slot from the moment its mailbox is known until its answer is ready.
 */
export class MailboxConcurrency {
  private readonly inFlight = new Map<string, number>();

  constructor(private limit: number | null) {}

  setLimit(limit: number | null): void {
    this.limit = limit;
  }

  /** A release function, or null when the mailbox is already at its limit. */
  tryAcquire(mailbox: string): (() => void) | null {
    const key = mailbox.toLowerCase();
    const current = this.inFlight.get(key) ?? 0;
    if (this.limit !== null && current >= this.limit) return null;
    this.inFlight.set(key, current + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const remaining = (this.inFlight.get(key) ?? 1) - 1;
      if (remaining > 0) this.inFlight.set(key, remaining);
      else this.inFlight.delete(key);
    };
  }

  clear(): void {
    this.inFlight.clear();
  }
}
