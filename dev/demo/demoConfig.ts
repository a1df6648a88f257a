import { isRecord } from "../../src/shared/isRecord";

export interface DemoConfig {
  /** Where the add-in's pages are served (another origin, as in Outlook on the web). */
  addinOrigin: string;
  /** The Graph the pane talks to: the local emulator, or `graph=<base URL>` from the demo's URL. */
  graphBaseUrl: string;
}

/** The dev server says where the add-in and the emulator are (their ports are chosen when it starts). */
export async function readDemoConfig(params: URLSearchParams): Promise<DemoConfig> {
  const response = await fetch("/demo-config.json");
  const body: unknown = await response.json();
  if (!isRecord(body) || typeof body.addinOrigin !== "string" || typeof body.graphBaseUrl !== "string") {
    throw new Error("The demo server sent no usable /demo-config.json.");
  }
  const given = params.get("graph");
  const graphBaseUrl = given && /^https?:\/\/[^\s]+$/.test(given) ? given.replace(/\/+$/, "") : body.graphBaseUrl;
  return { addinOrigin: body.addinOrigin, graphBaseUrl };
}
