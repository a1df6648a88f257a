/**
 * A small read-only element tree over fast-xml-parser's ordered output, with the line each element starts on.
 * Element and attribute lookups use local names (the part after a namespace prefix), which is how the manifest
 * schema reads: `bt:Image` and `Image` are the same element to us.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface XmlElement {
  /** Local name, without any namespace prefix. */
  readonly name: string;
  /** Attributes by qualified name, as written. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Concatenated text content directly inside the element, trimmed. */
  readonly text: string;
  /** 1-based line of the start tag. */
  readonly line: number;
  readonly parent: XmlElement | undefined;
}

export type ParsedXml = { ok: true; root: XmlElement } | { ok: false; message: string; line: number };

function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon === -1 ? qualified : qualified.slice(colon + 1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function lineLocator(xml: string): (index: number | undefined) => number {
  const starts = [0];
  for (let i = 0; i < xml.length; i++) {
    if (xml.charCodeAt(i) === 10) starts.push(i + 1);
  }
  return (index) => {
    if (index === undefined) return 0;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= index) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

interface MutableElement {
  name: string;
  attributes: Record<string, string>;
  children: MutableElement[];
  text: string;
  line: number;
  parent: MutableElement | undefined;
}

/** Parses `xml`, reporting malformed XML with its line instead of throwing. */
export function parseXml(xml: string): ParsedXml {
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    return { ok: false, message: validation.err.msg, line: validation.err.line };
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    captureMetaData: true,
  });
  const parsed: unknown = parser.parse(xml);
  // Typed as the Symbol wrapper object; at run time it is a symbol (or a string where symbols are missing).
  const metaKey = XMLParser.getMetaDataSymbol() as unknown as symbol;
  const lineOf = lineLocator(xml);

  const build = (nodes: unknown, parent: MutableElement | undefined): MutableElement[] => {
    const elements: MutableElement[] = [];
    if (!Array.isArray(nodes)) return elements;
    for (const node of nodes) {
      if (!isRecord(node)) continue;
      const tag = Object.keys(node).find((key) => key !== ":@" && key !== "#text");
      if (tag === undefined || tag.startsWith("?")) continue;
      const rawAttributes = node[":@"];
      const attributes: Record<string, string> = {};
      if (isRecord(rawAttributes)) {
        for (const [key, value] of Object.entries(rawAttributes)) attributes[key] = String(value);
      }
      const meta: unknown = Reflect.get(node, metaKey);
      const startIndex = isRecord(meta) && typeof meta.startIndex === "number" ? meta.startIndex : undefined;
      const element: MutableElement = {
        name: localName(tag),
        attributes,
        children: [],
        text: "",
        line: lineOf(startIndex),
        parent,
      };
      const content = node[tag];
      if (Array.isArray(content)) {
        element.children = build(content, element);
        element.text = content
          .filter(isRecord)
          .map((child) => child["#text"])
          .filter((text): text is string | number => typeof text === "string" || typeof text === "number")
          .map(String)
          .join("")
          .trim();
      }
      elements.push(element);
    }
    return elements;
  };

  const [root] = build(parsed, undefined);
  if (root === undefined) return { ok: false, message: "The document has no root element.", line: 1 };
  return { ok: true, root };
}

/** The value of the attribute with this local name, ignoring namespace declarations. */
export function attr(element: XmlElement, name: string): string | undefined {
  for (const [qualified, value] of Object.entries(element.attributes)) {
    if (qualified === "xmlns" || qualified.startsWith("xmlns:")) continue;
    if (localName(qualified) === name) return value;
  }
  return undefined;
}

export function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

/** Every element below `element` (not itself), in document order. */
export function descendants(element: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (el: XmlElement): void => {
    for (const c of el.children) {
      found.push(c);
      walk(c);
    }
  };
  walk(element);
  return found;
}

/** The nearest ancestor with this local name. */
export function ancestor(element: XmlElement, name: string): XmlElement | undefined {
  let current = element.parent;
  while (current !== undefined && current.name !== name) current = current.parent;
  return current;
}
