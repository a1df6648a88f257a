import { AttachmentInputError } from "../../../src/graph/errors/AttachmentInputError";
import { ATTACHMENT_INPUT_REASONS } from "../../../src/graph/errors/reasons";
import { buildEventAttachment } from "../../../src/graph/payloads/eventAttachment";
import { buildFileAttachment, validateFile } from "../../../src/graph/payloads/fileAttachment";
import { buildReferenceAttachment } from "../../../src/graph/payloads/referenceAttachment";
import type { EventAttachmentInput, LinkAttachmentInput } from "../../../src/graph/payloads/types";
import { buildUploadSessionRequest } from "../../../src/graph/payloads/uploadSessionRequest";
import { namedBlob } from "./support/fakeFetch";
import { SEED_ITEM_REQUEST, SEED_REFERENCE_REQUEST } from "./support/seedExamples";

const seedEvent: EventAttachmentInput = {
  name: "Holiday event",
  subject: "Discuss gifts for children",
  body: { contentType: "HTML", content: "Let's look for funding!" },
  start: { dateTime: "2016-12-02T18:00:00", timeZone: "Pacific Standard Time" },
  end: { dateTime: "2016-12-02T19:00:00", timeZone: "Pacific Standard Time" },
};

const seedLink: LinkAttachmentInput = {
  name: "Personal pictures",
  sourceUrl: "https://contoso.com/personal/mario_contoso_net/Documents/Pics",
  providerType: "oneDriveConsumer",
  permission: "Edit",
  isFolder: true,
};

function refusal(action: () => unknown): AttachmentInputError {
  try {
    action();
  } catch (error) {
    if (error instanceof AttachmentInputError) return error;
    throw error;
  }
  throw new Error("expected an AttachmentInputError");
}

describe("fileAttachment", () => {
  it("puts name, contentBytes, contentType when known and isInline false, in Graph's order", () => {
    const payload = buildFileAttachment("menu.txt", "bWFj", "text/plain");
    expect(Object.keys(payload)).toEqual(["@odata.type", "name", "contentBytes", "contentType", "isInline"]);
    expect(payload).toEqual({
      "@odata.type": "#microsoft.graph.fileAttachment",
      name: "menu.txt",
      contentBytes: "bWFj",
      contentType: "text/plain",
      isInline: false,
    });
    expect("contentType" in buildFileAttachment("menu.txt", "bWFj")).toBe(false);
  });

  it("refuses empty, nameless, over-long and over-150 MB files", () => {
    expect(refusal(() => validateFile(namedBlob([], "a.txt")))).toMatchObject({ reason: "fileEmpty", field: "file" });
    expect(refusal(() => validateFile(namedBlob(["x"], "  ")))).toMatchObject({ reason: "nameEmpty", field: "name" });
    expect(refusal(() => validateFile(namedBlob(["x"], "n".repeat(256))))).toMatchObject({ reason: "nameTooLong" });
    expect(validateFile(namedBlob(["x"], "n".repeat(255)))).toHaveLength(255);
    expect(refusal(() => validateFile(namedBlob(["x"], "bad\u0007name")))).toMatchObject({ reason: "nameInvalid" });
    expect(refusal(() => validateFile(namedBlob(["x"], "invoice\u202Efdp.exe")))).toMatchObject({
      reason: "nameInvalid",
    });
    expect(refusal(() => validateFile(namedBlob(["x"], "a\u2067b")))).toMatchObject({ reason: "nameInvalid" });
    expect(validateFile(namedBlob(["x"], "שלום עולם 📎.txt"))).toBe("שלום עולם 📎.txt");
    for (const reserved of ["CON", "con.txt", "Nul.tar.gz", "COM1", "lpt9.doc", "aux ", "..", "PRN."]) {
      expect(refusal(() => validateFile(namedBlob(["x"], reserved)))).toMatchObject({ reason: "nameReserved" });
    }
    for (const fine of ["console.log", "COM10.txt", "icon.png", "a..b", "nulled.txt", ".env"]) {
      expect(validateFile(namedBlob(["x"], fine))).toBe(fine);
    }
    const huge = { size: 150 * 1024 * 1024 + 1, name: "big.bin", type: "" } as unknown as Blob & { name: string };
    expect(refusal(() => validateFile(huge))).toMatchObject({ reason: "fileTooLarge", field: "file" });
    const limit = { size: 150 * 1024 * 1024, name: "big.bin", type: "" } as unknown as Blob & { name: string };
    expect(validateFile(limit)).toBe("big.bin");
  });

  it("counts a name's length in characters, not UTF-16 units", () => {
    expect(validateFile(namedBlob(["x"], "😀".repeat(255)))).toHaveLength(510);
  });
});

describe("itemAttachment (event)", () => {
  it("reproduces the seed body field by field", () => {
    const payload = buildEventAttachment(seedEvent);
    expect(payload).toEqual(SEED_ITEM_REQUEST);
    expect(JSON.stringify(payload)).toBe(JSON.stringify(SEED_ITEM_REQUEST));
  });

  it("adds location and isAllDay when given, and a Text body", () => {
    const payload = buildEventAttachment({
      ...seedEvent,
      body: { contentType: "Text", content: "plain" },
      start: { dateTime: "2024-05-01T00:00:00", timeZone: "UTC" },
      end: { dateTime: "2024-05-02T00:00:00", timeZone: "UTC" },
      location: " Room 1 ",
      isAllDay: true,
    });
    expect(payload.item).toMatchObject({
      body: { contentType: "Text" },
      location: { displayName: "Room 1" },
      isAllDay: true,
    });
    expect("location" in buildEventAttachment({ ...seedEvent, location: "  " }).item).toBe(false);
    expect("body" in buildEventAttachment({ ...seedEvent, body: undefined }).item).toBe(false);
  });

  it.each<[string, Partial<EventAttachmentInput>, string, string]>([
    ["empty name", { name: "" }, "nameEmpty", "name"],
    ["invalid start", { start: { dateTime: "2016-13-02T18:00:00", timeZone: "UTC" } }, "dateInvalid", "start"],
    [
      "impossible day",
      { end: { dateTime: "2023-02-30T10:00:00", timeZone: "Pacific Standard Time" } },
      "dateInvalid",
      "end",
    ],
    ["offset in time", { start: { dateTime: "2016-12-02T18:00:00Z", timeZone: "UTC" } }, "dateInvalid", "start"],
    ["empty zone", { start: { dateTime: "2016-12-02T18:00:00", timeZone: " " } }, "timeZoneEmpty", "timeZone"],
    [
      "end before start",
      { end: { dateTime: "2016-12-02T17:59:59", timeZone: "Pacific Standard Time" } },
      "endBeforeStart",
      "end",
    ],
    ["all-day not at midnight", { isAllDay: true }, "allDayNotMidnight", "isAllDay"],
    ["control characters in subject", { subject: "a\u0000b" }, "subjectInvalid", "subject"],
    ["unknown body type", { body: { contentType: "Markdown" as "HTML", content: "x" } }, "bodyInvalid", "body"],
  ])("refuses %s", (_label, change, reason, field) => {
    expect(refusal(() => buildEventAttachment({ ...seedEvent, ...change }))).toMatchObject({ reason, field });
  });

  it("accepts an end equal to the start, and times with fractions", () => {
    const same = { dateTime: "2016-12-02T18:00:00.1234567", timeZone: "UTC" };
    expect(buildEventAttachment({ ...seedEvent, start: same, end: same }).item.end).toEqual(same);
  });

  it("does not compare times across different zones", () => {
    const payload = buildEventAttachment({
      ...seedEvent,
      start: { dateTime: "2016-12-02T18:00:00", timeZone: "Tokyo Standard Time" },
      end: { dateTime: "2016-12-02T10:00:00", timeZone: "GMT Standard Time" },
    });
    expect(payload.item.end.timeZone).toBe("GMT Standard Time");
  });
});

describe("referenceAttachment (beta)", () => {
  it("reproduces the seed body, with the schema's spelling of permission and isFolder", () => {
    const payload = buildReferenceAttachment(seedLink);
    expect(Object.keys(payload)).toEqual(Object.keys(SEED_REFERENCE_REQUEST));
    for (const key of ["@odata.type", "name", "sourceUrl", "providerType"] as const) {
      expect(payload[key]).toBe(SEED_REFERENCE_REQUEST[key]);
    }
    // The page sends "Edit" and "True"; Graph answers "edit" and true, which is what the schema defines.
    expect(payload.permission).toBe(SEED_REFERENCE_REQUEST.permission.toLowerCase());
    expect(payload.isFolder).toBe(SEED_REFERENCE_REQUEST.isFolder === "True");
  });

  it("accepts every provider and permission Graph defines, case-insensitively", () => {
    for (const providerType of ["oneDriveBusiness", "ONEDRIVECONSUMER", "dropbox", "other"]) {
      expect(buildReferenceAttachment({ ...seedLink, providerType }).providerType.toLowerCase()).toBe(
        providerType.toLowerCase(),
      );
    }
    const permissions = [
      "other",
      "view",
      "edit",
      "anonymousView",
      "anonymousEdit",
      "organizationView",
      "organizationEdit",
    ];
    for (const permission of permissions) {
      expect(buildReferenceAttachment({ ...seedLink, permission: permission.toUpperCase() }).permission).toBe(
        permission,
      );
    }
    const minimal = buildReferenceAttachment({ name: "x", sourceUrl: "https://a.example/x", providerType: "other" });
    expect(minimal).toEqual({
      "@odata.type": "#microsoft.graph.referenceAttachment",
      name: "x",
      sourceUrl: "https://a.example/x",
      providerType: "other",
    });
  });

  it.each([
    ["http://contoso.com/x", "urlNotHttps"],
    ["javascript:alert(1)", "urlNotHttps"],
    ["data:text/html,<b>x</b>", "urlNotHttps"],
    ["ftp://contoso.com/x", "urlNotHttps"],
    ["https://contoso.com/a b", "urlInvalid"],
    ["https://contoso.com/a\tb", "urlInvalid"],
    ["https://", "urlInvalid"],
    ["https:///path-only", "urlInvalid"],
    ["contoso.com/x", "urlInvalid"],
    ["", "urlInvalid"],
    ["https://user:secret@contoso.com/x", "urlInvalid"],
  ])("refuses the link %j", (sourceUrl, reason) => {
    expect(refusal(() => buildReferenceAttachment({ ...seedLink, sourceUrl }))).toMatchObject({
      reason,
      field: "sourceUrl",
    });
  });

  it("refuses unknown providers and permissions", () => {
    expect(refusal(() => buildReferenceAttachment({ ...seedLink, providerType: "googleDrive" }))).toMatchObject({
      reason: "providerUnknown",
      field: "providerType",
    });
    expect(refusal(() => buildReferenceAttachment({ ...seedLink, permission: "owner" }))).toMatchObject({
      reason: "permissionUnknown",
      field: "permission",
    });
  });
});

describe("upload session request", () => {
  it("is the documented AttachmentItem body", () => {
    expect(buildUploadSessionRequest("big.pdf", 5_000_000, "application/pdf")).toEqual({
      AttachmentItem: { attachmentType: "file", name: "big.pdf", size: 5_000_000, contentType: "application/pdf" },
    });
    expect(buildUploadSessionRequest("big.bin", 5)).toEqual({
      AttachmentItem: { attachmentType: "file", name: "big.bin", size: 5 },
    });
  });
});

it("publishes every input reason the builders use", () => {
  expect(ATTACHMENT_INPUT_REASONS).toEqual(
    expect.arrayContaining(["nameEmpty", "nameTooLong", "fileEmpty", "fileTooLarge", "endBeforeStart", "urlNotHttps"]),
  );
});
