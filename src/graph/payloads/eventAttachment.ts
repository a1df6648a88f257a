import { AttachmentInputError } from "../errors/AttachmentInputError";
import type { AttachmentInputField } from "../errors/reasons";
import { isMidnight, parseLocalDateTime } from "../utils/localDateTime";
import type { EventAttachmentInput, ItemAttachmentPayload } from "./types";
import { validateAttachmentName } from "./validateName";

function checkTime(value: { dateTime: string; timeZone: string }, field: "start" | "end"): number {
  const time = parseLocalDateTime(value.dateTime);
  if (time === undefined) {
    throw new AttachmentInputError("dateInvalid", `The ${field} is not a valid date and time.`, { field: field });
  }
  if (value.timeZone.trim() === "") {
    throw new AttachmentInputError("timeZoneEmpty", "The time zone is missing.", { field: "timeZone" });
  }
  return time;
}

function refuse(reason: "subjectInvalid" | "bodyInvalid", field: AttachmentInputField, message: string): never {
  throw new AttachmentInputError(reason, message, { field: field });
}

/**
 * `itemAttachment` holding an event, as in Graph's "attach an event to another event" example. End before start
 * is refused when both use the same zone (comparing across zones would need zone data the client does not carry).
 */
export function buildEventAttachment(input: EventAttachmentInput): ItemAttachmentPayload {
  const name = validateAttachmentName(input.name);
  if (typeof input.subject !== "string" || /\p{Cc}/u.test(input.subject.replace(/[\t\n\r]/g, ""))) {
    refuse("subjectInvalid", "subject", "The subject is not valid text.");
  }
  if (input.body && input.body.contentType !== "HTML" && input.body.contentType !== "Text") {
    refuse("bodyInvalid", "body", "The body must be HTML or Text.");
  }
  const start = checkTime(input.start, "start");
  const end = checkTime(input.end, "end");
  if (input.start.timeZone === input.end.timeZone && end < start) {
    throw new AttachmentInputError("endBeforeStart", "The event ends before it starts.", { field: "end" });
  }
  if (input.isAllDay && (!isMidnight(input.start.dateTime) || !isMidnight(input.end.dateTime) || end <= start)) {
    throw new AttachmentInputError("allDayNotMidnight", "An all-day event runs from midnight to midnight.", {
      field: "isAllDay",
    });
  }
  const location = input.location?.trim();
  return {
    "@odata.type": "#microsoft.graph.itemAttachment",
    name,
    item: {
      "@odata.type": "microsoft.graph.event",
      subject: input.subject,
      ...(input.body ? { body: { contentType: input.body.contentType, content: input.body.content } } : {}),
      start: { dateTime: input.start.dateTime, timeZone: input.start.timeZone },
      end: { dateTime: input.end.dateTime, timeZone: input.end.timeZone },
      ...(location ? { location: { displayName: location } } : {}),
      ...(input.isAllDay === undefined ? {} : { isAllDay: input.isAllDay }),
    },
  };
}
