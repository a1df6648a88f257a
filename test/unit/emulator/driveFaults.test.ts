import {
  IDS,
  KIB320,
  bytes,
  control,
  createSession,
  drive,
  driveErrorOf,
  jsonOf,
  putFragment,
  type ListJson,
} from "./driveSupport";
import { useEmulator } from "./support";

interface PendingSleep {
  ms: number;
  resolve: () => void;
}

const sleeps: PendingSleep[] = [];
const { emulator } = useEmulator({
  sleep: (ms) => new Promise<void>((resolve) => sleeps.push({ ms, resolve })),
});
const CHILDREN = "/v1.0/me/drive/root/children";
const LINK = `/v1.0/me/drive/items/${IDS.rolloutPlanDocx}/createLink`;
const NEW_FILE = "/v1.0/me/drive/root:/Faults/report.pdf:/createUploadSession";

beforeEach(() => {
  sleeps.length = 0;
});

async function settle(): Promise<void> {
  for (let round = 0; round < 20; round += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}

describe("status faults on drive routes", () => {
  it("answers an injected 429 with SharePoint's throttling body and Retry-After, then normally", async () => {
    emulator.faults.inject({ match: { path: "/drive/" }, times: 1, fault: { kind: "status", status: 429 } });
    const throttled = await drive("GET", CHILDREN);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("retry-after")).toBe("1");
    const error = await driveErrorOf(throttled);
    expect(error).toMatchObject({ code: "activityLimitReached", message: "The request has been throttled" });
    expect(error.innerError).toMatchObject({
      code: "throttledRequest",
      "request-id": throttled.headers.get("request-id"),
    });
    expect((await drive("GET", CHILDREN)).status).toBe(200);
    expect(emulator.faults.stats()).toMatchObject({ total: 1, byStatus: { "429": 1 } });
  });

  it("sends the Retry-After the rule names, or none", async () => {
    emulator.faults.inject({ times: 1, fault: { kind: "status", status: 429, retryAfter: null } });
    emulator.faults.inject({ times: 1, fault: { kind: "status", status: 429, retryAfter: "120" } });
    expect((await drive("GET", CHILDREN)).headers.get("retry-after")).toBeNull();
    expect((await drive("GET", CHILDREN)).headers.get("retry-after")).toBe("120");
  });

  it("answers an injected 503 with serviceNotAvailable, before checking the token", async () => {
    emulator.faults.inject({ times: 1, fault: { kind: "status", status: 503 } });
    const response = await drive("GET", CHILDREN, { token: null });
    expect(response.status).toBe(503);
    expect((await driveErrorOf(response)).code).toBe("serviceNotAvailable");
  });

  it("uses a rule's own code and message", async () => {
    emulator.faults.inject({
      times: 1,
      fault: { kind: "status", status: 500, code: "generalException", message: "Boom" },
    });
    const response = await drive("GET", CHILDREN);
    expect(await driveErrorOf(response)).toMatchObject({ code: "generalException", message: "Boom" });
  });

  it("is set through the control API the tests already use", async () => {
    const rule = {
      match: { method: "GET", path: "/followedSites$" },
      times: 1,
      fault: { kind: "status", status: 503 },
    };
    expect((await control("POST", "/faults", rule)).status).toBe(204);
    expect((await drive("GET", CHILDREN)).status).toBe(200);
    expect((await drive("GET", "/v1.0/me/followedSites")).status).toBe(503);
  });
});

describe("connection faults", () => {
  it("drops the connection before acting: a network error, no link made", async () => {
    emulator.faults.inject({ match: { method: "POST", path: "/createLink$" }, times: 1, fault: { kind: "drop" } });
    await expect(drive("POST", LINK, { body: { type: "view", scope: "organization" } })).rejects.toThrow(TypeError);
    expect(emulator.drive.store.links()).toHaveLength(0);
    const retry = await drive("POST", LINK, { body: { type: "view", scope: "organization" } });
    expect(retry.status).toBe(201);
  });

  it("loses the answer after acting: the retry finds the link (200, not 201)", async () => {
    emulator.faults.inject({ match: { method: "POST" }, times: 1, fault: { kind: "lostResponse" } });
    await expect(drive("POST", LINK, { body: { type: "view", scope: "organization" } })).rejects.toThrow(TypeError);
    const retry = await drive("POST", LINK, { body: { type: "view", scope: "organization" } });
    expect(retry.status).toBe(200);
  });

  it("loses the answer to the last fragment: the file exists and the upload URL is gone", async () => {
    const { uploadUrl } = await createSession(NEW_FILE);
    expect((await putFragment(uploadUrl, bytes(KIB320), 0, KIB320 + 5)).status).toBe(202);
    emulator.faults.inject({
      match: { method: "PUT", path: "uploadSession$" },
      times: 1,
      fault: { kind: "lostResponse" },
    });
    await expect(putFragment(uploadUrl, bytes(5), KIB320, KIB320 + 5)).rejects.toThrow(TypeError);
    expect((await fetch(uploadUrl)).status).toBe(404);
    const listed = await jsonOf<ListJson>(await drive("GET", "/v1.0/me/drive/root:/Faults:/children"));
    expect(listed.value.map((item) => [item.name, item.size])).toEqual([["report.pdf", KIB320 + 5]]);
  });

  it("answers a status fault on an upload URL in SharePoint's own shape", async () => {
    const { uploadUrl } = await createSession(NEW_FILE);
    emulator.faults.inject({ match: { path: "uploadSession$" }, times: 1, fault: { kind: "status", status: 429 } });
    const response = await putFragment(uploadUrl, bytes(10), 0, 10);
    expect(response.status).toBe(429);
    expect(await jsonOf(response)).toEqual({
      error: {
        code: "activityLimitReached",
        message: "The request has been throttled",
        innererror: { code: "throttledRequest" },
      },
    });
    expect((await putFragment(uploadUrl, bytes(10), 0, 10)).status).toBe(201);
  });

  it("delays a drive answer until the injected sleep ends", async () => {
    emulator.faults.inject({ times: 1, fault: { kind: "delay", ms: 3000 } });
    let answered = false;
    const pending = drive("GET", CHILDREN).then((response) => {
      answered = true;
      return response;
    });
    for (let round = 0; round < 50 && sleeps.length === 0; round += 1) await settle();
    expect(sleeps.map((sleep) => sleep.ms)).toEqual([3000]);
    expect(answered).toBe(false);
    sleeps[0]?.resolve();
    expect((await pending).status).toBe(200);
  });

  it("applies the random soak mix to drive requests too", async () => {
    emulator.faults.randomly({ seed: 1, rates: { unavailable503: 1 } });
    expect((await drive("GET", CHILDREN)).status).toBe(503);
  });
});
