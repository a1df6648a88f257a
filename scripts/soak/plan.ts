import { chooseFileRoute, REFERENCE_PERMISSIONS, REFERENCE_PROVIDERS } from "../../src/graph";
import type { EventAttachmentInput, LinkAttachmentInput } from "../../src/graph";
import { seededRandom } from "../../dev/shared/seededRandom";

/** Who sends an attachment: the organizer's taskpane, or the calendar owner's own. */
export type TaskpaneId = "organizer" | "owner";

export interface SoakEvent {
  id: string;
  /** UPN of the mailbox the event lives in. */
  ownerUpn: string;
}

interface PlannedBase {
  index: number;
  name: string;
  taskpane: TaskpaneId;
  event: SoakEvent;
  /** The organizer reaches the owner's calendar as a delegate (`/users/{upn}`), everyone else through `/me`. */
  viaDelegate: boolean;
}

export type PlannedAttachment =
  | (PlannedBase & { kind: "smallFile" | "largeFile"; size: number })
  | (PlannedBase & { kind: "event"; input: EventAttachmentInput })
  | (PlannedBase & { kind: "link"; input: LinkAttachmentInput });

export interface SoakPlan {
  attachments: PlannedAttachment[];
  events: SoakEvent[];
}

const MB = 1_000_000;
/** The smallest large file: over the POST limit (about 3.13 MB), so always an upload session. */
export const LARGE_FILE_MIN_BYTES = 3_200_000;
const SMALL_FILE_MAX_BYTES = 2_000_000;
/** Graph's per-event limit is 35 MiB of reported size; events are filled to at most this many file bytes. */
const EVENT_FILE_BUDGET_BYTES = 30 * 1024 * 1024;
const ITEMS_PER_EVENT = 12;

/** Names as organizers have them: plain, accented, right-to-left, emoji, and some at the 255-character limit. */
function attachmentName(index: number, kind: PlannedAttachment["kind"], random: () => number): string {
  const id = `soak-${String(index).padStart(5, "0")}`;
  const extension =
    kind === "smallFile" || kind === "largeFile" ? ([".pdf", ".docx", ".bin", ".txt"][index % 4] ?? "") : "";
  const flavours = [
    `${id} Quarterly report`,
    `${id} Résumé définitif`,
    `${id} تقرير الاجتماع`,
    `${id} 会議資料 📎🗓️`,
    `${id} Протокол встречи`,
  ];
  const base = flavours[Math.floor(random() * flavours.length)] ?? id;
  // Sliced by code point: Outlook's 255 counts characters, and an emoji must not be cut in half.
  if (index % 17 === 5) return [...`${base} ${"x".repeat(255)}`].slice(0, 255 - extension.length).join("") + extension;
  return `${base}${extension}`;
}

function eventInput(name: string, index: number, random: () => number): EventAttachmentInput {
  const day = 1 + Math.floor(random() * 27);
  const hour = 8 + Math.floor(random() * 9);
  const date = `2031-03-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00`;
  const endDate = `2031-03-${String(day).padStart(2, "0")}T${String(hour + 1).padStart(2, "0")}:00:00`;
  return {
    name,
    subject: `Follow-up ${index}`,
    start: { dateTime: date, timeZone: "Pacific Standard Time" },
    end: { dateTime: endDate, timeZone: "Pacific Standard Time" },
    ...(index % 3 === 0 ? { body: { contentType: "Text" as const, content: `Notes for follow-up ${index}` } } : {}),
    ...(index % 4 === 0 ? { location: "Conference Room Rainier" } : {}),
  };
}

function linkInput(name: string, index: number, random: () => number): LinkAttachmentInput {
  const provider = REFERENCE_PROVIDERS[Math.floor(random() * REFERENCE_PROVIDERS.length)] ?? "other";
  const permission = REFERENCE_PERMISSIONS[Math.floor(random() * REFERENCE_PERMISSIONS.length)] ?? "view";
  return {
    name,
    sourceUrl: `https://contoso.sharepoint.com/sites/soak/Shared%20Documents/file-${index}.docx`,
    providerType: provider,
    permission,
    isFolder: index % 9 === 0,
  };
}

function pickKind(random: () => number): PlannedAttachment["kind"] {
  const roll = random();
  if (roll < 0.45) return "smallFile";
  if (roll < 0.55) return "largeFile";
  if (roll < 0.8) return "event";
  return "link";
}

/** 1 byte to 2 MB, spread on a log scale so tiny and near-limit files both occur. */
function smallFileSize(random: () => number): number {
  return Math.max(1, Math.round(Math.exp(random() * Math.log(SMALL_FILE_MAX_BYTES))));
}

/**
 * The attachments of a run and the events they go to. Three event streams: the organizer's own meetings, the
 * calendar owner's shared meetings the organizer edits as a delegate (no large files: Graph refuses upload
 * sessions there), and the owner's own meetings from the owner's taskpane. A new event starts when the current
 * one would pass its file budget or item count, as a real meeting would.
 */
export function planSoak(options: {
  count: number;
  seed: number;
  maxMb: number;
  organizerUpn: string;
  ownerUpn: string;
}): SoakPlan {
  const random = seededRandom(options.seed);
  const maxLarge = Math.max(LARGE_FILE_MIN_BYTES + 1, options.maxMb * MB);
  type Stream = { taskpane: TaskpaneId; ownerUpn: string; viaDelegate: boolean; allowsLarge: boolean };
  const streams: Stream[] = [
    { taskpane: "organizer", ownerUpn: options.organizerUpn, viaDelegate: false, allowsLarge: true },
    { taskpane: "organizer", ownerUpn: options.ownerUpn, viaDelegate: true, allowsLarge: false },
    { taskpane: "owner", ownerUpn: options.ownerUpn, viaDelegate: false, allowsLarge: true },
  ];
  const events: SoakEvent[] = [];
  const current = new Map<Stream, { event: SoakEvent; bytes: number; items: number }>();
  const openEvent = (stream: Stream): { event: SoakEvent; bytes: number; items: number } => {
    const event = { id: `AAMkAGSoak${String(events.length).padStart(4, "0")}AAA=`, ownerUpn: stream.ownerUpn };
    events.push(event);
    const slot = { event, bytes: 0, items: 0 };
    current.set(stream, slot);
    return slot;
  };

  const attachments: PlannedAttachment[] = [];
  for (let index = 0; index < options.count; index += 1) {
    const stream = streams[index % streams.length];
    let kind = pickKind(random);
    if (kind === "largeFile" && !stream.allowsLarge) kind = "smallFile";
    const name = attachmentName(index, kind, random);
    const size =
      kind === "largeFile"
        ? Math.round(LARGE_FILE_MIN_BYTES + random() * (maxLarge - LARGE_FILE_MIN_BYTES))
        : kind === "smallFile"
          ? smallFileSize(random)
          : 0;
    if (kind === "largeFile" && chooseFileRoute(name, size) !== "session") {
      throw new Error(`Planned large file ${name} (${size} bytes) would not use an upload session.`);
    }
    let slot = current.get(stream) ?? openEvent(stream);
    if (slot.bytes + size > EVENT_FILE_BUDGET_BYTES || slot.items >= ITEMS_PER_EVENT) slot = openEvent(stream);
    slot.bytes += size;
    slot.items += 1;
    const base = { index, name, taskpane: stream.taskpane, event: slot.event, viaDelegate: stream.viaDelegate };
    if (kind === "smallFile" || kind === "largeFile") attachments.push({ ...base, kind, size });
    else if (kind === "event") attachments.push({ ...base, kind, input: eventInput(name, index, random) });
    else attachments.push({ ...base, kind, input: linkInput(name, index, random) });
  }
  return { attachments, events };
}
