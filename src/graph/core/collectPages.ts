import { GraphRequestError } from "../errors/GraphRequestError";
import { readJson } from "./readJson";
import { isRecord } from "../../shared/isRecord";

/**
 * Follows `@odata.nextLink` from `firstUrl`, collecting `value` items up to `maxItems`. A next link must stay on
 * the Graph root's origin: the bearer token is never sent anywhere else.
 */
export async function collectPages(
  firstUrl: string,
  origin: string,
  fetchPage: (url: string) => Promise<Response>,
  maxItems = Number.POSITIVE_INFINITY,
): Promise<unknown[]> {
  const items: unknown[] = [];
  let url: string | undefined = firstUrl;
  while (url !== undefined && items.length < maxItems) {
    const body = await readJson(await fetchPage(url));
    if (!isRecord(body) || !Array.isArray(body.value)) {
      throw new GraphRequestError("unexpectedResponse", "Microsoft Graph returned a list without `value`.");
    }
    items.push(...(body.value as unknown[]));
    const next = body["@odata.nextLink"];
    if (typeof next !== "string") break;
    if (new URL(next, url).origin !== origin) {
      throw new GraphRequestError("unexpectedResponse", "Microsoft Graph's next page link points to another host.");
    }
    url = new URL(next, url).href;
  }
  return items.slice(0, maxItems);
}
