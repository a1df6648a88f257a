import {
  createSimulatedOffice,
  DELEGATE_MEETING_REST_ID,
  HOST_SCENARIOS,
  OCCURRENCE_REST_ID,
  SAVED_MEETING_REST_ID,
  SERIES_MASTER_REST_ID,
  simulatedHostControl,
  simulatedSavedMeetings,
  type HostScenario,
  type SavedItemInfo,
  type SimulatedOffice,
} from "../../../dev/office";
import { DEMO_CALENDAR_OWNER, DEMO_ORGANIZER } from "../../../dev/shared/demoIdentity";
import { detectIdFormat, readMeeting, resolveEvent, type OfficeLike, type ResolvedEvent } from "../../../src/office";

const NOW = Date.parse("2030-03-04T09:15:00Z");

function host(scenario: HostScenario, onItemSaved?: (info: SavedItemInfo) => Promise<void>): SimulatedOffice {
  return createSimulatedOffice({ scenario, now: () => NOW, ...(onItemSaved ? { onItemSaved } : {}) });
}

// The simulated Office is usable wherever the add-in expects the real one.
const asOffice = (office: SimulatedOffice): OfficeLike => office;

function ready(result: ResolvedEvent): Extract<ResolvedEvent, { status: "ready" }> {
  if (result.status !== "ready") throw new Error(`expected a ready event, got ${result.status}`);
  return result;
}

const neverAsked = (): Promise<boolean> => Promise.reject(new Error("the organizer should not be asked"));

describe("every simulated scenario through resolveEvent and readMeeting", () => {
  it("has a label for each scenario", () => {
    for (const label of Object.values(HOST_SCENARIOS)) expect(label.length).toBeGreaterThan(5);
  });

  it("saved: converts the EWS id to the REST id the emulator holds, without asking to save", async () => {
    const office = host("saved");
    const result = ready(await resolveEvent(asOffice(office), { confirmSave: neverAsked }));
    expect(result).toEqual({
      status: "ready",
      ref: { mailbox: { kind: "me" }, eventId: SAVED_MEETING_REST_ID },
      sharedCalendar: false,
      canWrite: true,
      justSaved: false,
    });
    expect(simulatedHostControl(office).saveCount()).toBe(0);
    const meeting = await readMeeting(asOffice(office));
    const seeded = simulatedSavedMeetings(NOW).find((m) => m.restId === SAVED_MEETING_REST_ID);
    expect(meeting).toEqual({
      subject: seeded?.subject,
      location: seeded?.location,
      start: seeded?.start,
      end: seeded?.end,
      organizer: { displayName: DEMO_ORGANIZER.displayName, emailAddress: DEMO_ORGANIZER.upn },
      recurrence: "single",
      isRecurring: false,
      saved: true,
      timeZone: DEMO_ORGANIZER.timeZone,
    });
  });

  it("new: asks with kind 'new', saves on consent and reports the fresh id", async () => {
    const saved: SavedItemInfo[] = [];
    const office = host("new", (info) => {
      saved.push(info);
      return Promise.resolve();
    });
    expect((await readMeeting(asOffice(office))).saved).toBe(false);
    const confirmSave = jest.fn<Promise<boolean>, ["new" | "existing"]>(() => Promise.resolve(true));
    const result = ready(await resolveEvent(asOffice(office), { confirmSave }));
    expect(confirmSave).toHaveBeenCalledWith("new");
    expect(saved).toHaveLength(1);
    expect(saved[0]?.owner).toBe(DEMO_ORGANIZER.upn);
    expect(saved[0]?.visibleAfter).toBeUndefined();
    expect(detectIdFormat(saved[0]?.ewsId ?? "")).toBe("ews");
    expect(result.ref).toEqual({ mailbox: { kind: "me" }, eventId: saved[0]?.restId });
    expect(result.justSaved).toBe(true);
    expect(simulatedHostControl(office).currentItemId()).toBe(saved[0]?.ewsId);
    // Once saved, the meeting resolves without asking again.
    const again = ready(await resolveEvent(asOffice(office), { confirmSave: neverAsked }));
    expect(again.ref.eventId).toBe(result.ref.eventId);
    expect(again.justSaved).toBe(false);
    expect((await readMeeting(asOffice(office))).saved).toBe(true);
  });

  it("new, declined: nothing is saved and nothing is reported to Graph", async () => {
    const onItemSaved = jest.fn(() => Promise.resolve());
    const office = host("new", onItemSaved);
    const result = await resolveEvent(asOffice(office), { confirmSave: () => Promise.resolve(false) });
    expect(result).toEqual({ status: "declined" });
    expect(onItemSaved).not.toHaveBeenCalled();
    expect(simulatedHostControl(office).saveCount()).toBe(0);
    expect(simulatedHostControl(office).currentItemId()).toBeNull();
    expect((await readMeeting(asOffice(office))).subject).toBe("Project kickoff");
  });

  it("delegate: the owner's mailbox, shared scope and write access", async () => {
    const result = ready(await resolveEvent(asOffice(host("delegate")), { confirmSave: neverAsked }));
    expect(result.ref).toEqual({
      mailbox: { kind: "user", idOrUpn: DEMO_CALENDAR_OWNER.upn },
      eventId: DELEGATE_MEETING_REST_ID,
    });
    expect(result).toMatchObject({
      sharedCalendar: true,
      owner: DEMO_CALENDAR_OWNER.upn,
      canWrite: true,
    });
  });

  it("delegate-readonly: reports that nothing can be written before any upload", async () => {
    const result = ready(await resolveEvent(asOffice(host("delegate-readonly")), { confirmSave: neverAsked }));
    expect(result).toMatchObject({
      sharedCalendar: true,
      owner: DEMO_CALENDAR_OWNER.upn,
      canWrite: false,
    });
  });

  it("series and occurrence: tells which one is being edited", async () => {
    const series = ready(await resolveEvent(asOffice(host("series")), { confirmSave: neverAsked }));
    expect(series.ref.eventId).toBe(SERIES_MASTER_REST_ID);
    const occurrence = ready(await resolveEvent(asOffice(host("occurrence")), { confirmSave: neverAsked }));
    expect(occurrence.ref.eventId).toBe(OCCURRENCE_REST_ID);
    const meeting = await readMeeting(asOffice(host("occurrence")));
    expect(meeting).toMatchObject({ recurrence: "occurrence", isRecurring: true });
    expect((await readMeeting(asOffice(host("series")))).recurrence).toBe("series");
  });

  it("rest-ids: keeps the host's REST id and never calls convertToRestId", async () => {
    const office = host("rest-ids");
    const convert = jest.spyOn(office.context.mailbox, "convertToRestId");
    const result = ready(await resolveEvent(asOffice(office), { confirmSave: neverAsked }));
    expect(result.ref.eventId).toBe(SAVED_MEETING_REST_ID);
    expect(convert).not.toHaveBeenCalled();
    expect((await readMeeting(asOffice(office))).saved).toBe(true);
  });

  it("no-mailbox-1-8: asks with kind 'existing', takes the id from saveAsync and says what is missing", async () => {
    const office = host("no-mailbox-1-8");
    expect(office.context.mailbox.item.getItemIdAsync).toBeUndefined();
    const confirmSave = jest.fn(() => Promise.resolve(true));
    const result = ready(await resolveEvent(asOffice(office), { confirmSave }));
    expect(confirmSave).toHaveBeenCalledWith("existing");
    expect(result.ref.eventId).toBe(SAVED_MEETING_REST_ID);
    expect(result.justSaved).toBe(true);
    const meeting = await readMeeting(asOffice(office));
    expect(meeting.saved).toBeUndefined();
  });

  it("cached-delay: the save reports when Graph will first see the meeting", async () => {
    const saved: SavedItemInfo[] = [];
    const office = host("cached-delay", (info) => {
      saved.push(info);
      return Promise.resolve();
    });
    const result = ready(await resolveEvent(asOffice(office), { confirmSave: () => Promise.resolve(true) }));
    expect(result.justSaved).toBe(true);
    expect(saved[0]?.visibleAfter?.getTime()).toBe(NOW + 40_000);
    expect(result.ref.eventId).toBe(saved[0]?.restId);
  });
});
