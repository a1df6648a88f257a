import {
  createSimulatedOffice,
  SAVED_MEETING_EWS_ID,
  SAVED_MEETING_REST_ID,
  simulatedHostControl,
  type FormSendInfo,
  type SavedItemInfo,
  type SimulatedOffice,
} from "../../../dev/office";
import { DEMO_ORGANIZER } from "../../../dev/shared/demoIdentity";

type Result = Office.AsyncResult<string>;

function classic(): SimulatedOffice {
  return createSimulatedOffice({ scenario: "classic-online" });
}

/** Calls one of the window's methods with untyped arguments, as page code can. */
function invoke(office: SimulatedOffice, method: "file" | "item", ...args: unknown[]): void {
  const item = office.context.mailbox.item as unknown as Record<string, (...values: unknown[]) => void>;
  const name = method === "file" ? "addFileAttachmentFromBase64Async" : "addItemAttachmentAsync";
  item[name]?.(...args);
}

function answer(office: SimulatedOffice, method: "file" | "item", ...args: unknown[]): Promise<Result> {
  return new Promise((resolve) => invoke(office, method, ...args, resolve));
}

/** What office.js throws: `name` is the exception's kind and the message starts with it. */
function thrown(run: () => void): { name: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof Error) return { name: error.name, message: error.message };
  }
  throw new Error("expected a throw");
}

describe("addFileAttachmentFromBase64Async: office.js's argument checks, thrown before Outlook is asked", () => {
  it.each<[string, unknown, unknown, string, string]>([
    ["empty Base64", "", "a.txt", "Sys.ArgumentNullException", "Value cannot be null.\nParameter name: base64Encoded"],
    ["null Base64", null, "a.txt", "Sys.ArgumentNullException", "Value cannot be null.\nParameter name: base64Encoded"],
    [
      "Base64 that is not text",
      42,
      "a.txt",
      "Sys.ArgumentTypeException",
      "Object of type 'number' cannot be converted to type 'string'.\nParameter name: base64Encoded",
    ],
    [
      "an empty name",
      "YQ==",
      "",
      "Sys.ArgumentException",
      "Value does not fall within the expected range.\nParameter name: attachmentName",
    ],
    [
      "a name that is not text",
      "YQ==",
      7,
      "Sys.ArgumentException",
      "Value does not fall within the expected range.\nParameter name: attachmentName",
    ],
    [
      "a 256-character name",
      "YQ==",
      "n".repeat(256),
      "Sys.ArgumentOutOfRangeException",
      "Specified argument was out of the range of valid values.\nParameter name: attachmentName",
    ],
  ])("%s", (_case, base64, name, kind, text) => {
    const office = classic();
    expect(thrown(() => invoke(office, "file", base64, name, () => undefined))).toEqual({
      name: kind,
      message: `${kind}: ${text}`,
    });
    expect(simulatedHostControl(office).formAttachments()).toEqual([]);
  });

  it("refuses Base64 text longer than the bundles' MaxBase64AttachmentSize (27,892,122)", () => {
    const office = classic();
    const longest = "A".repeat(27_892_120);
    expect(() => invoke(office, "file", longest, "big.bin")).not.toThrow();
    expect(thrown(() => invoke(office, "file", longest + "AAAA", "big.bin"))).toEqual({
      name: "Sys.ArgumentOutOfRangeException",
      message:
        "Sys.ArgumentOutOfRangeException: Specified argument was out of the range of valid values.\nParameter name: base64File",
    });
  });

  it.each<[string, unknown[], string, string]>([
    [
      "a string where options go",
      ["x"],
      "Sys.ArgumentTypeException",
      "Object cannot be converted to the required type.",
    ],
    // No legacy (callback, userContext) form for these methods.
    [
      "a callback then a context",
      [() => undefined, "context"],
      "Sys.ArgumentException",
      "Value does not fall within the expected range.\nParameter name: options",
    ],
    [
      "options then something not a function",
      [{}, "x"],
      "Sys.ArgumentException",
      "Value does not fall within the expected range.\nParameter name: callback",
    ],
    [
      "three trailing arguments",
      [{}, () => undefined, 1],
      "Sys.ParameterCountException",
      "The given parameters do not match the expected format.",
    ],
  ])("the trailing arguments: %s", (_case, rest, kind, text) => {
    const office = classic();
    expect(thrown(() => invoke(office, "file", "YQ==", "a.txt", ...rest))).toEqual({
      name: kind,
      message: `${kind}: ${text}`,
    });
  });

  it("answers later, with the id, the asyncContext and no error property; options may set isInline", async () => {
    const office = classic();
    let answered = false;
    const result = new Promise<Result>((resolve) =>
      invoke(office, "file", "YWdlbmRh", "agenda.txt", { asyncContext: "ctx", isInline: true }, (value: Result) => {
        answered = true;
        resolve(value);
      }),
    );
    expect(answered).toBe(false);
    const value = await result;
    expect(value).toMatchObject({ status: "succeeded", value: "1", asyncContext: "ctx" });
    expect("error" in value).toBe(false);
    expect(simulatedHostControl(office).formAttachments()).toEqual([
      { id: "1", kind: "file", name: "agenda.txt", isInline: true, base64: "YWdlbmRh", byteLength: 6 },
    ]);
  });

  it("takes the call without a callback too", () => {
    const office = classic();
    invoke(office, "file", "YQ==", "a.txt");
    expect(simulatedHostControl(office).formAttachments()).toHaveLength(1);
  });

  it("reports 9000 past the window's total size, with Outlook's name and text", async () => {
    const office = classic();
    simulatedHostControl(office).setFormLimits({ maxTotalBytes: 1 });
    const result = await answer(office, "file", "YWI=", "ab.txt");
    expect(result).toMatchObject({
      status: "failed",
      error: {
        code: 9000,
        name: "AttachmentSizeExceeded",
        message: "The attachment cannot be added because it is too big.",
      },
    });
  });

  it("reports 9001 past the window's number of attachments", async () => {
    const office = createSimulatedOffice({ scenario: "saved" });
    simulatedHostControl(office).setFormLimits({ maxCount: 0 });
    expect((await answer(office, "file", "YQ==", "a.txt")).error).toMatchObject({
      code: 9001,
      name: "NumberOfAttachmentsExceeded",
    });
  });

  it("reports text that is not Base64 as 9002 (a simulation choice: Outlook's answer is not documented)", async () => {
    const office = classic();
    expect((await answer(office, "file", "data:text/plain;base64,YQ==", "a.txt")).error).toMatchObject({
      code: 9002,
      name: "InternalFormatError",
    });
  });

  it("is only on hosts with Mailbox 1.8, as in Outlook", () => {
    expect(
      createSimulatedOffice({ scenario: "no-mailbox-1-8" }).context.mailbox.item.addFileAttachmentFromBase64Async,
    ).toBe(undefined);
  });
});

describe("addItemAttachmentAsync: office.js's argument checks", () => {
  it.each<[string, unknown, unknown, string, string]>([
    ["no id", null, "Kickoff", "Sys.ArgumentNullException", "Value cannot be null.\nParameter name: itemId"],
    [
      "an id that is not text",
      5,
      "Kickoff",
      "Sys.ArgumentTypeException",
      "Object of type 'number' cannot be converted to type 'string'.\nParameter name: itemId",
    ],
    [
      "no name",
      SAVED_MEETING_EWS_ID,
      "",
      "Sys.ArgumentNullException",
      "Value cannot be null.\nParameter name: attachmentName",
    ],
    [
      "a 201-character id",
      "A".repeat(201),
      "Kickoff",
      "Sys.ArgumentOutOfRangeException",
      "Specified argument was out of the range of valid values.\nParameter name: itemId",
    ],
  ])("%s", (_case, itemId, name, kind, text) => {
    expect(thrown(() => invoke(classic(), "item", itemId, name))).toEqual({ name: kind, message: `${kind}: ${text}` });
  });

  it("passes Outlook the EWS form of a REST id, as office.js does", async () => {
    const office = classic();
    expect(await answer(office, "item", SAVED_MEETING_REST_ID, "Review")).toMatchObject({ status: "succeeded" });
    expect(simulatedHostControl(office).formAttachments()[0]).toMatchObject({ itemId: SAVED_MEETING_EWS_ID });
  });
});

describe("sending from the window (a demo control)", () => {
  it("hands the server what the window holds, when it was opened and whether it writes its own copy", async () => {
    let now = Date.parse("2030-01-01T09:00:00Z");
    const sent: FormSendInfo[] = [];
    const office = createSimulatedOffice({
      scenario: "classic-online",
      now: () => now,
      onFormSent: (info) => {
        sent.push(info);
        return Promise.resolve({ sent: ["agenda.txt", "Review"], dropped: ["link"] });
      },
    });
    const control = simulatedHostControl(office);
    const changes = jest.fn();
    const stop = control.onFormChange(changes);
    await answer(office, "file", "YQ==", "agenda.txt");
    await answer(office, "item", SAVED_MEETING_EWS_ID, "Review");
    expect(changes).toHaveBeenCalledTimes(2);
    now += 60_000;
    expect(await control.sendFromForm()).toEqual({ sent: ["agenda.txt", "Review"], dropped: ["link"] });
    expect(sent).toEqual([
      {
        restId: SAVED_MEETING_REST_ID,
        owner: DEMO_ORGANIZER.upn,
        openedAt: new Date("2030-01-01T09:00:00Z"),
        writesOwnCopy: true,
        attachments: [
          { id: "1", kind: "file", name: "agenda.txt", isInline: false, base64: "YQ==", byteLength: 1 },
          {
            id: "2",
            kind: "item",
            name: "Review",
            isInline: false,
            itemId: SAVED_MEETING_EWS_ID,
            itemRestId: SAVED_MEETING_REST_ID,
          },
        ],
      },
    ]);
    // Afterwards the window is as if opened again: nothing pending, opened now.
    expect(control.formAttachments()).toEqual([]);
    await control.sendFromForm();
    expect(sent[1]).toMatchObject({ openedAt: new Date("2030-01-01T09:01:00Z"), attachments: [] });
    stop();
    await answer(office, "file", "YQ==", "late.txt");
    expect(changes).toHaveBeenCalledTimes(4);
  });

  it("a window that edits the server's copy says so", async () => {
    const sent: FormSendInfo[] = [];
    const office = createSimulatedOffice({
      scenario: "saved",
      onFormSent: (info) => {
        sent.push(info);
        return Promise.resolve({ sent: [], dropped: [] });
      },
    });
    await simulatedHostControl(office).sendFromForm();
    expect(sent[0]?.writesOwnCopy).toBe(false);
  });

  it("saves a never-saved meeting first, as Send does", async () => {
    const saved: SavedItemInfo[] = [];
    const office = createSimulatedOffice({
      scenario: "cached-delay",
      onItemSaved: (info) => {
        saved.push(info);
        return Promise.resolve();
      },
    });
    await answer(office, "file", "YQ==", "a.txt");
    const report = await simulatedHostControl(office).sendFromForm();
    expect(saved).toHaveLength(1);
    // Without a server to ask, the report is what the window itself sent.
    expect(report).toEqual({ sent: ["a.txt"], dropped: [] });
    expect(simulatedHostControl(office).currentItemId()).toBe(saved[0]?.ewsId);
  });

  it("fails when the meeting cannot be saved", async () => {
    const office = createSimulatedOffice({ scenario: "new", onItemSaved: () => Promise.reject(new Error("offline")) });
    await expect(simulatedHostControl(office).sendFromForm()).rejects.toThrow("could not be saved");
  });
});
