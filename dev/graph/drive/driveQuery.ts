import { queryParam } from "../calendarViewQuery";
import { driveErrors, driveFail } from "./driveErrors";

/** SharePoint's page size when `$top` is not given. */
const DEFAULT_PAGE_SIZE = 200;

export interface DrivePage {
  top: number;
  /** Where this page starts in the full list (the emulator's skip token carries it). */
  offset: number;
  /** Lower-cased property names of `$select`, or null for all. */
  select: ReadonlySet<string> | null;
}

/** Graph takes the query options with or without the `$` (v1.0 and beta alike). */
function option(url: URL, name: string): string | null {
  return queryParam(url, `$${name}`) ?? queryParam(url, name);
}

/** Like SharePoint's own skip tokens: the base64 of `Paged=TRUE&p_ID={position}`. */
function encodeSkipToken(offset: number): string {
  return Buffer.from(`Paged=TRUE&p_ID=${offset}`).toString("base64url");
}

function decodeSkipToken(token: string): number {
  const match = /^Paged=TRUE&p_ID=(\d+)$/.exec(Buffer.from(token, "base64url").toString("utf8"));
  if (!match) return driveFail(driveErrors.badParameter("The $skiptoken is not valid."));
  return Number(match[1]);
}

export function parseSelect(url: URL): ReadonlySet<string> | null {
  const raw = option(url, "select");
  if (raw === null || raw.trim() === "") return null;
  return new Set(
    raw
      .split(",")
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name !== ""),
  );
}

export function parsePage(url: URL): DrivePage {
  const rawTop = option(url, "top");
  let top = DEFAULT_PAGE_SIZE;
  if (rawTop !== null) {
    if (!/^\d+$/.test(rawTop.trim()) || Number(rawTop) < 1) {
      driveFail(driveErrors.badParameter("The value of $top must be a positive integer."));
    }
    top = Number(rawTop);
  }
  const token = option(url, "skiptoken");
  return { top, offset: token === null ? 0 : decodeSkipToken(token), select: parseSelect(url) };
}

/** Keeps only the `$select`ed properties, which Graph tolerates naming unknown ones (they are left out). */
export function applySelect(
  json: Record<string, unknown>,
  select: ReadonlySet<string> | null,
): Record<string, unknown> {
  if (select === null) return json;
  return Object.fromEntries(Object.entries(json).filter(([name]) => select.has(name.toLowerCase())));
}

/** One page of `all`, and the URL of the next one (the request's own, with a new skip token) when there is more. */
export function pageOf<T>(all: readonly T[], page: DrivePage, url: URL): { items: T[]; nextLink: string | null } {
  const items = all.slice(page.offset, page.offset + page.top);
  const end = page.offset + items.length;
  if (end >= all.length) return { items, nextLink: null };
  // Built by hand: Graph's next links keep `$skiptoken` literal, where URLSearchParams would write `%24skiptoken`.
  const kept = url.search
    .replace(/^\?/, "")
    .split("&")
    .filter((pair) => pair !== "" && !/^(?:\$|%24)?skiptoken=/i.test(pair));
  const query = [...kept, `$skiptoken=${encodeSkipToken(end)}`].join("&");
  return { items, nextLink: `${url.origin}${url.pathname}?${query}` };
}
