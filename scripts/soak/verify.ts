import type { EmulatorStore, StoredAttachment } from "../../dev/graph";
import { sha256Hex } from "./fileBytes";
import type { PlannedAttachment, SoakEvent } from "./plan";

/** How one planned attachment ended, as the soak's simulated organizer saw it. */
export interface AttachmentOutcome {
  planned: PlannedAttachment;
  /** Calls made (the organizer presses Retry after a reported failure). */
  calls: number;
  /** The id the client returned, or undefined when the last call failed. */
  createdId?: string;
  /** The last failure's reason, when the last call failed. */
  failure?: string;
  /** Failures after which the attachment was already in the event: the client said "failed" but it worked. */
  falseFailures: number;
  /** For files: SHA-256 of the bytes sent. */
  sha256?: string;
}

export type ProblemKind = "duplicate" | "lost" | "misreport" | "corrupt" | "stray" | "gaveUp";

export interface Problem {
  kind: ProblemKind;
  detail: string;
}

export interface EventCheck {
  /** Planned attachments found in the event exactly as sent. */
  created: number;
  problems: Problem[];
}

function shortName(name: string): string {
  return name.length > 40 ? `${name.slice(0, 40)}…` : name;
}

/** Whether the stored attachment holds what was sent: the same bytes, subject or link. */
function sameContent(outcome: AttachmentOutcome, stored: StoredAttachment): boolean {
  const planned = outcome.planned;
  switch (planned.kind) {
    case "smallFile":
    case "largeFile":
      return stored.kind === "file" && sha256Hex(stored.bytes) === outcome.sha256;
    case "event":
      return stored.kind === "item" && stored.item["subject"] === planned.input.subject;
    case "link":
      return stored.kind === "reference" && stored.sourceUrl === planned.input.sourceUrl;
  }
}

/**
 * Compares what the client reported for one event's attachments with what the emulator holds: each one stored
 * exactly once with the returned id and the same content, nothing stored that was reported failed, nothing else.
 */
export function checkEvent(store: EmulatorStore, event: SoakEvent, outcomes: readonly AttachmentOutcome[]): EventCheck {
  const stored = store.attachments(event.id);
  const problems: Problem[] = [];
  let created = 0;
  const planned = new Set(outcomes.map((outcome) => outcome.planned.name));
  for (const outcome of outcomes) {
    const name = outcome.planned.name;
    const matches = stored.filter((attachment) => attachment.name === name);
    const label = `#${outcome.planned.index} ${outcome.planned.kind} "${shortName(name)}"`;
    if (outcome.createdId === undefined) {
      if (outcome.falseFailures > 0 || matches.length > 0) {
        const why = outcome.failure ?? "?";
        problems.push({ kind: "misreport", detail: `${label} was reported failed (${why}) but the event holds it` });
      } else {
        problems.push({ kind: "gaveUp", detail: `${label} failed ${outcome.calls} times: ${outcome.failure ?? "?"}` });
      }
      continue;
    }
    if (outcome.falseFailures > 0) {
      problems.push({ kind: "misreport", detail: `${label} was reported failed once but had been attached` });
    }
    if (matches.length === 0) {
      problems.push({ kind: "lost", detail: `${label} was reported attached (${outcome.createdId}) but is not there` });
      continue;
    }
    created += 1;
    if (matches.length > 1) {
      problems.push({ kind: "duplicate", detail: `${label} is there ${matches.length} times` });
    }
    const reported = matches.find((attachment) => attachment.id === outcome.createdId);
    if (!reported) {
      problems.push({ kind: "misreport", detail: `${label} was reported with an id the event does not hold` });
    } else if (!sameContent(outcome, reported)) {
      problems.push({ kind: "corrupt", detail: `${label} differs from what was sent` });
    }
  }
  for (const attachment of stored) {
    if (!planned.has(attachment.name)) {
      problems.push({ kind: "stray", detail: `"${shortName(attachment.name)}" in ${event.id} was never sent there` });
    }
  }
  return { created, problems };
}
