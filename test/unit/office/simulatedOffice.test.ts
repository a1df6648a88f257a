import {
  createSimulatedOffice,
  DEFAULT_HOST_URL_OPTIONS,
  DELEGATE_MEETING_EWS_ID,
  DELEGATE_MEETING_REST_ID,
  HOST_SCENARIOS,
  installSimulatedOffice,
  OCCURRENCE_EWS_ID,
  OCCURRENCE_REST_ID,
  parseHostOptionsFromUrl,
  SAVED_MEETING_EWS_ID,
  SAVED_MEETING_REST_ID,
  SERIES_MASTER_EWS_ID,
  SERIES_MASTER_REST_ID,
  simulatedHostControl,
  simulatedSavedMeetings,
  type SimulatedOffice,
} from "../../../dev/office";
import { DEMO_CALENDAR_OWNER, DEMO_ORGANIZER } from "../../../dev/shared/demoIdentity";

function call<T>(start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<Office.AsyncResult<T>> {
  return new Promise((resolve) => start(resolve));
}

const saved = (): SimulatedOffice => createSimulatedOffice({ scenario: "saved" });

describe("simulated Office: the callback contract", () => {
  it("answers after the call returns, with the real status strings and no error on success", async () => {
    const office = saved();
    let answered = false;
    const pending = call<string>((callback) =>
      office.context.mailbox.item.subject.getAsync((result) => {
        answered = true;
        callback(result);
      }),
    );
    expect(answered).toBe(false);
    const result = await pending;
    expect(result.status).toBe("succeeded");
    expect(office.AsyncResultStatus.Succeeded).toBe("succeeded");
    expect("error" in result).toBe(false);
  });

  it("echoes asyncContext and accepts (options, callback)", async () => {
    const office = saved();
    const result = await call<string>((callback) =>
      office.context.mailbox.item.location.getAsync({ asyncContext: "ctx" }, callback),
    );
    expect(result.asyncContext).toBe("ctx");
  });

  it("throws Sys.ArgumentNullException for a missing required callback, synchronously", () => {
    const office = saved();
    const getAsync = office.context.mailbox.item.subject.getAsync as (...args: unknown[]) => void;
    expect(() => getAsync()).toThrow(
      expect.objectContaining({
        name: "Sys.ArgumentNullException",
        message: expect.stringContaining("Parameter name: callback") as string,
      }) as Error,
    );
    expect(() => getAsync({}, "not a function")).toThrow(
      expect.objectContaining({ name: "Sys.ArgumentTypeException" }) as Error,
    );
    expect(() => getAsync(42)).toThrow(expect.objectContaining({ name: "Sys.ArgumentTypeException" }) as Error);
  });

  it("getItemIdAsync fails with ItemNotSaved (9046) until the meeting is saved", async () => {
    const office = createSimulatedOffice({ scenario: "new" });
    const item = office.context.mailbox.item;
    const before = await call<string>((callback) => item.getItemIdAsync?.(callback));
    expect(before).toMatchObject({
      status: "failed",
      error: { code: 9046, name: "ItemNotSaved", message: "The id can't be retrieved until the item is saved." },
    });
    const savedId = await call<string>((callback) => item.saveAsync(callback));
    const after = await call<string>((callback) => item.getItemIdAsync?.(callback));
    expect(after.value).toBe(savedId.value);
    expect(savedId.value).toMatch(/[/+]/);
    // saveAsync's callback is optional.
    expect(() => (item.saveAsync as (...args: unknown[]) => void)()).not.toThrow();
  });

  it("fails the save with SaveError (9021) when the meeting cannot reach the server, and keeps it unsaved", async () => {
    const office = createSimulatedOffice({ scenario: "new", onItemSaved: () => Promise.reject(new Error("offline")) });
    const result = await call<string>((callback) => office.context.mailbox.item.saveAsync(callback));
    expect(result).toMatchObject({ status: "failed", error: { code: 9021, name: "SaveError" } });
    expect(simulatedHostControl(office).currentItemId()).toBeNull();
  });

  it("answers a second save of a new meeting during the first one with SaveError", async () => {
    let finish: () => void = () => undefined;
    const office = createSimulatedOffice({
      scenario: "new",
      onItemSaved: () => new Promise<void>((resolve) => (finish = resolve)),
    });
    const item = office.context.mailbox.item;
    const first = call<string>((callback) => item.saveAsync(callback));
    const second = await call<string>((callback) => item.saveAsync(callback));
    expect(second.status).toBe("failed");
    finish();
    expect((await first).status).toBe("succeeded");
    expect(simulatedHostControl(office).saveCount()).toBe(1);
  });

  it("REST-id hosts save with REST ids", async () => {
    const office = createSimulatedOffice({ scenario: "rest-ids" });
    (office.context.mailbox.item as { getItemIdAsync?: unknown }).getItemIdAsync = undefined;
    const result = await call<string>((callback) => office.context.mailbox.item.saveAsync(callback));
    expect(result.value).toBe(SAVED_MEETING_REST_ID);
  });
});

describe("simulated Office: ids", () => {
  it("converts every stored meeting's EWS id to the REST id the emulator holds", () => {
    const { mailbox } = saved().context;
    expect(mailbox.convertToRestId(SAVED_MEETING_EWS_ID, "v2.0")).toBe(SAVED_MEETING_REST_ID);
    expect(mailbox.convertToRestId(DELEGATE_MEETING_EWS_ID, "v2.0")).toBe(DELEGATE_MEETING_REST_ID);
    expect(mailbox.convertToRestId(SERIES_MASTER_EWS_ID, "v1.0")).toBe(SERIES_MASTER_REST_ID);
    expect(mailbox.convertToRestId(OCCURRENCE_EWS_ID, "beta")).toBe(OCCURRENCE_REST_ID);
    expect(mailbox.convertToEwsId(SAVED_MEETING_REST_ID, "v2.0")).toBe(SAVED_MEETING_EWS_ID);
    for (const meeting of simulatedSavedMeetings()) {
      expect(meeting.ewsId).toMatch(/\//);
      expect(meeting.ewsId).toMatch(/\+/);
      expect(mailbox.convertToRestId(meeting.ewsId, "v2.0")).toBe(meeting.restId);
    }
  });

  it("throws the host's argument errors for a bad REST version or a null id", () => {
    const { mailbox } = saved().context;
    expect(() => mailbox.convertToRestId(SAVED_MEETING_EWS_ID, "v3")).toThrow(
      expect.objectContaining({ name: "Sys.ArgumentException" }) as Error,
    );
    expect(() => mailbox.convertToRestId(null as unknown as string, "v2.0")).toThrow(
      expect.objectContaining({ name: "Sys.ArgumentNullException" }) as Error,
    );
    expect(() => mailbox.convertToEwsId(null as unknown as string, "v2.0")).toThrow(
      expect.objectContaining({ name: "Sys.ArgumentNullException" }) as Error,
    );
  });

  it("seeds one future meeting per stored item, the occurrence a week after its series", () => {
    const now = Date.parse("2030-03-04T09:15:00Z");
    const meetings = simulatedSavedMeetings(now);
    expect(meetings.map((m) => m.type)).toEqual(["singleInstance", "singleInstance", "seriesMaster", "occurrence"]);
    expect(meetings[0]?.start.toISOString()).toBe("2030-03-05T10:00:00.000Z");
    expect(meetings[1]?.ownerUpn).toBe(DEMO_CALENDAR_OWNER.upn);
    expect(meetings[3]?.seriesMasterRestId).toBe(SERIES_MASTER_REST_ID);
    expect(meetings[3]?.start.toISOString()).toBe("2030-03-12T10:00:00.000Z");
  });
});

describe("simulated Office: context", () => {
  it("onReady resolves Outlook and the platform, runs the callback and waits for its promise", async () => {
    const office = createSimulatedOffice({ scenario: "cached-delay" });
    const order: string[] = [];
    const info = await office.onReady(async (ready) => {
      order.push(`callback ${String(ready.host)}`);
      await Promise.resolve();
      order.push("callback done");
    });
    expect(info).toEqual({ host: "Outlook", platform: "PC" });
    expect(order).toEqual(["callback Outlook", "callback done"]);
    await expect(office.onReady()).resolves.toEqual({ host: "Outlook", platform: "PC" });
  });

  it("reports requirement sets as the hosts do", () => {
    const { requirements } = saved().context;
    expect(requirements.isSetSupported("Mailbox", "1.8")).toBe(true);
    expect(requirements.isSetSupported("mailbox", "1.14")).toBe(true);
    expect(requirements.isSetSupported("Mailbox", "1.15")).toBe(false);
    expect(requirements.isSetSupported("Mailbox")).toBe(true);
    expect(requirements.isSetSupported("NestedAppAuth", "1.1")).toBe(true);
    expect(requirements.isSetSupported("WordApi", "1.1")).toBe(false);
    expect(requirements.isSetSupported("Mailbox", "2.0")).toBe(false);
    // A number is stringified first: 1.10 becomes "1.1".
    expect(
      createSimulatedOffice({ scenario: "no-mailbox-1-8" }).context.requirements.isSetSupported("Mailbox", 1.1),
    ).toBe(true);
    expect(
      createSimulatedOffice({ scenario: "no-mailbox-1-8" }).context.requirements.isSetSupported("NestedAppAuth", "1.1"),
    ).toBe(false);
  });

  it("gives language, user profile, diagnostics and theme colours", () => {
    const office = createSimulatedOffice({ scenario: "delegate", language: "ja-JP", theme: "dark" });
    expect(office.context.displayLanguage).toBe("ja-JP");
    expect(office.context.mailbox.userProfile).toEqual({
      accountType: "office365",
      displayName: DEMO_ORGANIZER.displayName,
      emailAddress: DEMO_ORGANIZER.upn,
      timeZone: DEMO_ORGANIZER.timeZone,
    });
    expect(office.context.officeTheme?.bodyBackgroundColor).toBe("#292929");
    expect(createSimulatedOffice({ scenario: "saved" }).context.displayLanguage).toBe("en-US");
    expect(createSimulatedOffice({ scenario: "rest-ids" }).context.officeTheme).toBeUndefined();
  });

  it("attaches getSharedPropertiesAsync only to shared items", async () => {
    expect(saved().context.mailbox.item.getSharedPropertiesAsync).toBeUndefined();
    const office = createSimulatedOffice({ scenario: "delegate-readonly" });
    const result = await call<Office.SharedProperties>((callback) =>
      office.context.mailbox.item.getSharedPropertiesAsync?.(callback),
    );
    expect(result.value).toMatchObject({ owner: DEMO_CALENDAR_OWNER.upn, delegatePermissions: 1 });
  });

  it("accepts only theme events on the mailbox, and only from Mailbox 1.14", () => {
    const office = saved();
    expect(() => office.context.mailbox.addHandlerAsync("itemChanged", () => undefined)).toThrow(
      expect.objectContaining({ name: "Sys.ArgumentException" }) as Error,
    );
    expect(() => office.context.mailbox.addHandlerAsync("officeThemeChanged", "nope")).toThrow(
      expect.objectContaining({ name: "Sys.ArgumentTypeException" }) as Error,
    );
    expect(() => office.context.mailbox.removeHandlerAsync("itemChanged")).toThrow(
      expect.objectContaining({ name: "Sys.ArgumentException" }) as Error,
    );
    const older = createSimulatedOffice({ scenario: "no-mailbox-1-8" });
    expect(() => older.context.mailbox.addHandlerAsync("officeThemeChanged", () => undefined)).toThrow();
    expect(() => simulatedHostControl(older).setTheme("dark")).not.toThrow();
    expect(older.context.officeTheme).toBeUndefined();
  });

  it("gives an auth context for the demo organizer, or rejects where NAA is missing", async () => {
    await expect(saved().auth.getAuthContext()).resolves.toMatchObject({
      loginHint: DEMO_ORGANIZER.upn,
      userObjectId: DEMO_ORGANIZER.id,
      authorityType: "aad",
    });
    await expect(createSimulatedOffice({ scenario: "no-mailbox-1-8" }).auth.getAuthContext()).rejects.toMatchObject({
      code: 13012,
    });
    await expect(saved().auth.getAccessToken()).rejects.toMatchObject({ code: 13000, name: "API Not Supported" });
  });

  it("refuses to give controls for an Office it did not make", () => {
    expect(() => simulatedHostControl({} as SimulatedOffice)).toThrow();
  });

  it("installs itself on a window", () => {
    const win: { Office?: unknown } = {};
    const office = installSimulatedOffice(win, { scenario: "series" });
    expect(win.Office).toBe(office);
  });
});

describe("simulated Office: dialog", () => {
  type DialogArgs = { message: string; origin: string | undefined } | { error: number };

  function openDialog(office: SimulatedOffice): Promise<Office.AsyncResult<Office.Dialog>> {
    return call<Office.Dialog>((callback) =>
      office.context.ui.displayDialogAsync("https://localhost:3000/dialog.html", { height: 60 }, callback),
    );
  }

  function nextEvent(dialog: Office.Dialog, type: string): Promise<DialogArgs> {
    return new Promise((resolve) => dialog.addEventHandler(type as unknown as Office.EventType, resolve));
  }

  it("is blocked (12011) without a responder", async () => {
    expect(await openDialog(saved())).toMatchObject({ status: "failed", error: { code: 12011 } });
  });

  it("delivers the page's message, one dialog at a time", async () => {
    const office = createSimulatedOffice({
      scenario: "saved",
      dialogResponder: (url) => Promise.resolve(`token for ${url}`),
    });
    const opened = await openDialog(office);
    expect(opened.status).toBe("succeeded");
    // The message was queued until a handler was attached.
    await new Promise((resolve) => setTimeout(resolve, 1));
    const message = await nextEvent(opened.value, "dialogMessageReceived");
    expect(message).toMatchObject({ message: "token for https://localhost:3000/dialog.html" });
    expect(await openDialog(office)).toMatchObject({ status: "failed", error: { code: 12007 } });
    opened.value.close();
    opened.value.messageChild("ignored");
    opened.value.sendMessage("ignored");
    expect((await openDialog(office)).status).toBe("succeeded");
  });

  it("reports 12006 when the user closes the dialog or the page fails", async () => {
    for (const responder of [() => Promise.resolve(null), () => Promise.reject(new Error("page crashed"))]) {
      const office = createSimulatedOffice({ scenario: "saved", dialogResponder: responder });
      const opened = await openDialog(office);
      expect(await nextEvent(opened.value, "dialogEventReceived")).toEqual({ error: 12006 });
      expect((await openDialog(office)).status).toBe("succeeded");
    }
  });
});

describe("parseHostOptionsFromUrl", () => {
  it("reads scenario, language and theme", () => {
    expect(parseHostOptionsFromUrl("?host=delegate&lang=fr-FR&theme=dark")).toEqual({
      scenario: "delegate",
      language: "fr-FR",
      theme: "dark",
    });
    expect(parseHostOptionsFromUrl("host=occurrence&lang=ja&theme=highContrast")).toEqual({
      scenario: "occurrence",
      language: "ja-JP",
      theme: "highContrast",
    });
  });

  it("keeps other well-formed tags and falls back safely on anything else", () => {
    expect(parseHostOptionsFromUrl("?lang=pt-BR").language).toBe("pt-BR");
    expect(parseHostOptionsFromUrl("?host=evil&lang=<script>&theme=neon")).toEqual(DEFAULT_HOST_URL_OPTIONS);
    expect(parseHostOptionsFromUrl("")).toEqual({ scenario: "saved", language: "en-US", theme: "light" });
    expect(parseHostOptionsFromUrl("?host=toString").scenario).toBe("saved");
  });

  it("accepts every scenario by name", () => {
    for (const scenario of Object.keys(HOST_SCENARIOS)) {
      expect(parseHostOptionsFromUrl(`?host=${scenario}`).scenario).toBe(scenario);
    }
  });
});
