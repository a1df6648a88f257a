import { createSimulatedOffice, simulatedHostControl, type HostScenario } from "../../../dev/office";
import {
  createFormAttacher,
  fitsForm,
  FORM_ATTACH_TIMEOUT_MS,
  isOfficeHostError,
  MAX_FORM_BASE64_LENGTH,
  MAX_FORM_FILE_BYTES,
  OfficeHostError,
} from "../../../src/office";
import { base64Length } from "../../../src/graph/utils/base64";
import { answering, fail, fakeHost, ok } from "./fakeHost";

const AGENDA = "Agenda\n1. Budget\n2. Roadmap\n";
const toBase64 = (blob: Blob): Promise<string> =>
  blob.arrayBuffer().then((bytes) => Buffer.from(bytes).toString("base64"));

function office(scenario: HostScenario = "classic-online") {
  const host = createSimulatedOffice({ scenario });
  return { host, control: simulatedHostControl(host), attacher: createFormAttacher(host, { encode: toBase64 }) };
}

async function rejection(promise: Promise<unknown>): Promise<OfficeHostError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OfficeHostError) return error;
    throw error;
  }
  throw new Error("expected a rejection");
}

describe("the window's size limit", () => {
  it("is the largest file whose Base64 text fits office.js's limit", () => {
    expect(MAX_FORM_FILE_BYTES).toBe(20_919_090);
    expect(base64Length(MAX_FORM_FILE_BYTES)).toBeLessThanOrEqual(MAX_FORM_BASE64_LENGTH);
    expect(base64Length(MAX_FORM_FILE_BYTES + 1)).toBeGreaterThan(MAX_FORM_BASE64_LENGTH);
  });

  it.each([
    [0, false],
    [1, true],
    [MAX_FORM_FILE_BYTES, true],
    [MAX_FORM_FILE_BYTES + 1, false],
  ])("a file of %i bytes fits: %s", (bytes, fits) => {
    expect(fitsForm(bytes)).toBe(fits);
  });
});

describe("attaching a file to the open window", () => {
  it("hands Outlook the file's Base64 text and name; the window holds it, nothing is saved", async () => {
    const { attacher, control } = office("cached-delay");
    const committed = jest.fn();
    const attached = await attacher.attachFile(new Blob([AGENDA]), "agenda.txt", { onCommitted: committed });
    expect(attached).toEqual({ id: "1", name: "agenda.txt", kind: "file" });
    expect(committed).toHaveBeenCalledTimes(1);
    const [held] = control.formAttachments();
    expect(held).toMatchObject({ kind: "file", name: "agenda.txt", isInline: false, byteLength: AGENDA.length });
    expect(Buffer.from(held?.base64 ?? "", "base64").toString()).toBe(AGENDA);
    // A never-saved meeting stays unsaved: the window takes attachments before any save.
    expect(control.currentItemId()).toBeNull();
    expect(control.saveCount()).toBe(0);
  });

  it("uses the browser's own encoder when none is given", async () => {
    const host = createSimulatedOffice({ scenario: "classic-online" });
    await createFormAttacher(host).attachFile(new Blob(["x"]), "x.txt");
    expect(simulatedHostControl(host).formAttachments()[0]?.base64).toBe("eA==");
  });

  it("refuses a file too large for the window before reading it", async () => {
    const encode = jest.fn(toBase64);
    const { host, control } = office();
    const attacher = createFormAttacher(host, { encode });
    const tooLarge = { size: MAX_FORM_FILE_BYTES + 1 } as Blob;
    const error = await rejection(attacher.attachFile(tooLarge, "video.mp4"));
    expect(error).toMatchObject({ reason: "attachmentTooLarge", operation: "item.addFileAttachmentFromBase64Async" });
    expect(encode).not.toHaveBeenCalled();
    expect(control.formAttachments()).toEqual([]);
  });

  it("refuses an empty file, which office.js would throw on", async () => {
    const { attacher } = office();
    expect(await rejection(attacher.attachFile(new Blob([]), "empty.txt"))).toMatchObject({
      reason: "invalidArgument",
    });
  });

  it("reports Outlook's 9000 when the window's attachments would be too large", async () => {
    const { attacher, control } = office();
    control.setFormLimits({ maxTotalBytes: 40 });
    await attacher.attachFile(new Blob([AGENDA]), "agenda.txt");
    const error = await rejection(attacher.attachFile(new Blob([AGENDA]), "agenda-2.txt"));
    expect(error).toMatchObject({
      reason: "attachmentTooLarge",
      code: 9000,
      officeErrorName: "AttachmentSizeExceeded",
    });
    expect(error.message).toContain("The attachment cannot be added because it is too big.");
    expect(control.formAttachments().map((held) => held.name)).toEqual(["agenda.txt"]);
  });

  it("reports Outlook's 9001 when the window holds as many attachments as it may", async () => {
    const { attacher, control } = office("saved");
    control.setFormLimits({ maxCount: 1 });
    await attacher.attachFile(new Blob(["a"]), "a.txt");
    const error = await rejection(attacher.attachFile(new Blob(["b"]), "b.txt"));
    expect(error).toMatchObject({
      reason: "tooManyAttachments",
      code: 9001,
      officeErrorName: "NumberOfAttachmentsExceeded",
    });
  });

  it("types what office.js throws for a bad argument (a name over 255 characters)", async () => {
    const { attacher, control } = office();
    const error = await rejection(attacher.attachFile(new Blob(["a"]), "n".repeat(256)));
    expect(error).toMatchObject({ reason: "invalidArgument", officeErrorName: "Sys.ArgumentOutOfRangeException" });
    expect(error.message).toContain("Parameter name: attachmentName");
    expect(control.formAttachments()).toEqual([]);
  });

  it("says what is missing where the host has no Mailbox 1.8 method", async () => {
    const { attacher } = office("no-mailbox-1-8");
    expect(await rejection(attacher.attachFile(new Blob(["a"]), "a.txt"))).toMatchObject({
      reason: "notAvailable",
      missingRequirement: "Mailbox 1.8",
    });
  });

  it("maps Outlook's other attachment refusals", async () => {
    const host = fakeHost();
    host.context.mailbox.item.addFileAttachmentFromBase64Async = answering<string>(
      fail(9043, "AttachmentTypeNotSupported"),
      fail(0, "FileTypeNotSupported"),
      fail(9007, "AttachmentUploadGeneralFailure"),
    );
    const attacher = createFormAttacher(host, { encode: toBase64 });
    const reasons = [];
    for (const name of ["a.exe", "b.exe", "c.txt"]) {
      reasons.push((await rejection(attacher.attachFile(new Blob(["a"]), name))).reason);
    }
    expect(reasons).toEqual(["attachmentTypeNotSupported", "attachmentTypeNotSupported", "attachmentFailed"]);
  });
});

describe("the queue and its deadline", () => {
  it("hands Outlook one attachment at a time", async () => {
    const host = fakeHost();
    let inFlight = 0;
    let most = 0;
    host.context.mailbox.item.addFileAttachmentFromBase64Async = jest.fn((...args: unknown[]) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      const callback = args.find(
        (arg): arg is (result: Office.AsyncResult<string>) => void => typeof arg === "function",
      );
      setTimeout(() => {
        inFlight -= 1;
        callback?.(ok("id"));
      }, 5);
    });
    const attacher = createFormAttacher(host, { encode: toBase64 });
    await Promise.all(["a", "b", "c", "d"].map((name) => attacher.attachFile(new Blob([name]), name)));
    expect(most).toBe(1);
  });

  it("a queued attachment can be cancelled and never reaches the window", async () => {
    const { attacher, control } = office();
    const first = attacher.attachFile(new Blob(["first"]), "first.txt");
    const controller = new AbortController();
    const second = attacher.attachFile(new Blob(["second"]), "second.txt", { signal: controller.signal });
    controller.abort();
    expect(await rejection(second)).toMatchObject({ reason: "cancelled" });
    await first;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(control.formAttachments().map((held) => held.name)).toEqual(["first.txt"]);
  });

  it("an aborted signal before the call stops it at once", async () => {
    const { attacher, control } = office();
    const controller = new AbortController();
    controller.abort();
    expect(await rejection(attacher.attachFile(new Blob(["a"]), "a.txt", { signal: controller.signal }))).toMatchObject(
      { reason: "cancelled" },
    );
    expect(control.formAttachments()).toEqual([]);
  });

  it("once Outlook has the file, cancelling no longer takes it back", async () => {
    const { attacher, control } = office();
    const controller = new AbortController();
    const attached = attacher.attachFile(new Blob(["a"]), "a.txt", {
      signal: controller.signal,
      onCommitted: () => controller.abort(),
    });
    await expect(attached).resolves.toMatchObject({ name: "a.txt" });
    expect(control.formAttachments()).toHaveLength(1);
  });

  it("gives Outlook as long as office.js does, then says the outcome is unknown", async () => {
    expect(FORM_ATTACH_TIMEOUT_MS).toBe(600_000);
    const host = fakeHost();
    host.context.mailbox.item.addFileAttachmentFromBase64Async = answering<string>("silent");
    const attacher = createFormAttacher(host, { encode: toBase64, timeoutMs: 20 });
    const error = await rejection(attacher.attachFile(new Blob(["a"]), "a.txt"));
    expect(error.reason).toBe("formOutcomeUnknown");
    expect(isOfficeHostError(error.cause, "timeout")).toBe(true);
  });
});

describe("attaching a calendar event to the open window", () => {
  it("converts Graph's id to the EWS id Outlook takes", async () => {
    const { attacher, control } = office();
    const restId = "AAMkAGI2-Zm_AAA=";
    expect(await attacher.attachItem(restId, "Kickoff")).toEqual({ id: "1", name: "Kickoff", kind: "item" });
    expect(control.formAttachments()).toEqual([
      { id: "1", kind: "item", name: "Kickoff", isInline: false, itemId: "AAMkAGI2/Zm+AAA=" },
    ]);
  });

  it("works on hosts without Mailbox 1.8 (the method is 1.1)", async () => {
    const { attacher, control } = office("no-mailbox-1-8");
    await attacher.attachItem("AAMkAGI2/Zm+AAA=", "Kickoff");
    expect(control.formAttachments()[0]).toMatchObject({ kind: "item", itemId: "AAMkAGI2/Zm+AAA=" });
  });

  it("refuses an id that is neither EWS nor REST without calling Outlook", async () => {
    const { attacher, control } = office();
    expect(await rejection(attacher.attachItem("not an id!", "Kickoff"))).toMatchObject({ reason: "invalidItemId" });
    expect(control.formAttachments()).toEqual([]);
  });

  it("says so when the host cannot convert ids", async () => {
    const host = fakeHost();
    host.context.mailbox.item.addItemAttachmentAsync = answering(ok("1"));
    const error = await rejection(createFormAttacher(host).attachItem("AAMkAGI2-Zm_AAA=", "Kickoff"));
    expect(error).toMatchObject({ reason: "notAvailable", missingRequirement: "Mailbox 1.3" });
  });

  it("says so when the host lacks the method", async () => {
    const host = fakeHost();
    const error = await rejection(createFormAttacher(host).attachItem("AAMkAGI2/Zm+AAA=", "Kickoff"));
    expect(error).toMatchObject({ reason: "notAvailable", missingRequirement: "Mailbox 1.1" });
  });
});
