import type { AppointmentComposeLike, OfficeLike } from "../../../src/office/officeHost";

/** Small hand-made hosts for the cases the simulated Outlook does not play (odd answers, silence, throws). */
export const STATUS = { Succeeded: "succeeded", Failed: "failed" } as unknown as typeof Office.AsyncResultStatus;

export type Answer<T> = Office.AsyncResult<T> | "silent" | { throws: unknown };

export function ok<T>(value: T): Office.AsyncResult<T> {
  return { status: STATUS.Succeeded, value } as Office.AsyncResult<T>;
}

export function fail<T = never>(code: number, name: string, message = `${name} happened.`): Office.AsyncResult<T> {
  return { status: STATUS.Failed, value: undefined as T, error: { code, name, message } } as Office.AsyncResult<T>;
}

export const ITEM_NOT_SAVED = fail<string>(9046, "ItemNotSaved", "The id can't be retrieved until the item is saved.");

/**
 * A callback-style method that answers with the given results in turn (the last one repeats), always after the
 * call has returned. The callback is the last function argument, as in Office.
 */
export function answering<T>(...answers: Answer<T>[]): jest.Mock<void, unknown[]> {
  let index = 0;
  return jest.fn((...args: unknown[]) => {
    const answer = answers[Math.min(index++, answers.length - 1)];
    if (answer === undefined || answer === "silent") return;
    if (typeof answer === "object" && "throws" in answer) throw answer.throws;
    const callback = [...args]
      .reverse()
      .find((arg): arg is (result: Office.AsyncResult<T>) => void => typeof arg === "function");
    void Promise.resolve().then(() => callback?.(answer));
  });
}

export interface FakeItem extends AppointmentComposeLike {
  saveAsync: jest.Mock<void, unknown[]>;
}

export interface FakeHost extends OfficeLike {
  context: OfficeLike["context"] & { mailbox: OfficeLike["context"]["mailbox"] & { item: FakeItem } };
}

export const SAVED_EWS_ID = "AAMkAGI2/Zm+AAA=";
export const SAVED_REST_ID = "AAMkAGI2-Zm_AAA=";

/** A saved single meeting in the user's own calendar on a host with Mailbox 1.14 and NAA. */
export function fakeHost(options: { mailboxMinor?: number } = {}): FakeHost {
  const mailboxMinor = options.mailboxMinor ?? 14;
  const item: FakeItem = {
    itemType: "appointment",
    subject: { getAsync: answering(ok("Budget review")) },
    location: { getAsync: answering(ok("Room 1")) },
    start: { getAsync: answering(ok(new Date("2030-01-02T10:00:00Z"))) },
    end: { getAsync: answering(ok(new Date("2030-01-02T11:00:00Z"))) },
    organizer: {
      getAsync: answering(
        ok({
          displayName: "Adele",
          emailAddress: "adele@contoso.example",
          appointmentResponse: "organizer",
          recipientType: "user",
        }),
      ),
    },
    recurrence: { getAsync: answering<Office.Recurrence | null>(ok(null)) },
    seriesId: null,
    getItemIdAsync: answering(ok(SAVED_EWS_ID)),
    saveAsync: answering(ok(SAVED_EWS_ID)),
  };
  return {
    context: {
      mailbox: {
        item,
        userProfile: { emailAddress: "adele@contoso.example", displayName: "Adele", timeZone: "Pacific Standard Time" },
        diagnostics: { hostName: "OutlookWebApp", hostVersion: "15.20" },
        convertToRestId: jest.fn((id: string) => id.replace(/\//g, "-").replace(/\+/g, "_")),
      },
      displayLanguage: "en-US",
      requirements: {
        isSetSupported: (name: string, version?: string | number) => {
          const minor = Number(String(version ?? "1.1").split(".")[1] ?? "1");
          if (name.toLowerCase() === "mailbox") return minor <= mailboxMinor;
          return name.toLowerCase() === "nestedappauth" && minor <= 1;
        },
      },
    },
    AsyncResultStatus: STATUS,
    MailboxEnums: {
      RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
      DelegatePermissions: { Read: 1, Write: 2, DeleteOwn: 4, DeleteAll: 8, EditOwn: 16, EditAll: 32 },
    } as unknown as OfficeLike["MailboxEnums"],
    EventType: { OfficeThemeChanged: "officeThemeChanged" } as unknown as OfficeLike["EventType"],
  };
}

export function sharedProperties(owner: string, delegatePermissions: number): Office.SharedProperties {
  return { owner, delegatePermissions, targetMailbox: owner, targetRestUrl: "https://outlook.office.com/api" };
}
