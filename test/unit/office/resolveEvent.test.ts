import { isOfficeHostError, OfficeHostError, resolveEvent, type ResolvedEvent } from "../../../src/office";
import {
  answering,
  fail,
  fakeHost,
  ITEM_NOT_SAVED,
  ok,
  SAVED_EWS_ID,
  SAVED_REST_ID,
  sharedProperties,
} from "./fakeHost";

const yes = (): Promise<boolean> => Promise.resolve(true);
const neverAsked = (): Promise<boolean> => Promise.reject(new Error("the organizer should not be asked"));

function ready(result: ResolvedEvent): Extract<ResolvedEvent, { status: "ready" }> {
  if (result.status !== "ready") throw new Error(`expected a ready event, got ${result.status}`);
  return result;
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

describe("resolveEvent: the id", () => {
  it("ItemNotSaved → confirm → saveAsync → REST id", async () => {
    const host = fakeHost();
    host.context.mailbox.item.getItemIdAsync = answering(ITEM_NOT_SAVED);
    host.context.mailbox.item.saveAsync = answering(ok("AAMk+new/id=="));
    const confirmSave = jest.fn(yes);
    const result = ready(await resolveEvent(host, { confirmSave }));
    expect(confirmSave).toHaveBeenCalledWith("new");
    expect(host.context.mailbox.item.saveAsync).toHaveBeenCalledTimes(1);
    expect(result.ref.eventId).toBe("AAMk_new-id==");
    expect(result.justSaved).toBe(true);
  });

  it("a declined save sends nothing and saves nothing", async () => {
    const host = fakeHost();
    host.context.mailbox.item.getItemIdAsync = answering(ITEM_NOT_SAVED);
    const result = await resolveEvent(host, { confirmSave: () => Promise.resolve(false) });
    expect(result).toEqual({ status: "declined" });
    expect(host.context.mailbox.item.saveAsync).not.toHaveBeenCalled();
    expect(host.context.mailbox.convertToRestId).not.toHaveBeenCalled();
  });

  it("an empty id from getItemIdAsync counts as unsaved", async () => {
    const host = fakeHost();
    host.context.mailbox.item.getItemIdAsync = answering(ok(""));
    const confirmSave = jest.fn(yes);
    ready(await resolveEvent(host, { confirmSave }));
    expect(confirmSave).toHaveBeenCalledWith("new");
  });

  it("a save without an id asks getItemIdAsync once more", async () => {
    const host = fakeHost();
    const getItemId = answering(ITEM_NOT_SAVED, ok(SAVED_EWS_ID));
    host.context.mailbox.item.getItemIdAsync = getItemId;
    host.context.mailbox.item.saveAsync = answering(ok(""));
    const result = ready(await resolveEvent(host, { confirmSave: yes }));
    expect(result.ref.eventId).toBe(SAVED_REST_ID);
    expect(getItemId).toHaveBeenCalledTimes(2);
  });

  it("a save without an id, on a host that cannot read ids, is itemNotSaved", async () => {
    const host = fakeHost({ mailboxMinor: 7 });
    delete host.context.mailbox.item.getItemIdAsync;
    host.context.mailbox.item.saveAsync = answering(ok(""));
    expect((await rejection(resolveEvent(host, { confirmSave: yes }))).reason).toBe("itemNotSaved");
  });

  it("a failed save keeps its Office code and name", async () => {
    const host = fakeHost();
    host.context.mailbox.item.getItemIdAsync = answering(ITEM_NOT_SAVED);
    host.context.mailbox.item.saveAsync = answering(fail(9021, "SaveError"));
    const error = await rejection(resolveEvent(host, { confirmSave: yes }));
    expect(error).toMatchObject({
      reason: "saveFailed",
      code: 9021,
      officeErrorName: "SaveError",
      operation: "item.saveAsync",
    });
  });

  it("without Mailbox 1.8 and without saveAsync it names the missing requirement", async () => {
    const host = fakeHost({ mailboxMinor: 7 });
    delete host.context.mailbox.item.getItemIdAsync;
    (host.context.mailbox.item as { saveAsync?: unknown }).saveAsync = undefined;
    const error = await rejection(resolveEvent(host, { confirmSave: neverAsked }));
    expect(error).toMatchObject({ reason: "notAvailable", missingRequirement: "Mailbox 1.8" });
  });

  it("a host claiming Mailbox 1.8 but lacking getItemIdAsync falls back to saving", async () => {
    const host = fakeHost();
    delete host.context.mailbox.item.getItemIdAsync;
    const confirmSave = jest.fn(yes);
    const result = ready(await resolveEvent(host, { confirmSave }));
    expect(confirmSave).toHaveBeenCalledWith("existing");
    expect(result.justSaved).toBe(true);
  });

  it("refuses an id that is neither EWS nor REST", async () => {
    const host = fakeHost();
    host.context.mailbox.item.getItemIdAsync = answering(ok("not an id!"));
    expect((await rejection(resolveEvent(host, { confirmSave: neverAsked }))).reason).toBe("invalidItemId");
  });

  it("types a throwing convertToRestId and one that returns garbage", async () => {
    const host = fakeHost();
    host.context.mailbox.convertToRestId = jest.fn(() => {
      const error = new Error(
        "Sys.ArgumentException: Value does not fall within the expected range.\nParameter name: restVersion",
      );
      error.name = "Sys.ArgumentException";
      throw error;
    });
    expect((await rejection(resolveEvent(host, { confirmSave: neverAsked }))).reason).toBe("invalidArgument");
    host.context.mailbox.convertToRestId = jest.fn(() => "still/ews+");
    expect((await rejection(resolveEvent(host, { confirmSave: neverAsked }))).reason).toBe("invalidItemId");
  });

  it("stops when the signal aborts while the organizer is being asked", async () => {
    const host = fakeHost();
    host.context.mailbox.item.getItemIdAsync = answering(ITEM_NOT_SAVED);
    const controller = new AbortController();
    const confirmSave = (): Promise<boolean> => {
      controller.abort();
      return Promise.resolve(true);
    };
    const error = await rejection(resolveEvent(host, { confirmSave, signal: controller.signal }));
    expect(error.reason).toBe("cancelled");
    expect(host.context.mailbox.item.saveAsync).not.toHaveBeenCalled();
  });
});

describe("resolveEvent: the item", () => {
  it("refuses a message, a missing item and an appointment in read mode", async () => {
    const message = fakeHost();
    (message.context.mailbox.item as { itemType: string }).itemType = "message";
    expect((await rejection(resolveEvent(message, { confirmSave: neverAsked }))).reason).toBe("notAppointment");
    const none = fakeHost();
    (none.context.mailbox as { item: unknown }).item = null;
    expect((await rejection(resolveEvent(none, { confirmSave: neverAsked }))).reason).toBe("notAppointment");
    const read = fakeHost();
    (read.context.mailbox.item as { subject: unknown }).subject = "Budget review";
    expect((await rejection(resolveEvent(read, { confirmSave: neverAsked }))).reason).toBe("notAppointment");
  });
});

describe("resolveEvent: shared calendars", () => {
  const owner = "megan@contoso.example";

  it.each([
    ["Editor (all rights)", 63],
    ["Author (own items)", 1 | 2 | 4 | 16],
    ["Contributor (create only)", 2],
    ["EditAll alone", 32],
  ])("%s can write", async (_label, permissions) => {
    const host = fakeHost();
    host.context.mailbox.item.getSharedPropertiesAsync = answering(ok(sharedProperties(owner, permissions)));
    const result = ready(await resolveEvent(host, { confirmSave: neverAsked }));
    expect(result).toMatchObject({ sharedCalendar: true, owner, canWrite: true });
    expect(result.ref.mailbox).toEqual({ kind: "user", idOrUpn: owner });
  });

  it.each([
    ["Reviewer (read)", 1],
    ["no rights", 0],
    ["delete only", 1 | 4 | 8],
  ])("%s cannot write", async (_label, permissions) => {
    const host = fakeHost();
    host.context.mailbox.item.getSharedPropertiesAsync = answering(ok(sharedProperties(owner, permissions)));
    const result = ready(await resolveEvent(host, { confirmSave: neverAsked }));
    expect(result).toMatchObject({ canWrite: false, sharedCalendar: true });
  });

  it("a read-only delegate is not asked to save a new meeting", async () => {
    const host = fakeHost();
    host.context.mailbox.item.getItemIdAsync = answering(ITEM_NOT_SAVED);
    host.context.mailbox.item.getSharedPropertiesAsync = answering(ok(sharedProperties(owner, 1)));
    const error = await rejection(resolveEvent(host, { confirmSave: neverAsked }));
    expect(error.reason).toBe("accessDenied");
    expect(host.context.mailbox.item.saveAsync).not.toHaveBeenCalled();
  });

  it("a missing getSharedPropertiesAsync means the organizer's own calendar", async () => {
    const host = fakeHost();
    expect(host.context.mailbox.item.getSharedPropertiesAsync).toBeUndefined();
    const result = ready(await resolveEvent(host, { confirmSave: neverAsked }));
    expect(result).toMatchObject({ sharedCalendar: false, canWrite: true, ref: { mailbox: { kind: "me" } } });
  });

  it("a Failed getSharedPropertiesAsync also means not shared", async () => {
    const host = fakeHost();
    host.context.mailbox.item.getSharedPropertiesAsync = answering(fail(9055, "APINotSupportedForSharedFolders"));
    expect(ready(await resolveEvent(host, { confirmSave: neverAsked })).sharedCalendar).toBe(false);
  });

  it("a getSharedPropertiesAsync that throws a TypeError also means not shared", async () => {
    const host = fakeHost();
    host.context.mailbox.item.getSharedPropertiesAsync = answering({ throws: new TypeError("x is not a function") });
    expect(ready(await resolveEvent(host, { confirmSave: neverAsked })).sharedCalendar).toBe(false);
  });

  it("a manifest without permission for it is still an error", async () => {
    const host = fakeHost();
    host.context.mailbox.item.getSharedPropertiesAsync = answering({
      throws: new Error("Elevated permission is required to call the method: 'getSharedPropertiesAsync'."),
    });
    expect((await rejection(resolveEvent(host, { confirmSave: neverAsked }))).reason).toBe("manifestPermission");
  });

  it("the organizer's own address as owner is their own calendar", async () => {
    const host = fakeHost();
    host.context.mailbox.item.getSharedPropertiesAsync = answering(ok(sharedProperties("ADELE@contoso.example", 1)));
    expect(ready(await resolveEvent(host, { confirmSave: neverAsked })).sharedCalendar).toBe(false);
  });

  it("shared properties without an owner are a host error", async () => {
    const host = fakeHost();
    host.context.mailbox.item.getSharedPropertiesAsync = answering(ok(sharedProperties("  ", 63)));
    const error = await rejection(resolveEvent(host, { confirmSave: neverAsked }));
    expect(isOfficeHostError(error, "hostError")).toBe(true);
  });
});

it("resolveEvent does not ask the host for the recurrence: only the meeting header shows it", async () => {
  const host = fakeHost();
  const getAsync = jest.fn(answering(ok(null)));
  host.context.mailbox.item.recurrence = { getAsync };
  ready(await resolveEvent(host, { confirmSave: neverAsked }));
  expect(getAsync).not.toHaveBeenCalled();
});
