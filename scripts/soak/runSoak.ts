import { getEventListeners, setMaxListeners } from "node:events";
import { startEmulatorServer, type FaultStats, type GraphEmulator } from "../../dev/graph";
import { DEMO_CALENDAR_OWNER, DEMO_ORGANIZER } from "../../dev/shared/demoIdentity";
import {
  createGraphClient,
  isGraphRequestError,
  type AttachmentInfo,
  type EventRef,
  type GraphClient,
} from "../../src/graph";
import { countingFetch, type WireCounts } from "./countingFetch";
import { soakFile } from "./fileBytes";
import type { SoakOptions } from "./options";
import { planSoak, type PlannedAttachment, type SoakEvent, type TaskpaneId } from "./plan";
import { refreshingTokens, type RefreshingTokens } from "./tokens";
import { checkEvent, type AttachmentOutcome, type Problem } from "./verify";

/** The fault mix of the soak: 20 % throttling (half without Retry-After), 5 % 503, 5 % drops, 5 % lost answers. */
export const SOAK_FAULT_RATES = {
  throttle429: 0.1,
  throttle429NoRetryAfter: 0.1,
  unavailable503: 0.05,
  drop: 0.05,
  lostResponse: 0.05,
} as const;

/** Short waits so the run is fast; the retry count and the rules are the client's defaults. */
const SOAK_RETRY = { baseDelayMs: 10, floorMs: 5, maxRetryAfterMs: 100, backoffLimitMs: 200, timeoutMs: 30_000 };
/** The organizer presses Retry after a reported failure, up to this many calls in all. */
const MAX_CALLS = 3;

export interface SoakReport {
  options: SoakOptions;
  attempted: number;
  /** Attachments the event holds as sent, with the id the client returned. */
  created: number;
  duplicates: number;
  /** Reported attached but not in the event. */
  lost: number;
  /** Reported failed but attached, or attached under another id. */
  misreports: number;
  /** Stored with other bytes, subject or link than sent. */
  corrupt: number;
  /** In an event without having been sent there (or appearing after the event was checked). */
  strays: number;
  /** Still failing after the organizer's retries. */
  gaveUp: number;
  /** Calls the organizer repeated after a reported failure. */
  organizerRetries: number;
  timedOut: boolean;
  wire: WireCounts;
  faults: FaultStats;
  tokenRefreshes: number;
  events: number;
  fileBytes: number;
  kinds: Record<PlannedAttachment["kind"], number>;
  wallMs: number;
  /** Abort listeners still on the shared signal after every call settled (a leak if above zero). */
  leftListeners: number;
  /** The first problems found, for the log. */
  problems: Problem[];
}

/**
 * A clean failure (reported failed, nothing stored) is honest, so it is allowed, but only rarely: the organizer
 * retried it twice already, and a soak where most calls fail would prove nothing.
 */
export const MAX_GAVE_UP_SHARE = 0.01;

export function soakPassed(report: SoakReport): boolean {
  return (
    !report.timedOut &&
    report.duplicates === 0 &&
    report.lost === 0 &&
    report.misreports === 0 &&
    report.corrupt === 0 &&
    report.strays === 0 &&
    report.gaveUp <= Math.floor(report.attempted * MAX_GAVE_UP_SHARE) &&
    report.leftListeners === 0 &&
    report.created + report.gaveUp === report.attempted
  );
}

function refFor(planned: PlannedAttachment): EventRef {
  return {
    mailbox: planned.viaDelegate ? { kind: "user", idOrUpn: planned.event.ownerUpn } : { kind: "me" },
    eventId: planned.event.id,
  };
}

/** One call of the client for a planned attachment; files are generated afresh (deterministically) per call. */
async function attachOnce(
  client: GraphClient,
  planned: PlannedAttachment,
  seed: number,
  signal: AbortSignal,
  outcome: AttachmentOutcome,
): Promise<AttachmentInfo> {
  const ref = refFor(planned);
  switch (planned.kind) {
    case "smallFile":
    case "largeFile": {
      const file = soakFile(seed, planned.index, planned.size, planned.name);
      outcome.sha256 = file.sha256;
      return client.attachFile(ref, file.blob, { signal });
    }
    case "event":
      return client.attachEvent(ref, planned.input, { signal });
    case "link":
      return client.attachLink(ref, planned.input, { signal });
  }
}

function describeFailure(error: unknown): string {
  if (isGraphRequestError(error)) {
    const status = error.status === undefined ? "no status" : `HTTP ${error.status}`;
    return `${error.reason} (${status}, ${error.attempts ?? "?"} attempts): ${error.message}`;
  }
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Runs `work` over `items` with at most `width` in flight, in order: a taskpane sending a few at a time. */
async function inPool<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

function addSoakEvents(emulator: GraphEmulator, events: readonly SoakEvent[]): void {
  const start = Date.UTC(2031, 2, 3, 16);
  events.forEach((event, index) => {
    emulator.store.addEvent({
      id: event.id,
      owner: event.ownerUpn,
      subject: `Soak meeting ${index + 1}`,
      start: new Date(start + index * 3_600_000),
      end: new Date(start + index * 3_600_000 + 1_800_000),
    });
  });
}

/**
 * The fault soak: every planned attachment through the real Graph client, over real HTTP, to the emulator on a
 * loopback port with random faults and one token expiry; each event is checked against the client's reports as
 * soon as its last attachment settles, then emptied so memory stays bounded, and all events are checked once more
 * at the end for anything that arrived late.
 */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const log = options.log ?? (() => undefined);
  const plan = planSoak({ ...options, organizerUpn: DEMO_ORGANIZER.upn, ownerUpn: DEMO_CALENDAR_OWNER.upn });
  const server = await startEmulatorServer(0, "127.0.0.1");
  const { emulator } = server;
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new Error("The soak passed its deadline.")), options.deadlineMs);
  // Many calls wait on this one signal at once; Node's leak warning counts them as if they were left behind.
  setMaxListeners(0, deadline.signal);
  const started = performance.now();
  try {
    addSoakEvents(emulator, plan.events);
    emulator.faults.randomly({ seed: options.seed, rates: SOAK_FAULT_RATES });
    const wire = countingFetch(globalThis.fetch.bind(globalThis));
    const tokens: Record<TaskpaneId, RefreshingTokens> = {
      organizer: refreshingTokens(DEMO_ORGANIZER),
      owner: refreshingTokens(DEMO_CALENDAR_OWNER),
    };
    const clientFor = (taskpane: TaskpaneId): GraphClient =>
      createGraphClient({
        getToken: tokens[taskpane].getToken,
        baseUrl: server.url,
        fetch: wire.fetch,
        retry: SOAK_RETRY,
      });
    const clients: Record<TaskpaneId, GraphClient> = { organizer: clientFor("organizer"), owner: clientFor("owner") };

    const outcomes = new Map<SoakEvent, AttachmentOutcome[]>();
    const remaining = new Map<SoakEvent, number>();
    for (const planned of plan.attachments) {
      remaining.set(planned.event, (remaining.get(planned.event) ?? 0) + 1);
    }
    const problems: Problem[] = [];
    let created = 0;
    let begun = 0;
    let settled = 0;
    let organizerRetries = 0;
    const expireAt = Math.floor(plan.attachments.length / 2);

    const settle = (planned: PlannedAttachment, outcome: AttachmentOutcome): void => {
      const list = outcomes.get(planned.event) ?? [];
      list.push(outcome);
      outcomes.set(planned.event, list);
      const left = (remaining.get(planned.event) ?? 1) - 1;
      remaining.set(planned.event, left);
      settled += 1;
      if (settled % 50 === 0) log(`  ${settled}/${plan.attachments.length} settled`);
      if (left > 0) return;
      const check = checkEvent(emulator.store, planned.event, list);
      created += check.created;
      problems.push(...check.problems);
      // Checked: drop the bytes so a long run's memory stays bounded.
      for (const attachment of emulator.store.attachments(planned.event.id)) {
        emulator.store.removeAttachment(planned.event.id, attachment.id);
      }
      outcomes.delete(planned.event);
    };

    const attach = async (planned: PlannedAttachment): Promise<void> => {
      begun += 1;
      if (begun === expireAt) emulator.faults.expireToken(tokens.organizer.current());
      const outcome: AttachmentOutcome = { planned, calls: 0, falseFailures: 0 };
      while (outcome.calls < MAX_CALLS && !deadline.signal.aborted) {
        outcome.calls += 1;
        if (outcome.calls > 1) organizerRetries += 1;
        try {
          const info = await attachOnce(clients[planned.taskpane], planned, options.seed, deadline.signal, outcome);
          outcome.createdId = info.id;
          delete outcome.failure;
          break;
        } catch (error) {
          outcome.failure = describeFailure(error);
          if (process.env.SOAK_DEBUG) log(`  #${planned.index} call ${outcome.calls}: ${outcome.failure}`);
          const stored = emulator.store.attachments(planned.event.id).some((a) => a.name === planned.name);
          if (stored) {
            // Reported failed, yet attached: a misreport; retrying would hide it behind a duplicate.
            outcome.falseFailures += 1;
            break;
          }
        }
      }
      settle(planned, outcome);
    };

    const byTaskpane = (taskpane: TaskpaneId) => plan.attachments.filter((item) => item.taskpane === taskpane);
    await Promise.all([
      inPool(byTaskpane("organizer"), options.perTaskpane, attach),
      inPool(byTaskpane("owner"), options.perTaskpane, attach),
    ]);
    // Every call shared the deadline's signal: listeners left on it would pile up in a long-lived taskpane.
    const leftListeners = getEventListeners(deadline.signal, "abort").length;

    // Anything in an event after it was checked and emptied arrived late (a write the client did not wait for).
    for (const event of plan.events) {
      for (const attachment of emulator.store.attachments(event.id)) {
        problems.push({
          kind: "stray",
          detail: `"${attachment.name.slice(0, 40)}" arrived after its event was checked`,
        });
      }
    }
    const wallMs = performance.now() - started;
    const count = (kind: Problem["kind"]): number => problems.filter((problem) => problem.kind === kind).length;
    const kinds = { smallFile: 0, largeFile: 0, event: 0, link: 0 };
    let fileBytes = 0;
    for (const planned of plan.attachments) {
      kinds[planned.kind] += 1;
      if (planned.kind === "smallFile" || planned.kind === "largeFile") fileBytes += planned.size;
    }
    return {
      options,
      attempted: plan.attachments.length,
      created,
      duplicates: count("duplicate"),
      lost: count("lost"),
      misreports: count("misreport"),
      corrupt: count("corrupt"),
      strays: count("stray"),
      gaveUp: count("gaveUp"),
      organizerRetries,
      timedOut: deadline.signal.aborted,
      wire: { ...wire.counts },
      faults: emulator.faults.stats(),
      tokenRefreshes: tokens.organizer.refreshes + tokens.owner.refreshes,
      events: plan.events.length,
      fileBytes,
      kinds,
      wallMs,
      leftListeners,
      problems: problems.slice(0, 20),
    };
  } finally {
    clearTimeout(timer);
    await server.close();
  }
}
