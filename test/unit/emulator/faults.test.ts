import { DEMO_CALENDAR_OWNER, DEMO_ORGANIZER } from "../../../dev/shared/demoIdentity";
import { EVENT_ID, MENU_TXT, errorOf, graph, tokenFor, useEmulator } from "./support";

interface PendingSleep {
  ms: number;
  resolve: () => void;
}

const sleeps: PendingSleep[] = [];
const { emulator } = useEmulator({
  sleep: (ms) => new Promise<void>((resolve) => sleeps.push({ ms, resolve })),
});
const LIST = `/v1.0/me/events/${EVENT_ID}/attachments`;

beforeEach(() => {
  sleeps.length = 0;
});

/** Lets pending promises and msw's own steps run. */
async function settle(): Promise<void> {
  for (let round = 0; round < 20; round += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}

async function waitForSleeps(count: number): Promise<void> {
  for (let round = 0; round < 50 && sleeps.length < count; round += 1) await settle();
  expect(sleeps).toHaveLength(count);
}

describe("scripted faults", () => {
  it("answers an injected 503 once, then normally", async () => {
    emulator.faults.inject({ times: 1, fault: { kind: "status", status: 503 } });
    const failed = await graph("GET", LIST);
    expect(failed.status).toBe(503);
    expect((await errorOf(failed)).code).toBe("MailboxInfoStale");
    expect((await graph("GET", LIST)).status).toBe(200);
    expect(emulator.faults.stats()).toMatchObject({ total: 1, status: 1, byStatus: { "503": 1 } });
  });

  it("gives an injected 429 Graph's body and Retry-After: 1 unless told otherwise", async () => {
    emulator.faults.inject({ times: 1, fault: { kind: "status", status: 429 } });
    emulator.faults.inject({ times: 1, fault: { kind: "status", status: 429, retryAfter: null } });
    emulator.faults.inject({ times: 1, fault: { kind: "status", status: 429, retryAfter: "0.249" } });
    const first = await graph("GET", LIST);
    expect(first.headers.get("retry-after")).toBe("1");
    expect(await errorOf(first)).toMatchObject({
      code: "ApplicationThrottled",
      message: "Application is over its MailboxConcurrency limit.",
    });
    expect((await graph("GET", LIST)).headers.get("retry-after")).toBeNull();
    expect((await graph("GET", LIST)).headers.get("retry-after")).toBe("0.249");
  });

  it("uses a given code and message", async () => {
    emulator.faults.inject({ times: 1, fault: { kind: "status", status: 500, code: "Custom", message: "Broken." } });
    const response = await graph("GET", LIST);
    expect(response.status).toBe(500);
    expect(await errorOf(response)).toMatchObject({ code: "Custom", message: "Broken." });
  });

  it("matches on method and path (string or RegExp) and counts down times", async () => {
    emulator.faults.inject({
      match: { method: "post", path: "/attachments$" },
      times: 2,
      fault: { kind: "status", status: 504 },
    });
    emulator.faults.inject({ match: { path: /calendarView/ }, fault: { kind: "status", status: 500 } });
    expect((await graph("GET", LIST)).status).toBe(200);
    expect((await graph("POST", LIST, { body: MENU_TXT })).status).toBe(504);
    expect((await graph("POST", LIST, { body: MENU_TXT })).status).toBe(504);
    expect((await graph("POST", LIST, { body: MENU_TXT })).status).toBe(201);
    const view = await graph("GET", "/v1.0/me/calendarView?startDateTime=2025-03-03&endDateTime=2025-03-10");
    expect(view.status).toBe(500);
  });

  it("answers before checking the token, like a failing gateway", async () => {
    emulator.faults.inject({ times: 1, fault: { kind: "status", status: 503 } });
    expect((await graph("GET", LIST, { token: null })).status).toBe(503);
  });

  it("drops the connection before acting: a network error, nothing created", async () => {
    emulator.faults.inject({ times: 1, fault: { kind: "drop" } });
    await expect(graph("POST", LIST, { body: MENU_TXT })).rejects.toThrow(TypeError);
    expect(emulator.store.attachments(EVENT_ID)).toHaveLength(0);
    expect(emulator.faults.stats().drop).toBe(1);
  });

  it("loses the answer after acting: a network error, but the attachment exists", async () => {
    emulator.faults.inject({ match: { method: "POST" }, times: 1, fault: { kind: "lostResponse" } });
    await expect(graph("POST", LIST, { body: MENU_TXT })).rejects.toThrow(TypeError);
    expect(emulator.store.attachments(EVENT_ID).map((attachment) => attachment.name)).toEqual(["menu.txt"]);
    const list = (await (await graph("GET", LIST)).json()) as { value: unknown[] };
    expect(list.value).toHaveLength(1);
  });

  it("delays an answer until the injected sleep ends", async () => {
    emulator.faults.inject({ times: 1, fault: { kind: "delay", ms: 2500 } });
    let answered = false;
    const pending = graph("GET", LIST).then((response) => {
      answered = true;
      return response;
    });
    await waitForSleeps(1);
    expect(sleeps[0]?.ms).toBe(2500);
    expect(answered).toBe(false);
    sleeps[0]?.resolve();
    expect((await pending).status).toBe(200);
    expect(emulator.faults.stats().delay).toBe(1);
  });

  it("applies to upload URLs too", async () => {
    const created = await graph("POST", `${LIST}/createUploadSession`, {
      body: { AttachmentItem: { attachmentType: "file", name: "big.bin", size: 3_000_000 } },
    });
    const { uploadUrl } = (await created.json()) as { uploadUrl: string };
    emulator.faults.inject({ match: { method: "PUT", path: "AttachmentSessions" }, times: 1, fault: { kind: "drop" } });
    await expect(
      fetch(uploadUrl, { method: "PUT", headers: { "Content-Range": "bytes 0-9/3000000" }, body: new Uint8Array(10) }),
    ).rejects.toThrow(TypeError);
    const status = (await (await fetch(uploadUrl)).json()) as { nextExpectedRanges: string[] };
    expect(status.nextExpectedRanges).toEqual(["0-"]);
  });

  it("clears rules, revoked tokens and counts", async () => {
    const token = tokenFor();
    emulator.faults.inject({ fault: { kind: "status", status: 500 } });
    emulator.faults.expireToken(token);
    await graph("GET", LIST, { token });
    emulator.faults.clear();
    expect((await graph("GET", LIST, { token })).status).toBe(200);
    expect(emulator.faults.stats().total).toBe(0);
  });
});

describe("a CORS refusal (corsRefused)", () => {
  const PAGE = "http://localhost:3001";

  async function uploadUrlOf(size = 3_000_000): Promise<string> {
    const created = await graph("POST", `${LIST}/createUploadSession`, {
      body: { AttachmentItem: { attachmentType: "file", name: "big.bin", size } },
    });
    return ((await created.json()) as { uploadUrl: string }).uploadUrl;
  }

  const preflight = (url: string, method: string): Promise<Response> =>
    fetch(url, {
      method: "OPTIONS",
      headers: {
        Origin: PAGE,
        "Access-Control-Request-Method": method,
        "Access-Control-Request-Headers": "content-range",
      },
    });

  it("answers the upload URL's preflights and requests without CORS headers, for every request when no times", async () => {
    const uploadUrl = await uploadUrlOf();
    expect((await preflight(uploadUrl, "PUT")).headers.get("access-control-allow-origin")).toBe(PAGE);
    emulator.faults.inject({ match: { path: "AttachmentSessions" }, fault: { kind: "corsRefused" } });
    for (const method of ["PUT", "PUT", "DELETE"]) {
      const refused = await preflight(uploadUrl, method);
      expect(refused.status).toBe(204);
      expect(refused.headers.get("access-control-allow-origin")).toBeNull();
      expect(refused.headers.get("access-control-allow-methods")).toBeNull();
    }
    // A request a browser sends without a preflight is handled, but its answer carries nothing a page may read.
    const status = await fetch(uploadUrl, { headers: { Origin: PAGE } });
    expect(status.status).toBe(200);
    expect(status.headers.get("access-control-allow-origin")).toBeNull();
    // Graph itself keeps its CORS headers: only the matched path is refused.
    const list = await graph("GET", LIST, { headers: { Origin: PAGE } });
    expect(list.headers.get("access-control-allow-origin")).toBe(PAGE);
    expect(emulator.faults.stats()).toMatchObject({ total: 4, corsRefused: 4 });
  });

  it("matches a preflight by the method it asks about, counts down times, and leaves other rules to the request", async () => {
    const uploadUrl = await uploadUrlOf();
    emulator.faults.inject({ match: { method: "PUT" }, times: 1, fault: { kind: "corsRefused" } });
    emulator.faults.inject({ match: { method: "PUT" }, times: 1, fault: { kind: "status", status: 503 } });
    expect((await preflight(uploadUrl, "DELETE")).headers.get("access-control-allow-origin")).toBe(PAGE);
    expect((await preflight(uploadUrl, "PUT")).headers.get("access-control-allow-origin")).toBeNull();
    expect((await preflight(uploadUrl, "PUT")).headers.get("access-control-allow-origin")).toBe(PAGE);
    // The 503 rule was not spent on preflights: the PUT meets it.
    const put = await fetch(uploadUrl, {
      method: "PUT",
      headers: { Origin: PAGE, "Content-Range": "bytes 0-9/3000000" },
      body: new Uint8Array(10),
    });
    expect(put.status).toBe(503);
    expect(put.headers.get("access-control-allow-origin")).toBe(PAGE);
  });

  it("leaves clients without an Origin (outside a browser) alone, without spending the rule", async () => {
    const uploadUrl = await uploadUrlOf(2_200_000);
    emulator.faults.inject({ times: 1, fault: { kind: "corsRefused" } });
    const put = await fetch(uploadUrl, {
      method: "PUT",
      headers: { "Content-Range": "bytes 0-2199999/2200000" },
      body: new Uint8Array(2_200_000),
    });
    expect(put.status).toBe(201);
    expect(emulator.store.attachments(EVENT_ID).map((attachment) => attachment.name)).toEqual(["big.bin"]);
    expect(emulator.faults.stats().corsRefused).toBe(0);
    expect((await preflight(uploadUrl, "PUT")).headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("random faults", () => {
  async function statuses(seed: number, count: number): Promise<string[]> {
    emulator.faults.clear();
    emulator.faults.randomly({ seed, rates: { throttle429: 0.2, unavailable503: 0.1, drop: 0.1 } });
    const results: string[] = [];
    for (let index = 0; index < count; index += 1) {
      results.push(
        await graph("GET", LIST).then(
          (response) => String(response.status),
          () => "drop",
        ),
      );
    }
    return results;
  }

  it("repeats the same sequence for the same seed and mixes the kinds asked for", async () => {
    const first = await statuses(42, 60);
    const second = await statuses(42, 60);
    expect(second).toEqual(first);
    expect(new Set(first)).toEqual(new Set(["200", "429", "503", "drop"]));
    const stats = emulator.faults.stats();
    expect(stats.total).toBe(first.filter((status) => status !== "200").length);
  });

  it("differs for another seed", async () => {
    expect(await statuses(1, 40)).not.toEqual(await statuses(2, 40));
  });

  it("throttles without Retry-After when asked", async () => {
    emulator.faults.randomly({ seed: 7, rates: { throttle429NoRetryAfter: 1 } });
    const response = await graph("GET", LIST);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBeNull();
  });

  it("loses answers after acting at the lostResponse rate", async () => {
    emulator.faults.randomly({ seed: 7, rates: { lostResponse: 1 } });
    await expect(graph("POST", LIST, { body: MENU_TXT })).rejects.toThrow(TypeError);
    expect(emulator.store.attachments(EVENT_ID)).toHaveLength(1);
  });
});

describe("mailbox concurrency", () => {
  function slowGets(count: number, token = tokenFor(), path = LIST): Array<Promise<Response>> {
    emulator.faults.inject({ times: count, fault: { kind: "delay", ms: 100 } });
    return Array.from({ length: count }, () => graph("GET", path, { token }));
  }

  it("answers a fifth request in flight for the same mailbox with 429 ApplicationThrottled", async () => {
    const inFlight = slowGets(4);
    await waitForSleeps(4);
    const fifth = await graph("GET", LIST);
    expect(fifth.status).toBe(429);
    expect(fifth.headers.get("retry-after")).toBe("1");
    expect(await errorOf(fifth)).toMatchObject({
      code: "ApplicationThrottled",
      message: "Application is over its MailboxConcurrency limit.",
    });
    expect(emulator.faults.stats().concurrencyThrottled).toBe(1);
    for (const sleep of sleeps) sleep.resolve();
    expect((await Promise.all(inFlight)).map((response) => response.status)).toEqual([200, 200, 200, 200]);
    expect((await graph("GET", LIST)).status).toBe(200);
  });

  it("counts each mailbox apart", async () => {
    const inFlight = slowGets(4);
    await waitForSleeps(4);
    const sharedToken = tokenFor(DEMO_ORGANIZER, ["Calendars.ReadWrite.Shared"]);
    const other = await graph(
      "GET",
      `/v1.0/users/${DEMO_CALENDAR_OWNER.upn}/events/AAMkAGRlbW8tc2hhcmVkAAEAAA=/attachments`,
      {
        token: sharedToken,
      },
    );
    expect(other.status).toBe(200);
    for (const sleep of sleeps) sleep.resolve();
    await Promise.all(inFlight);
  });

  it("can be switched off", async () => {
    emulator.setMailboxConcurrencyLimit(null);
    try {
      const inFlight = slowGets(6);
      await waitForSleeps(6);
      for (const sleep of sleeps) sleep.resolve();
      expect((await Promise.all(inFlight)).every((response) => response.status === 200)).toBe(true);
    } finally {
      emulator.setMailboxConcurrencyLimit(4);
    }
  });
});
