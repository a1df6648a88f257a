/**
 * Tokens stay in the Authorization header: never in a URL, a request body, storage, the console or an error,
 * across every Graph client operation, its retries and its failures, and in the demo sign-in.
 */
import { createGraphEmulator, SEED_EVENT_IDS } from "../../../dev/graph";
import { createDemoTokenProvider } from "../../../dev/auth/demoTokenProvider";
import { DEMO_ORGANIZER, makeDemoToken } from "../../../dev/shared/demoIdentity";
import { createGraphClient, type EventRef } from "../../../src/graph";

interface SeenRequest {
  method: string;
  url: string;
  authorization: string | null;
  headers: string;
  body: string;
}

class RecordingStorage {
  readonly writes: string[] = [];
  readonly length = 0;
  clear(): void {}
  getItem(): string | null {
    return null;
  }
  key(): string | null {
    return null;
  }
  removeItem(): void {}
  setItem(key: string, value: string): void {
    this.writes.push(`${key}=${value}`);
  }
}

const CONSOLE_METHODS = ["log", "info", "warn", "error", "debug", "trace"] as const;
const SCOPES = ["Calendars.ReadWrite", "Calendars.ReadWrite.Shared"];
const EVENT: EventRef = { mailbox: { kind: "me" }, eventId: SEED_EVENT_IDS.fileAndItemExample };
const SHARED: EventRef = {
  mailbox: { kind: "user", idOrUpn: "megan.bowen@contoso.example" },
  eventId: SEED_EVENT_IDS.sharedCalendar,
};

/** Bytes as text, so a token inside a binary or base64 body is found too. */
async function bodyText(request: Request): Promise<string> {
  const bytes = new Uint8Array(await request.clone().arrayBuffer());
  return Buffer.from(bytes).toString("latin1");
}

function everyTextOf(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth += 1) {
    parts.push(JSON.stringify(current) ?? "");
    if (current instanceof Error) parts.push(current.message, current.stack ?? "");
    else if (typeof current === "string") parts.push(current);
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join("\n");
}

describe("the Graph client keeps tokens out of URLs, bodies, storage, console and errors", () => {
  const emulator = createGraphEmulator();
  const seen: SeenRequest[] = [];
  const tokens: string[] = [];
  const consoleCalls: unknown[][] = [];
  const local = new RecordingStorage();
  const session = new RecordingStorage();
  const errors: unknown[] = [];

  const fetchThroughEmulator: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    seen.push({
      method: request.method,
      url: request.url,
      authorization: request.headers.get("authorization"),
      headers: [...request.headers].filter(([name]) => name !== "authorization").join("\n"),
      body: await bodyText(request),
    });
    const response = await emulator.handle(request);
    if (response.type === "error") throw new TypeError("fetch failed");
    return response;
  };

  const client = createGraphClient({
    getToken: (request) => {
      if (request.forceRefresh || tokens.length === 0) {
        tokens.push(makeDemoToken(DEMO_ORGANIZER, SCOPES, new Date(Date.now() + 3_600_000 + tokens.length * 1000)));
      }
      return Promise.resolve(tokens[tokens.length - 1] ?? "");
    },
    fetch: fetchThroughEmulator,
    retry: { baseDelayMs: 1, floorMs: 1, maxRetryAfterMs: 5, limit: 2 },
    chunkBytes: 1_048_576,
  });

  const attempt = async (work: () => Promise<unknown>): Promise<void> => {
    try {
      await work();
    } catch (error) {
      errors.push(error);
    }
  };

  // Two 3.5 MB uploads and every failure path: seconds of work, more on a loaded machine than jest's 5 s default.
  beforeAll(async () => {
    Object.assign(globalThis, { localStorage: local, sessionStorage: session });
    for (const method of CONSOLE_METHODS) {
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleCalls.push(args));
    }
    const file = (size: number, name: string) => Object.assign(new Blob([new Uint8Array(size).fill(65)]), { name });

    const created = await client.attachFile(EVENT, file(2_000, "notes.txt"));
    await client.attachFile(EVENT, file(3_500_000, "slides.pptx")); // upload session
    await client.attachEvent(EVENT, {
      name: "Follow-up",
      subject: "Follow-up",
      start: { dateTime: "2031-03-03T10:00:00", timeZone: "Pacific Standard Time" },
      end: { dateTime: "2031-03-03T11:00:00", timeZone: "Pacific Standard Time" },
    });
    await client.attachLink(EVENT, {
      name: "Plan",
      sourceUrl: "https://contoso.sharepoint.com/sites/plan/Shared%20Documents/plan.docx",
      providerType: "oneDriveBusiness",
      permission: "view",
    });
    await client.listAttachments(EVENT);
    await client.getEvent(EVENT);
    await client.listCalendarView({ kind: "me" }, { start: new Date(), end: new Date(Date.now() + 30 * 86_400_000) });
    await client.deleteAttachment(EVENT, created.id);

    // Failures: an expired token (refreshed once), throttling past the limit, a dropped connection, a refused
    // delegate upload session, an unknown event, a 401 that stays after the refresh.
    emulator.faults.expireToken(tokens[tokens.length - 1] ?? "");
    await client.listAttachments(EVENT);
    emulator.faults.inject({ match: { method: "GET" }, times: 3, fault: { kind: "status", status: 429 } });
    await attempt(() => client.listAttachments(EVENT));
    emulator.faults.inject({ match: { method: "POST" }, times: 3, fault: { kind: "drop" } });
    await attempt(() => client.attachFile(EVENT, file(10, "dropped.txt")));
    await attempt(() => client.attachFile(SHARED, file(3_500_000, "shared.pptx")));
    await attempt(() => client.getEvent({ mailbox: { kind: "me" }, eventId: "AAMkAGI1AAAunknownAAA=" }));
    emulator.faults.inject({ match: { method: "GET" }, times: 2, fault: { kind: "status", status: 401 } });
    await attempt(() => client.listAttachments(EVENT));
  }, 30_000);

  afterAll(() => {
    jest.restoreAllMocks();
    Reflect.deleteProperty(globalThis, "localStorage");
    Reflect.deleteProperty(globalThis, "sessionStorage");
  });

  it("exercised what it claims: several tokens, uploads, and five kinds of failure", () => {
    expect(tokens.length).toBeGreaterThanOrEqual(2);
    expect(seen.some((request) => request.method === "PUT")).toBe(true);
    expect(errors.map((error) => (error as { reason?: string }).reason)).toEqual([
      "throttled",
      "network",
      "uploadSessionSharedMailbox",
      "notFound",
      "unauthorized",
    ]);
  });

  it("no token in any URL, body or other header", () => {
    for (const request of seen) {
      for (const token of tokens) {
        expect(request.url).not.toContain(token);
        expect(request.body).not.toContain(token);
        expect(request.headers).not.toContain(token);
      }
    }
  });

  it("every Graph request carries Bearer and the current token; upload-session requests carry none", () => {
    for (const request of seen) {
      const upload = new URL(request.url).host === "outlook.office.com";
      if (upload) {
        expect(request.authorization).toBeNull();
      } else {
        expect(request.authorization).toMatch(/^Bearer \S+$/);
        expect(tokens).toContain(request.authorization?.slice("Bearer ".length));
      }
    }
    expect(seen.filter((request) => new URL(request.url).host === "outlook.office.com").length).toBeGreaterThan(1);
  });

  it("nothing written to storage, nothing on the console, no token in any error", () => {
    expect(local.writes).toEqual([]);
    expect(session.writes).toEqual([]);
    expect(consoleCalls).toEqual([]);
    for (const error of errors) for (const token of tokens) expect(everyTextOf(error)).not.toContain(token);
  });
});

describe("the demo sign-in keeps tokens in memory", () => {
  it("issues, caches and refreshes without storage or console", async () => {
    const local = new RecordingStorage();
    const session = new RecordingStorage();
    Object.assign(globalThis, { localStorage: local, sessionStorage: session });
    const calls: unknown[][] = [];
    const spies = CONSOLE_METHODS.map((method) =>
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void calls.push(args)),
    );
    try {
      const provider = createDemoTokenProvider({ tokenLifetimeMs: 60_000 });
      const first = await provider.getToken({ scopes: SCOPES });
      expect(await provider.getToken({ scopes: SCOPES })).toBe(first);
      provider.expireNextToken();
      const refreshed = await provider.getToken({ scopes: SCOPES, forceRefresh: true });
      expect(refreshed).not.toBe(first);
      await provider.signOut();
      expect(provider.issuedCount).toBe(2);
      expect(local.writes).toEqual([]);
      expect(session.writes).toEqual([]);
      expect(calls).toEqual([]);
    } finally {
      for (const spy of spies) spy.mockRestore();
      Reflect.deleteProperty(globalThis, "localStorage");
      Reflect.deleteProperty(globalThis, "sessionStorage");
    }
  });
});
