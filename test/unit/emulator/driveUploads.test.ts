import { createHash } from "node:crypto";
import { DEMO_ORGANIZER } from "../../../dev/shared/demoIdentity";
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
  type ItemJson,
  type ListJson,
} from "./driveSupport";
import { useEmulator } from "./support";

const { emulator, clock } = useEmulator();
const WEEK = 7 * 24 * 60 * 60 * 1000;
const NEW_FILE = "/v1.0/me/drive/root:/Uploads/2025/Quarterly review.pptx:/createUploadSession";
const sha256 = (data: Uint8Array): string => createHash("sha256").update(data).digest("hex");

interface StatusJson {
  expirationDateTime: string;
  nextExpectedRanges: string[];
}

/** Uploads `file` in fragments of `size` bytes, expecting 202 until the last. */
async function upload(url: string, file: Uint8Array<ArrayBuffer>, size = KIB320): Promise<Response> {
  let last: Response | null = null;
  for (let start = 0; start < file.byteLength; start += size) {
    const part = file.slice(start, Math.min(start + size, file.byteLength));
    last = await putFragment(url, part, start, file.byteLength);
    if (start + size < file.byteLength) expect(last.status).toBe(202);
  }
  if (!last) throw new Error("Nothing uploaded");
  return last;
}

describe("createUploadSession", () => {
  it("answers 200 with an upload URL on the upload host, its expiry and nextExpectedRanges", async () => {
    const response = await drive("POST", NEW_FILE, {
      body: { item: { "@microsoft.graph.conflictBehavior": "rename", name: "Quarterly review.pptx" } },
    });
    expect(response.status).toBe(200);
    const session = await jsonOf(response);
    expect(Object.keys(session)).toEqual(["@odata.context", "expirationDateTime", "nextExpectedRanges", "uploadUrl"]);
    expect(session).toMatchObject({
      "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.uploadSession",
      expirationDateTime: new Date(clock.now().getTime() + WEEK).toISOString(),
      nextExpectedRanges: ["0-"],
    });
    const url = new URL(String(session["uploadUrl"]));
    expect(url.origin).toBe("https://outlook.office.com");
    expect(url.pathname).toBe(
      `/personal/adele_vance_contoso_example/_api/v2.0/drives/${IDS.organizerDrive}/items/${IDS.organizerRoot}/uploadSession`,
    );
    expect(url.searchParams.get("guid")).toMatch(/^'[0-9a-f-]{36}'$/);
    expect(url.searchParams.get("rename")).toBe("True");
    expect(url.searchParams.get("tempauth")).toMatch(/^[\w-]{40,}$/);
  });

  it("answers 409 nameAlreadyExists when the name is taken and the behaviour is fail (the default)", async () => {
    const response = await drive("POST", "/v1.0/me/drive/root:/Vendor contract.pdf:/createUploadSession", { body: {} });
    expect(response.status).toBe(409);
    expect((await driveErrorOf(response)).code).toBe("nameAlreadyExists");
  });

  it("refuses a body name that differs from the path and a name with forbidden characters", async () => {
    const mismatch = await drive("POST", NEW_FILE, { body: { item: { name: "other.pptx" } } });
    expect(mismatch.status).toBe(400);
    expect((await driveErrorOf(mismatch)).code).toBe("invalidRequest");
    const invalid = await drive("POST", "/v1.0/me/drive/root:/a%3Fb.txt:/createUploadSession", { body: {} });
    expect(invalid.status).toBe(400);
    expect((await driveErrorOf(invalid)).innerError?.["code"]).toBe("invalidPath");
  });

  it("refuses a declared fileSize above OneDrive's 250 GB with 400, and above the free quota with 507", async () => {
    const tooLarge = await drive("POST", NEW_FILE, { body: { item: { fileSize: 250 * 1024 ** 3 + 1 } } });
    expect(tooLarge.status).toBe(400);
    expect((await driveErrorOf(tooLarge)).innerError?.["code"]).toBe("maxFileSizeExceeded");
    const fits = await drive("POST", NEW_FILE, { body: { item: { fileSize: 250 * 1024 ** 3 } } });
    expect(fits.status).toBe(200);
    await control("POST", "/drive/files", {
      owner: DEMO_ORGANIZER.upn,
      path: "Backups/disk.vhdx",
      size: 900 * 1024 ** 3,
    });
    const full = await drive("POST", NEW_FILE, { body: { item: { fileSize: 200 * 1024 ** 3 } } });
    expect(full.status).toBe(507);
    expect((await driveErrorOf(full)).code).toBe("quotaLimitReached");
  });

  it("answers 404 for an unknown parent item", async () => {
    const response = await drive(
      "POST",
      "/v1.0/me/drive/items/01KBHHQ3AAAAAAAAAAAAAAAAAAAAAAAAAA:/x.pdf:/createUploadSession",
      {
        body: {},
      },
    );
    expect(response.status).toBe(404);
  });
});

describe("uploading fragments", () => {
  it("answers 202 with the missing range, then 201 with the driveItem, creating the path's folders", async () => {
    const { uploadUrl } = await createSession(NEW_FILE);
    const file = bytes(2 * KIB320 + 1000);
    const first = await putFragment(uploadUrl, file.slice(0, KIB320), 0, file.byteLength);
    expect(first.status).toBe(202);
    expect(await jsonOf<StatusJson>(first)).toEqual({
      expirationDateTime: new Date(clock.now().getTime() + WEEK).toISOString(),
      nextExpectedRanges: [`${KIB320}-${file.byteLength - 1}`],
    });
    const second = await putFragment(uploadUrl, file.slice(KIB320, 2 * KIB320), KIB320, file.byteLength);
    expect(second.status).toBe(202);
    const last = await putFragment(uploadUrl, file.slice(2 * KIB320), 2 * KIB320, file.byteLength);
    expect(last.status).toBe(201);
    const item = await jsonOf<ItemJson>(last);
    expect(item).toMatchObject({
      name: "Quarterly review.pptx",
      size: file.byteLength,
      file: { mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
      parentReference: { driveId: IDS.organizerDrive, path: `/drives/${IDS.organizerDrive}/root:/Uploads/2025` },
    });
    expect(item.id).toMatch(/^01KBHHQ3[A-Z2-7]{26}$/);

    const listed = await jsonOf<ListJson>(await drive("GET", "/v1.0/me/drive/root:/Uploads/2025:/children"));
    expect(listed.value.map((entry) => entry.id)).toEqual([item.id]);
    const state = await jsonOf<{ uploadedFiles: Array<Record<string, unknown>>; uploadSessions: unknown[] }>(
      await control("GET", "/drive/state"),
    );
    expect(state.uploadedFiles).toEqual([
      expect.objectContaining({
        id: item.id,
        path: "/Uploads/2025/Quarterly review.pptx",
        size: file.byteLength,
        sha256: sha256(file),
      }),
    ]);
    expect(state.uploadSessions).toEqual([]);
    const recent = await jsonOf<ListJson>(await drive("GET", "/v1.0/me/drive/recent"));
    expect(recent.value[0]?.id).toBe(item.id);
  });

  it("keeps no bytes: the session and the file hold only counts and a hash", async () => {
    const { uploadUrl } = await createSession(NEW_FILE);
    await putFragment(uploadUrl, bytes(KIB320), 0, KIB320 + 10);
    const holdsBytes = (value: unknown, depth = 0): boolean =>
      ArrayBuffer.isView(value) ||
      value instanceof ArrayBuffer ||
      (depth < 4 &&
        typeof value === "object" &&
        value !== null &&
        !(value instanceof Date) &&
        Object.values(value).some((entry) => holdsBytes(entry, depth + 1)));
    expect(emulator.drive.sessions.all().map((session) => holdsBytes(session))).toEqual([false]);
    await putFragment(uploadUrl, bytes(10), KIB320, KIB320 + 10);
    const stored = emulator.drive.store.allItems().filter((entry) => entry.uploadedAt !== null);
    expect(stored.map((entry) => [entry.size, holdsBytes(entry)])).toEqual([[KIB320 + 10, false]]);
  });

  it("refuses a PUT that carries a bearer token with 401, in SharePoint's shape", async () => {
    const { uploadUrl } = await createSession(NEW_FILE);
    const response = await putFragment(uploadUrl, bytes(10), 0, 10, { Authorization: "Bearer abc.def.ghi" });
    expect(response.status).toBe(401);
    expect(await jsonOf(response)).toEqual({ error: { code: "unauthenticated", message: "Unauthenticated" } });
  });

  it("refuses a wrong tempauth with 401", async () => {
    const { uploadUrl } = await createSession(NEW_FILE);
    const response = await putFragment(uploadUrl.replace(/tempauth=[\w-]+/, "tempauth=forged"), bytes(10), 0, 10);
    expect(response.status).toBe(401);
  });

  it("resumes from GET uploadUrl after a fragment was lost", async () => {
    const { uploadUrl } = await createSession(NEW_FILE);
    const file = bytes(KIB320 * 2);
    expect((await putFragment(uploadUrl, file.slice(0, KIB320), 0, file.byteLength)).status).toBe(202);
    emulator.faults.inject({ match: { method: "PUT", path: "uploadSession" }, times: 1, fault: { kind: "drop" } });
    await expect(putFragment(uploadUrl, file.slice(KIB320), KIB320, file.byteLength)).rejects.toThrow(TypeError);
    const status = await fetch(uploadUrl);
    expect(status.status).toBe(200);
    const { nextExpectedRanges } = await jsonOf<StatusJson>(status);
    expect(nextExpectedRanges).toEqual([`${KIB320}-${file.byteLength - 1}`]);
    const start = Number(nextExpectedRanges[0]?.split("-")[0]);
    const done = await putFragment(uploadUrl, file.slice(start), start, file.byteLength);
    expect(done.status).toBe(201);
  });

  it("answers a fragment sent again with 416 invalidRange / fragmentOverlap", async () => {
    const { uploadUrl } = await createSession(NEW_FILE);
    const file = bytes(KIB320 * 2);
    await putFragment(uploadUrl, file.slice(0, KIB320), 0, file.byteLength);
    const again = await putFragment(uploadUrl, file.slice(0, KIB320), 0, file.byteLength);
    expect(again.status).toBe(416);
    expect(await jsonOf(again)).toEqual({
      error: {
        code: "invalidRange",
        message: "Uploaded fragment overlaps with existing data.",
        innererror: { code: "fragmentOverlap" },
      },
    });
  });

  it("answers a fragment that skips ahead with 416 invalidRange / fragmentOutOfOrder", async () => {
    const { uploadUrl } = await createSession(NEW_FILE);
    const response = await putFragment(uploadUrl, bytes(KIB320), KIB320, KIB320 * 3);
    expect(response.status).toBe(416);
    expect(await driveErrorOf(response)).toMatchObject({
      code: "invalidRange",
      message: "Uploaded fragment is out of order.",
      innererror: { code: "fragmentOutOfOrder" },
    });
  });

  it("refuses a fragment that is not a multiple of 320 KiB unless it is the last", async () => {
    const { uploadUrl } = await createSession(NEW_FILE);
    const response = await putFragment(uploadUrl, bytes(100_000), 0, 400_000);
    expect(response.status).toBe(400);
    expect((await driveErrorOf(response)).code).toBe("invalidRequest");
    const whole = await putFragment(uploadUrl, bytes(400_000), 0, 400_000);
    expect(whole.status).toBe(201);
  });

  it("refuses a fragment of 60 MiB or more with 413 before reading it", async () => {
    const { uploadUrl } = await createSession(NEW_FILE);
    const length = 60 * 1024 * 1024;
    const response = await fetch(uploadUrl, {
      method: "PUT",
      headers: { "Content-Range": `bytes 0-${length - 1}/${length * 2}` },
      body: bytes(16),
    });
    expect(response.status).toBe(413);
    expect((await driveErrorOf(response)).innererror).toEqual({ code: "maxFragmentLengthExceeded" });
  });

  it("refuses a total that differs from the first fragment's", async () => {
    const { uploadUrl } = await createSession(NEW_FILE);
    await putFragment(uploadUrl, bytes(KIB320), 0, KIB320 * 2);
    const response = await putFragment(uploadUrl, bytes(KIB320), KIB320, KIB320 * 3);
    expect(response.status).toBe(400);
    expect((await driveErrorOf(response)).message).toBe(
      `The current upload session is for ${KIB320 * 2} total bytes, but the current fragment declares a total of ${KIB320 * 3}.`,
    );
  });

  it("refuses a body shorter than its Content-Range and keeps the session where it was", async () => {
    const { uploadUrl } = await createSession(NEW_FILE);
    const response = await fetch(uploadUrl, {
      method: "PUT",
      headers: { "Content-Range": `bytes 0-${KIB320 - 1}/${KIB320 * 2}` },
      body: bytes(1000),
    });
    expect(response.status).toBe(400);
    expect((await driveErrorOf(response)).message).toBe(
      "The Content-Range header length does not match the provided number of bytes.",
    );
    const status = await jsonOf<StatusJson>(await fetch(uploadUrl));
    expect(status.nextExpectedRanges).toEqual(["0-"]);
    const file = bytes(KIB320 * 2, 3);
    expect((await upload(uploadUrl, file)).status).toBe(201);
    const state = await jsonOf<{ uploadedFiles: Array<{ sha256: string }> }>(await control("GET", "/drive/state"));
    expect(state.uploadedFiles[0]?.sha256).toBe(sha256(file));
  });

  it("refuses a missing or malformed Content-Range with 400", async () => {
    const { uploadUrl } = await createSession(NEW_FILE);
    const response = await fetch(uploadUrl, { method: "PUT", headers: { "Content-Range": "0-9/10" }, body: bytes(10) });
    expect(response.status).toBe(400);
  });

  it("cancels with DELETE (204); the URL then answers 404", async () => {
    const { uploadUrl } = await createSession(NEW_FILE);
    await putFragment(uploadUrl, bytes(KIB320), 0, KIB320 * 2);
    expect((await fetch(uploadUrl, { method: "DELETE" })).status).toBe(204);
    const status = await fetch(uploadUrl);
    expect(status.status).toBe(404);
    expect(await driveErrorOf(status)).toMatchObject({
      code: "itemNotFound",
      innererror: { code: "uploadSessionNotFound" },
    });
    expect((await putFragment(uploadUrl, bytes(KIB320), KIB320, KIB320 * 2)).status).toBe(404);
    expect(emulator.drive.sessions.all()).toEqual([]);
  });

  it("forgets a session once it expires, each fragment pushing the expiry back", async () => {
    const { uploadUrl } = await createSession(NEW_FILE);
    clock.advance(WEEK - 1000);
    expect((await putFragment(uploadUrl, bytes(KIB320), 0, KIB320 * 2)).status).toBe(202);
    clock.advance(WEEK - 1000);
    expect((await fetch(uploadUrl)).status).toBe(200);
    clock.advance(1000);
    expect((await fetch(uploadUrl)).status).toBe(404);
  });
});

describe("conflict behaviour and targets", () => {
  it("renames to 'name 1.ext' with rename", async () => {
    const { uploadUrl } = await createSession("/v1.0/me/drive/root:/Vendor contract.pdf:/createUploadSession", {
      "@microsoft.graph.conflictBehavior": "rename",
    });
    const item = await jsonOf<ItemJson>(await upload(uploadUrl, bytes(10)));
    expect(item.name).toBe("Vendor contract 1.pdf");
    const second = await createSession("/v1.0/me/drive/root:/vendor CONTRACT.pdf:/createUploadSession", {
      "@microsoft.graph.conflictBehavior": "rename",
    });
    expect((await jsonOf<ItemJson>(await upload(second.uploadUrl, bytes(10)))).name).toBe("vendor CONTRACT 2.pdf");
  });

  it("gives an existing file new content with replace: 200, same id, new cTag", async () => {
    const before = await jsonOf<ItemJson>(await drive("GET", `/v1.0/me/drive/items/${IDS.contractPdf}`));
    const { uploadUrl } = await createSession("/v1.0/me/drive/root:/Vendor contract.pdf:/createUploadSession", {
      "@microsoft.graph.conflictBehavior": "replace",
    });
    const response = await upload(uploadUrl, bytes(500));
    expect(response.status).toBe(200);
    const after = await jsonOf<ItemJson>(response);
    expect(after.id).toBe(IDS.contractPdf);
    expect(after.size).toBe(500);
    expect(after.cTag).not.toBe(before.cTag);
    expect(after.eTag).not.toBe(before.eTag);
  });

  it("replaces the file named by items/{id}/createUploadSession", async () => {
    const { uploadUrl } = await createSession(`/v1.0/me/drive/items/${IDS.budgetXlsx}/createUploadSession`);
    const response = await upload(uploadUrl, bytes(2048));
    expect(response.status).toBe(200);
    expect((await jsonOf<ItemJson>(response)).id).toBe(IDS.budgetXlsx);
  });

  it("answers 409 on the last fragment when the name was taken during a fail upload", async () => {
    const { uploadUrl } = await createSession("/v1.0/me/drive/root:/Notes.txt:/createUploadSession");
    await control("POST", "/drive/files", { owner: DEMO_ORGANIZER.upn, path: "Notes.txt", size: 5 });
    const response = await upload(uploadUrl, bytes(10));
    expect(response.status).toBe(409);
    expect(await driveErrorOf(response)).toMatchObject({
      code: "nameAlreadyExists",
      message: expect.stringContaining("Another file exists with the same name as the uploaded session.") as unknown,
    });
  });

  it("uploads into a library folder through /drives/{id}/items/{parent}:/{name}:/createUploadSession", async () => {
    const { uploadUrl } = await createSession(
      `/v1.0/drives/${IDS.marketingDrive}/items/${IDS.campaignsFolder}:/Summer plan.docx:/createUploadSession`,
      { "@microsoft.graph.conflictBehavior": "fail", name: "Summer plan.docx" },
    );
    expect(new URL(uploadUrl).pathname).toMatch(/^\/sites\/Marketing\/_api\/v2\.0\/drives\//);
    const item = await jsonOf<ItemJson>(await upload(uploadUrl, bytes(100)));
    expect(item.parentReference).toMatchObject({
      driveId: IDS.marketingDrive,
      driveType: "documentLibrary",
      id: IDS.campaignsFolder,
    });
    expect(item.webUrl).toMatch(
      /^https:\/\/contoso\.sharepoint\.com\/sites\/Marketing\/_layouts\/15\/Doc\.aspx\?sourcedoc=/,
    );
  });

  it("waits for the commit POST with deferCommit", async () => {
    const { uploadUrl } = await createSession(NEW_FILE, {}, { deferCommit: true });
    const last = await putFragment(uploadUrl, bytes(10), 0, 10);
    expect(last.status).toBe(202);
    expect((await jsonOf<StatusJson>(last)).nextExpectedRanges).toEqual([]);
    expect(emulator.drive.store.allItems().some((entry) => entry.name === "Quarterly review.pptx")).toBe(false);
    const committed = await fetch(uploadUrl, { method: "POST" });
    expect(committed.status).toBe(201);
    expect((await jsonOf<ItemJson>(committed)).name).toBe("Quarterly review.pptx");
  });

  it("refuses the commit POST before the last byte", async () => {
    const { uploadUrl } = await createSession(NEW_FILE, {}, { deferCommit: true });
    const response = await fetch(uploadUrl, { method: "POST" });
    expect(response.status).toBe(400);
    expect((await driveErrorOf(response)).innererror).toEqual({ code: "uploadSessionIncomplete" });
  });
});
