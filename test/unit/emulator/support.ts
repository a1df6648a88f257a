import { setupServer, type SetupServer } from "msw/node";
import { createGraphEmulator, type GraphEmulator, type GraphEmulatorOptions } from "../../../dev/graph";
import { DEMO_ORGANIZER, makeDemoToken, type DemoUser } from "../../../dev/shared/demoIdentity";

export const GRAPH = "https://graph.microsoft.com";
export const START = new Date("2025-03-03T09:30:00Z");
export const EVENT_ID = "AAMkAGI1AAAt9AHjAAA=";
export const REFERENCE_EVENT_ID = "AAMkAGE1M88AADUv0uAAAG=";

export interface TestClock {
  now: () => Date;
  advance(ms: number): void;
  /** Back to the start moment. */
  reset(): void;
}

export function createClock(start: Date = START): TestClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    reset: () => {
      current = start.getTime();
    },
  };
}

export function tokenFor(
  user: DemoUser = DEMO_ORGANIZER,
  scopes: readonly string[] = ["Calendars.ReadWrite"],
  expiresAt: Date = new Date(START.getTime() + 60 * 60 * 1000),
): string {
  return makeDemoToken(user, scopes, expiresAt);
}

export interface EmulatorHarness {
  emulator: GraphEmulator;
  clock: TestClock;
  server: SetupServer;
}

/** One emulator behind msw for a test file; reset before each test so tests stay independent. */
export function useEmulator(options: GraphEmulatorOptions = {}): EmulatorHarness {
  const clock = createClock();
  const emulator = createGraphEmulator({ now: clock.now, ...options });
  const server = setupServer(...emulator.handlers);
  const harness: EmulatorHarness = { emulator, clock, server };
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  beforeEach(() => {
    clock.reset();
    emulator.reset();
  });
  afterAll(() => server.close());
  return harness;
}

export interface CallOptions {
  token?: string | null;
  body?: unknown;
  rawBody?: BodyInit;
  headers?: Record<string, string>;
}

/** A Graph call with the organizer's token unless told otherwise; `body` is sent as JSON. */
export function graph(method: string, path: string, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? tokenFor() : options.token;
  if (token !== null) headers["Authorization"] = `Bearer ${token}`;
  let body: BodyInit | undefined = options.rawBody;
  if (options.body !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(options.body);
  }
  return fetch(path.startsWith("http") ? path : `${GRAPH}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
}

export interface GraphErrorBody {
  error: { code: string; message: string; innerError?: Record<string, string> };
}

export async function errorOf(response: Response): Promise<GraphErrorBody["error"]> {
  const body = (await response.json()) as GraphErrorBody;
  return body.error;
}

// The reference pages' request bodies, shared with the Graph client's tests.
export {
  SEED_FILE_REQUEST as MENU_TXT,
  SEED_ITEM_REQUEST as HOLIDAY_EVENT,
  SEED_REFERENCE_REQUEST as PERSONAL_PICTURES,
} from "../graph/support/seedExamples";

export function fileBody(name: string, bytes: Uint8Array): Record<string, unknown> {
  return {
    "@odata.type": "#microsoft.graph.fileAttachment",
    name,
    contentBytes: Buffer.from(bytes).toString("base64"),
  };
}
