import { DEMO_CALENDAR_OWNER, DEMO_ORGANIZER } from "../../../dev/shared/demoIdentity";
import { EVENT_ID, START, errorOf, graph, tokenFor, useEmulator } from "./support";

const MIN = 2048;
const CHUNK = 1024;
const { emulator, clock } = useEmulator({
  minUploadSessionBytes: MIN,
  maxUploadSessionBytes: 10_000,
  maxUploadChunkBytes: CHUNK,
  mailboxSizeLimitBytes: 8_000,
  uploadSessionLifetimeMs: 60_000,
});
const CREATE = `/v1.0/me/events/${EVENT_ID}/attachments/createUploadSession`;

interface SessionBody {
  "@odata.context": string;
  uploadUrl: string;
  expirationDateTime: string;
  nextExpectedRanges: string[];
}

function pattern(length: number): Uint8Array<ArrayBuffer> {
  return Uint8Array.from({ length }, (_, index) => (index * 31 + 7) % 251);
}

async function createSession(size: number, path = CREATE, token = tokenFor()): Promise<SessionBody> {
  const response = await graph("POST", path, {
    token,
    body: { AttachmentItem: { attachmentType: "file", name: "report.pdf", size } },
  });
  expect(response.status).toBe(201);
  return (await response.json()) as SessionBody;
}

function put(
  url: string,
  bytes: Uint8Array<ArrayBuffer>,
  range: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(url, {
    method: "PUT",
    headers: { "Content-Type": "application/octet-stream", "Content-Range": range, ...headers },
    body: bytes,
  });
}

describe("createUploadSession", () => {
  it("answers 201 with the documented shape", async () => {
    const session = await createSession(3000);
    expect(Object.keys(session)).toEqual(["@odata.context", "uploadUrl", "expirationDateTime", "nextExpectedRanges"]);
    expect(session["@odata.context"]).toBe("https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.uploadSession");
    expect(session.uploadUrl).toMatch(
      new RegExp(
        `^https://outlook\\.office\\.com/api/gv1\\.0/users\\('${DEMO_ORGANIZER.id}@41a5b830-45ac-4f1b-9bfc-baafa3b7db2e'\\)/events\\('AAMkAGI1AAAt9AHjAAA='\\)/AttachmentSessions\\('[^']+'\\)\\?authtoken=[A-Za-z0-9_-]+$`,
      ),
    );
    expect(session.expirationDateTime).toBe("2025-03-03T09:31:00.0000000Z");
    expect(session.nextExpectedRanges).toEqual(["0-"]);
  });

  it("uses the gbeta segment for a beta session", async () => {
    const session = await createSession(3000, `/beta/me/events/${EVENT_ID}/attachments/createUploadSession`);
    expect(session.uploadUrl).toContain("/api/gbeta/");
  });

  it("accepts the other calendar paths too", async () => {
    await createSession(3000, `/v1.0/me/calendar/events/${EVENT_ID}/attachments/createUploadSession`);
  });

  it("answers attachmentType item with the documented 405", async () => {
    const response = await graph("POST", CREATE, {
      body: { AttachmentItem: { attachmentType: "item", name: "x", size: 3000 } },
    });
    expect(response.status).toBe(405);
    expect(await errorOf(response)).toMatchObject({
      code: "ErrorAttachmentSessionIsSupportedOnlyForFileAttachments",
      message: "Unsupported Attachment type specified. Only File attachments can be uploaded using an Upload Session.",
    });
  });

  it("refuses a file under the minimum and over the maximum with 400", async () => {
    const small = await graph("POST", CREATE, {
      body: { AttachmentItem: { attachmentType: "file", name: "a", size: MIN - 1 } },
    });
    expect(small.status).toBe(400);
    expect((await errorOf(small)).code).toBe("ErrorAttachmentSizeShouldNotBeLessThanMinimumSize");
    const large = await graph("POST", CREATE, {
      body: { AttachmentItem: { attachmentType: "file", name: "a", size: 10_001 } },
    });
    expect(large.status).toBe(400);
    expect((await errorOf(large)).code).toBe("ErrorMessageSizeExceeded");
  });

  it.each([
    [{}, "ErrorRequiredPropertyMissing"],
    [{ AttachmentItem: { attachmentType: "file", size: 3000 } }, "ErrorRequiredPropertyMissing"],
    [{ AttachmentItem: { attachmentType: "file", name: "a" } }, "ErrorRequiredPropertyMissing"],
    [{ AttachmentItem: { attachmentType: "file", name: "a", size: "lots" } }, "UnableToDeserializePostBody"],
  ])("refuses the body %j with %s", async (body, code) => {
    const response = await graph("POST", CREATE, { body });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe(code);
  });

  it("answers 403 on another user's mailbox even with a write grant (the known issue)", async () => {
    const response = await graph(
      "POST",
      `/v1.0/users/${DEMO_CALENDAR_OWNER.upn}/events/AAMkAGRlbW8tc2hhcmVkAAEAAA=/attachments/createUploadSession`,
      {
        token: tokenFor(DEMO_ORGANIZER, ["Calendars.ReadWrite", "Calendars.ReadWrite.Shared"]),
        body: { AttachmentItem: { attachmentType: "file", name: "a", size: 3000 } },
      },
    );
    expect(response.status).toBe(403);
    expect((await errorOf(response)).code).toBe("ErrorAccessDenied");
  });
});

describe("PUT to the upload URL", () => {
  it("takes sequential chunks, answers 200 then 201 with Location, and stores the exact bytes", async () => {
    const bytes = pattern(2500);
    const { uploadUrl } = await createSession(bytes.length);
    const first = await put(uploadUrl, bytes.slice(0, 1024), "bytes 0-1023/2500");
    expect(first.status).toBe(200);
    const firstBody = (await first.json()) as Record<string, unknown>;
    expect(Object.keys(firstBody)).toEqual(["@odata.context", "ExpirationDateTime", "nextExpectedRanges"]);
    expect(firstBody["@odata.context"]).toBe(
      `https://outlook.office.com/api/v2.0/$metadata#Users('${DEMO_ORGANIZER.id}%4041a5b830-45ac-4f1b-9bfc-baafa3b7db2e')/Events('AAMkAGI1AAAt9AHjAAA%3D')/AttachmentSessions/$entity`,
    );
    expect(firstBody["nextExpectedRanges"]).toEqual(["1024"]);
    expect((await put(uploadUrl, bytes.slice(1024, 2048), "bytes 1024-2047/2500")).status).toBe(200);
    const last = await put(uploadUrl, bytes.slice(2048), "bytes 2048-2499/2500");
    expect(last.status).toBe(201);
    expect(await last.text()).toBe("");
    const [attachment] = emulator.store.attachments(EVENT_ID);
    expect(last.headers.get("location")).toBe(
      `https://outlook.office.com/api/v2.0/Users('${DEMO_ORGANIZER.id}@41a5b830-45ac-4f1b-9bfc-baafa3b7db2e')/Events('${EVENT_ID}')/Attachments('${attachment?.id}')`,
    );
    expect(attachment?.kind === "file" && Buffer.from(attachment.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(attachment).toMatchObject({ name: "report.pdf", contentType: "application/pdf" });
    const list = await graph("GET", `/v1.0/me/events/${EVENT_ID}/attachments?$select=name`);
    expect(((await list.json()) as { value: Array<{ name: string }> }).value.map((item) => item.name)).toEqual([
      "report.pdf",
    ]);
  });

  it("refuses a request that carries a Graph token with 401 InvalidAudienceForResource", async () => {
    const { uploadUrl } = await createSession(3000);
    const response = await put(uploadUrl, pattern(1024), "bytes 0-1023/3000", {
      Authorization: `Bearer ${tokenFor()}`,
    });
    expect(response.status).toBe(401);
    const error = await errorOf(response);
    expect(error).toMatchObject({
      code: "InvalidAudienceForResource",
      message:
        "The audience claim value is invalid for current resource. Audience claim is 'https://graph.microsoft.com/', request url is 'https://outlook.office.com' and resource type is 'Exchange'.",
    });
    expect(error.innerError).toMatchObject({ errorUrl: "https://aka.ms/autherrors#error-InvalidResource" });
  });

  it.each([
    ["a missing Content-Range", undefined, 1024],
    ["a malformed Content-Range", "0-1023/3000", 1024],
    ["a total other than the declared size", "bytes 0-1023/4000", 1024],
    ["a start past the next expected byte", "bytes 10-1033/3000", 1024],
    ["a range past the end", "bytes 0-3000/3000", 1024],
    ["a body shorter than the range", "bytes 0-1023/3000", 1000],
  ])("answers %s with 400 ErrorInvalidContentRange", async (_case, range, length) => {
    const { uploadUrl } = await createSession(3000);
    const response = await fetch(uploadUrl, {
      method: "PUT",
      headers: range === undefined ? {} : { "Content-Range": range },
      body: pattern(length),
    });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe("ErrorInvalidContentRange");
  });

  it("refuses a chunk over the chunk limit", async () => {
    const { uploadUrl } = await createSession(3000);
    const response = await put(uploadUrl, pattern(1025), "bytes 0-1024/3000");
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe("ErrorUploadChunkTooLarge");
  });

  it("refuses a chunk sent twice (overlap) and still takes the right next one", async () => {
    const bytes = pattern(3000);
    const { uploadUrl } = await createSession(bytes.length);
    await put(uploadUrl, bytes.slice(0, 1024), "bytes 0-1023/3000");
    const repeated = await put(uploadUrl, bytes.slice(0, 1024), "bytes 0-1023/3000");
    expect(repeated.status).toBe(400);
    expect((await put(uploadUrl, bytes.slice(1024, 2048), "bytes 1024-2047/3000")).status).toBe(200);
  });

  it("tells a client where to resume with GET", async () => {
    const bytes = pattern(3000);
    const { uploadUrl } = await createSession(bytes.length);
    const before = (await (await fetch(uploadUrl)).json()) as { nextExpectedRanges: string[] };
    expect(before.nextExpectedRanges).toEqual(["0-"]);
    await put(uploadUrl, bytes.slice(0, 1024), "bytes 0-1023/3000");
    const status = await fetch(uploadUrl);
    expect(status.status).toBe(200);
    const body = (await status.json()) as { nextExpectedRanges: string[]; ExpirationDateTime: string };
    expect(body.nextExpectedRanges).toEqual(["1024"]);
    expect(body.ExpirationDateTime).toBe("2025-03-03T09:31:00.0000000Z");
    const final = await uploadAllFrom(uploadUrl, bytes, 1024);
    expect(final.status).toBe(201);
  });

  it("cancels with DELETE (204), after which the URL is gone", async () => {
    const { uploadUrl } = await createSession(3000);
    const cancelled = await fetch(uploadUrl, { method: "DELETE" });
    expect(cancelled.status).toBe(204);
    expect(emulator.uploadSessions.all()).toHaveLength(0);
    const after = await put(uploadUrl, pattern(1024), "bytes 0-1023/3000");
    expect(after.status).toBe(404);
  });

  it("answers 404 once the session has expired by the clock", async () => {
    const { uploadUrl } = await createSession(3000);
    clock.advance(59_999);
    expect((await put(uploadUrl, pattern(1024), "bytes 0-1023/3000")).status).toBe(200);
    clock.advance(1);
    const expired = await put(uploadUrl, pattern(1024), "bytes 1024-2047/3000");
    expect(expired.status).toBe(404);
    expect((await errorOf(expired)).code).toBe("ErrorItemNotFound");
  });

  it("answers 401 for a wrong authtoken and 404 for an unknown session", async () => {
    const { uploadUrl } = await createSession(3000);
    const wrongToken = uploadUrl.replace(/authtoken=.*/, "authtoken=forged");
    expect((await put(wrongToken, pattern(1024), "bytes 0-1023/3000")).status).toBe(401);
    const unknown = uploadUrl.replace(/AttachmentSessions\('[^']+'\)/, "AttachmentSessions('AAMkAGNvbm5vdA=')");
    expect((await put(unknown, pattern(1024), "bytes 0-1023/3000")).status).toBe(404);
  });

  it("fails mid-upload with ErrorMessageSizeExceeded when the event's total passes the mailbox limit", async () => {
    const bytes = pattern(9000);
    const { uploadUrl } = await createSession(bytes.length);
    const statuses: number[] = [];
    let failure: Response | null = null;
    for (let start = 0; start < bytes.length && !failure; start += CHUNK) {
      const end = Math.min(start + CHUNK, bytes.length) - 1;
      const response = await put(uploadUrl, bytes.slice(start, end + 1), `bytes ${start}-${end}/${bytes.length}`);
      statuses.push(response.status);
      if (response.status !== 200) failure = response;
    }
    expect(statuses.slice(0, -1).every((status) => status === 200)).toBe(true);
    expect(statuses.length).toBeGreaterThan(1);
    expect(failure?.status).toBe(400);
    expect(failure && (await errorOf(failure)).code).toBe("ErrorMessageSizeExceeded");
    expect(emulator.store.attachments(EVENT_ID)).toHaveLength(0);
    expect(emulator.uploadSessions.all()).toHaveLength(0);
  });

  it("keeps its expiry fixed for the whole session", async () => {
    const bytes = pattern(3000);
    const { uploadUrl, expirationDateTime } = await createSession(bytes.length);
    clock.advance(10_000);
    const response = await put(uploadUrl, bytes.slice(0, 1024), "bytes 0-1023/3000");
    expect(((await response.json()) as { ExpirationDateTime: string }).ExpirationDateTime).toBe(expirationDateTime);
    expect(START.getTime()).toBeLessThan(Date.parse(expirationDateTime));
  });

  it("uploads a whole file with the helper loop", async () => {
    const bytes = pattern(4000);
    const { uploadUrl } = await createSession(bytes.length);
    expect((await uploadAllFrom(uploadUrl, bytes, 0)).status).toBe(201);
  });
});

/** PUTs the bytes from `from` on, in chunks of CHUNK, and returns the last answer. */
async function uploadAllFrom(url: string, bytes: Uint8Array<ArrayBuffer>, from: number): Promise<Response> {
  let last: Response | null = null;
  for (let start = from; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length) - 1;
    last = await put(url, bytes.slice(start, end + 1), `bytes ${start}-${end}/${bytes.length}`);
  }
  if (!last) throw new Error("nothing uploaded");
  return last;
}
