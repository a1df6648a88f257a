import type { EventAttachmentInput, EventBodyType, EventSummary } from "../../../graph";

/** An event's body as Graph gives it (`contentType` is lower case in Graph's answers). */
export interface EventBody {
  contentType: EventBodyType;
  content: string;
}

/**
 * The body of an event read from Graph, when the answer carries one. `EventSummary` asks only for the picker's
 * list fields; a fuller answer (for instance `getEvent` also selecting `body`) is read here without further change.
 */
export function readEventBody(event: EventSummary): EventBody | undefined {
  if (!("body" in event)) return undefined;
  const body: unknown = event.body;
  if (typeof body !== "object" || body === null) return undefined;
  const { contentType, content } = body as { contentType?: unknown; content?: unknown };
  if (typeof content !== "string" || typeof contentType !== "string") return undefined;
  return { contentType: contentType.toLowerCase() === "html" ? "HTML" : "Text", content };
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
