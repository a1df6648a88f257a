import type { EventAttachmentInput, EventBodyType, EventSummary } from "../../../graph";

/** An event's body as Graph gives it (`contentType` is lower case in Graph's answers). */
export interface EventBody {
  contentType: EventBodyType;
  content: string;
}

/** The body of an event read from Graph: `getEvent` selects it, the picker's search results do not carry one. */
export function readEventBody(event: EventSummary): EventBody | undefined {
  if (!event.body) return undefined;
  return { contentType: event.body.contentType === "html" ? "HTML" : "Text", content: event.body.content };
}

/**
 * The text of a body, for the preview. HTML is parsed by an inert DOMParser document (no scripts run, nothing loads)
 * and only its text is kept, so the preview renders characters, never markup.
 */
export function bodyText(body: EventBody): string {
  if (body.contentType === "Text") return body.content.trim();
  const document = new DOMParser().parseFromString(body.content, "text/html");
  for (const lineBreak of Array.from(document.querySelectorAll("br"))) lineBreak.replaceWith("\n");
  for (const block of Array.from(document.querySelectorAll("p, div, li, tr"))) block.append("\n");
  return (document.body.textContent ?? "").replace(/\n{3,}/g, "\n\n").trim();
}

/**
 * What attaching a picked event sends: its subject, body, start, end and location, as Graph gave them. Undefined
 * when Graph gave no start or end (nothing sensible can be attached then).
 */
export function pickedEventInput(
  event: EventSummary,
  body: EventBody | undefined,
  untitledName: string,
): EventAttachmentInput | undefined {
  if (!event.start || !event.end) return undefined;
  const subject = event.subject.trim();
  return {
    name: subject || untitledName,
    subject: event.subject,
    ...(body && body.content.trim() !== "" ? { body } : {}),
    start: { dateTime: event.start.dateTime, timeZone: event.start.timeZone },
    end: { dateTime: event.end.dateTime, timeZone: event.end.timeZone },
    ...(event.location ? { location: event.location } : {}),
    isAllDay: event.isAllDay,
  };
}
