import type { EventBodyType } from "../../../graph";

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * The organizer types text in both formats. For "HTML" the text is escaped, so anything that looks like markup
 * arrives as the characters typed, and line breaks become `<br>`; nothing typed is ever sent as raw HTML.
 */
export function toEventBody(
  text: string,
  contentType: EventBodyType,
): { contentType: EventBodyType; content: string } | undefined {
  if (text.trim() === "") return undefined;
  if (contentType === "Text") return { contentType, content: text };
  const escaped = text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
  return { contentType, content: escaped.replace(/\r\n?|\n/g, "<br>") };
}
