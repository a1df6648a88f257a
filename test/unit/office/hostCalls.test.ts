import { callHost, callHostSync, DEFAULT_HOST_TIMEOUT_MS, DEFAULT_SAVE_TIMEOUT_MS } from "../../../src/office/callHost";
import { fromOfficeError, fromThrown } from "../../../src/office/OfficeHostError";
import { OfficeHostError, readMeeting, resolveEvent, type OfficeHostErrorReason } from "../../../src/office";
import { answering, fail, fakeHost, ITEM_NOT_SAVED, ok, STATUS } from "./fakeHost";

async function settle(promise: Promise<unknown>): Promise<unknown> {
  try {
    return await promise;
  } catch (error) {
    return error;
  }
}

describe("callHost", () => {
  afterEach(() => jest.useRealTimers());

  it("resolves with the value of a succeeded result", async () => {
    const host = fakeHost();
    await expect(callHost(host, "op", (callback) => callback(ok(42)))).resolves.toBe(42);
  });

  it.each<[number, string, OfficeHostErrorReason]>([
    [9046, "ItemNotSaved", "itemNotSaved"],
    [9021, "SaveError", "saveFailed"],
    [9022, "MessageInDifferentStoreError", "itemMoved"],
    [9030, "APICallFailedDueToItemChange", "itemChanged"],
    [9041, "NetworkError", "networkError"],
    [9040, "HTTPRequestFailure", "networkError"],
    [9042, "InternalServerError", "serverError"],
    [9038, "InsufficientItemPermissionsError", "accessDenied"],
    [9017, "AccessRestricted", "accessDenied"],
    [9049, "ItemNotFound", "itemNotFound"],
    [9055, "APINotSupportedForSharedFolders", "notSupportedForSharedFolders"],
    [9002, "InternalFormatError", "hostError"],
  ])("maps Office error %i (%s) to %s, keeping code and name", async (code, name, reason) => {
    const host = fakeHost();
    const error = await settle(callHost(host, "item.x", (callback) => callback(fail(code, name, "text"))));
    expect(error).toBeInstanceOf(OfficeHostError);
    expect(error).toMatchObject({ reason, code, officeErrorName: name, operation: "item.x" });
    expect((error as Error).message).toContain("text");
  });

  it("a failed result without an error object is a host error", async () => {
    const host = fakeHost();
    const result = { status: STATUS.Failed } as Office.AsyncResult<string>;
    expect(await settle(callHost<string>(host, "op", (callback) => callback(result)))).toMatchObject({
      reason: "hostError",
      code: undefined,
    });
    expect(fromOfficeError("op", undefined).message).toContain("The host reported a failure.");
  });

  it.each<[string, unknown, OfficeHostErrorReason]>([
    ["a missing method", new TypeError("item.getItemIdAsync is not a function"), "notAvailable"],
    [
      "a missing manifest permission",
      new Error("Elevated permission is required to call the method: 'item.saveAsync'."),
      "manifestPermission",
    ],
    [
      "a bad argument",
      Object.assign(new Error("Sys.ArgumentNullException: Value cannot be null.\nParameter name: callback"), {
        name: "Sys.ArgumentNullException",
      }),
      "invalidArgument",
    ],
    ["anything else", "boom", "hostError"],
  ])("types a synchronous throw from %s", async (_label, thrown, reason) => {
    const host = fakeHost();
    const error = await settle(
      callHost(host, "op", () => {
        throw thrown;
      }),
    );
    expect(error).toMatchObject({ reason, operation: "op" });
    expect((error as Error).cause).toBe(thrown);
  });

  it("never lets a throw escape into the host's callback", async () => {
    const host = fakeHost();
    let callbackThrew = false;
    const pending = callHost<string>(host, "op", (callback) => {
      const poisoned = {} as Office.AsyncResult<string>;
      Object.defineProperty(poisoned, "status", {
        get() {
          throw new Error("status unreadable");
        },
      });
      try {
        callback(poisoned);
      } catch {
        callbackThrew = true;
      }
    });
    expect(await settle(pending)).toMatchObject({ reason: "hostError" });
    expect(callbackThrew).toBe(false);
  });

  it("times out a silent host with a typed error and ignores a late answer", async () => {
    jest.useFakeTimers();
    const host = fakeHost();
    let answer: ((result: Office.AsyncResult<string>) => void) | undefined;
    const pending = settle(callHost<string>(host, "item.subject.getAsync", (callback) => (answer = callback)));
    await jest.advanceTimersByTimeAsync(DEFAULT_HOST_TIMEOUT_MS - 1);
    let done = false;
    void pending.then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    const error = await pending;
    expect(error).toMatchObject({ reason: "timeout", operation: "item.subject.getAsync" });
    expect(() => answer?.(ok("late"))).not.toThrow();
  });

  it("honours a custom timeout", async () => {
    jest.useFakeTimers();
    const pending = settle(callHost(fakeHost(), "op", () => undefined, { timeoutMs: 50 }));
    await jest.advanceTimersByTimeAsync(50);
    expect(await pending).toMatchObject({ reason: "timeout" });
  });

  it("rejects at once when already aborted, without calling the host", async () => {
    const controller = new AbortController();
    controller.abort(new Error("closed"));
    const start = jest.fn();
    expect(await settle(callHost(fakeHost(), "op", start, { signal: controller.signal }))).toMatchObject({
      reason: "cancelled",
    });
    expect(start).not.toHaveBeenCalled();
  });

  it("rejects as cancelled when aborted while waiting", async () => {
    const controller = new AbortController();
    const pending = settle(callHost(fakeHost(), "op", () => undefined, { signal: controller.signal }));
    controller.abort();
    expect(await pending).toMatchObject({ reason: "cancelled" });
  });

  it("callHostSync types throws and passes values through", () => {
    expect(callHostSync("op", () => 7)).toBe(7);
    expect(() =>
      callHostSync("op", () => {
        throw new TypeError("nope");
      }),
    ).toThrow(expect.objectContaining({ reason: "notAvailable" }) as Error);
    const typed = fromThrown("a", new TypeError("x"));
    expect(fromThrown("b", typed)).toBe(typed);
  });
});

describe("every host call of readMeeting and resolveEvent has a timeout", () => {
  afterEach(() => jest.useRealTimers());

  type Silence = (host: ReturnType<typeof fakeHost>) => void;
  const silent = answering("silent");
  const cases: Array<[string, Silence]> = [
    ["subject", (host) => (host.context.mailbox.item.subject = { getAsync: silent })],
    ["start", (host) => (host.context.mailbox.item.start = { getAsync: silent })],
    ["end", (host) => (host.context.mailbox.item.end = { getAsync: silent })],
    ["location", (host) => (host.context.mailbox.item.location = { getAsync: silent })],
    ["organizer", (host) => (host.context.mailbox.item.organizer = { getAsync: silent })],
    ["recurrence", (host) => (host.context.mailbox.item.recurrence = { getAsync: silent })],
    ["getItemIdAsync", (host) => (host.context.mailbox.item.getItemIdAsync = silent)],
  ];

  it.each(cases)("readMeeting: %s", async (_label, silence) => {
    jest.useFakeTimers();
    const host = fakeHost();
    silence(host);
    const pending = settle(readMeeting(host));
    await jest.advanceTimersByTimeAsync(DEFAULT_HOST_TIMEOUT_MS * 3);
    expect(await pending).toMatchObject({ reason: "timeout" });
  });

  it("resolveEvent: getSharedPropertiesAsync", async () => {
    jest.useFakeTimers();
    const host = fakeHost();
    host.context.mailbox.item.getSharedPropertiesAsync = answering("silent");
    const pending = settle(resolveEvent(host, { confirmSave: () => Promise.resolve(false) }));
    await jest.advanceTimersByTimeAsync(DEFAULT_HOST_TIMEOUT_MS);
    expect(await pending).toMatchObject({ reason: "timeout", operation: "item.getSharedPropertiesAsync" });
  });

  it("resolveEvent: saveAsync waits longer than reads", async () => {
    jest.useFakeTimers();
    const host = fakeHost();
    host.context.mailbox.item.getItemIdAsync = answering(ITEM_NOT_SAVED);
    host.context.mailbox.item.saveAsync = answering("silent");
    let outcome: unknown;
    void settle(resolveEvent(host, { confirmSave: () => Promise.resolve(true) })).then((value) => (outcome = value));
    await jest.advanceTimersByTimeAsync(DEFAULT_HOST_TIMEOUT_MS + 1);
    expect(outcome).toBeUndefined();
    await jest.advanceTimersByTimeAsync(DEFAULT_SAVE_TIMEOUT_MS);
    expect(outcome).toMatchObject({ reason: "timeout", operation: "item.saveAsync" });
  });

  it("resolveEvent: a custom save timeout", async () => {
    jest.useFakeTimers();
    const host = fakeHost();
    host.context.mailbox.item.getItemIdAsync = answering(ITEM_NOT_SAVED);
    host.context.mailbox.item.saveAsync = answering("silent");
    const pending = settle(resolveEvent(host, { confirmSave: () => Promise.resolve(true), saveTimeoutMs: 1_000 }));
    await jest.advanceTimersByTimeAsync(1_000);
    expect(await pending).toMatchObject({ reason: "timeout" });
  });
});

describe("readMeeting", () => {
  it("reads the details from a hand-made host", async () => {
    const meeting = await readMeeting(fakeHost());
    expect(meeting).toEqual({
      subject: "Budget review",
      location: "Room 1",
      start: new Date("2030-01-02T10:00:00Z"),
      end: new Date("2030-01-02T11:00:00Z"),
      organizer: { displayName: "Adele", emailAddress: "adele@contoso.example" },
      recurrence: "single",
      isRecurring: false,
      saved: true,
      timeZone: "Pacific Standard Time",
    });
  });

  it("never runs more than three host calls at once", async () => {
    const host = fakeHost();
    let running = 0;
    let peak = 0;
    const slow = <T>(value: T) =>
      jest.fn((...args: unknown[]) => {
        const callback = args[args.length - 1] as (result: Office.AsyncResult<T>) => void;
        running++;
        peak = Math.max(peak, running);
        setTimeout(() => {
          running--;
          callback(ok(value));
        }, 1);
      });
    const item = host.context.mailbox.item;
    item.subject = { getAsync: slow("s") };
    item.location = { getAsync: slow("l") };
    item.start = { getAsync: slow(new Date(0)) };
    item.end = { getAsync: slow(new Date(1)) };
    item.recurrence = { getAsync: slow(null) };
    item.getItemIdAsync = slow("AAMk");
    await readMeeting(host);
    expect(peak).toBe(3);
  });

  it("leaves out an organizer the host refuses or lacks, accepts numeric dates, and rejects bad ones", async () => {
    const refused = fakeHost();
    refused.context.mailbox.item.organizer = { getAsync: answering(fail(9017, "AccessRestricted")) };
    refused.context.mailbox.item.start = { getAsync: answering(ok(Date.parse("2030-01-02T10:00:00Z"))) };
    const meeting = await readMeeting(refused);
    expect(meeting.organizer).toBeUndefined();
    expect(meeting.start).toEqual(new Date("2030-01-02T10:00:00Z"));

    const missing = fakeHost();
    delete missing.context.mailbox.item.organizer;
    missing.context.mailbox.item.subject = { getAsync: answering(ok(null)) };
    (missing.context.mailbox as { userProfile: unknown }).userProfile = {};
    const sparse = await readMeeting(missing);
    expect(sparse).toMatchObject({ subject: "", timeZone: undefined });
    expect("organizer" in sparse).toBe(false);

    const empty = fakeHost();
    empty.context.mailbox.item.organizer = { getAsync: answering(ok(null)) };
    expect((await readMeeting(empty)).organizer).toBeUndefined();

    const broken = fakeHost();
    broken.context.mailbox.item.end = { getAsync: answering(ok("not a date")) };
    expect(await settle(readMeeting(broken))).toMatchObject({ reason: "hostError", operation: "item.end.getAsync" });
  });

  it("uses the address when the organizer has no display name", async () => {
    const host = fakeHost();
    host.context.mailbox.item.organizer = { getAsync: answering(ok({ emailAddress: "x@contoso.example" })) };
    expect((await readMeeting(host)).organizer).toEqual({
      displayName: "x@contoso.example",
      emailAddress: "x@contoso.example",
    });
  });

  it("passes on failures other than ItemNotSaved from getItemIdAsync", async () => {
    const host = fakeHost();
    host.context.mailbox.item.getItemIdAsync = answering(fail(9030, "APICallFailedDueToItemChange"));
    expect(await settle(readMeeting(host))).toMatchObject({ reason: "itemChanged", code: 9030 });
  });

  it("reads a subject call that throws synchronously as a typed error", async () => {
    const host = fakeHost();
    host.context.mailbox.item.subject = {
      getAsync: answering({
        throws: new Error("Elevated permission is required to call the method: 'subject.getAsync'."),
      }),
    };
    expect(await settle(readMeeting(host))).toMatchObject({ reason: "manifestPermission" });
  });
});
