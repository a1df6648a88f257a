/**
 * The permission table against its sources: the "Minimum permission level" of each member in the Office JavaScript
 * API reference (the copy @types/office-js carries) and the levels office.js's Outlook on the web script enforces.
 * An office.js or typings update that changes a level fails here.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCodePermission } from "../../../scripts/manifest/codeRequirements";
import { highestNeed, MANIFEST_PERMISSION_LEVELS } from "../../../scripts/manifest/permissions";
import {
  HOST_CALL_PERMISSIONS,
  PERMISSION_LEVELS,
  type HostCall,
  type PermissionLevel,
} from "../../../src/office/hostPermissions";

const root = path.resolve(__dirname, "../../..");
const typings = readFileSync(path.join(root, "node_modules/@types/office-js/index.d.ts"), "utf8").split("\n");

/** The reference's wording for each level. */
const DOCUMENTED: Readonly<Record<string, PermissionLevel>> = {
  restricted: "Restricted",
  "read item": "ReadItem",
  "read/write item": "ReadWriteItem",
  "read/write mailbox": "ReadWriteMailbox",
};

/** The first `interface name` in the Office namespace's typings, as a range of lines. */
function interfaceLines(name: string): string[] {
  const start = typings.findIndex((line) => new RegExp(`^\\s*interface ${name}\\b`).test(line));
  if (start < 0) throw new Error(`No interface ${name} in @types/office-js`);
  const indent = /^\s*/.exec(typings[start] ?? "")?.[0] ?? "";
  const end = typings.findIndex((line, index) => index > start && line === `${indent}}`);
  return typings.slice(start, end);
}

/** The documented minimum permission of `member`, or Restricted where the reference states none. */
function documentedLevel(interfaceName: string, member: string): PermissionLevel {
  const lines = interfaceLines(interfaceName);
  const at = lines.findIndex((line) => new RegExp(`^\\s*${member}\\s*[(:?<]`).test(line));
  if (at < 0) throw new Error(`No member ${member} in ${interfaceName}`);
  const docStart = lines.slice(0, at).findLastIndex((line) => line.includes("/**"));
  const doc = lines.slice(docStart, at).join("\n");
  const stated = /Minimum permission level\}\*\*: \*\*([^*]+)\*\*/.exec(doc)?.[1];
  if (stated === undefined) return "Restricted";
  const level = DOCUMENTED[stated];
  if (level === undefined) throw new Error(`Unknown permission wording "${stated}"`);
  return level;
}

/** Where the reference documents each call; several members are read through one entry. */
const REFERENCE: Readonly<Record<HostCall, ReadonlyArray<[string, string]>>> = {
  "item.saveAsync": [["AppointmentCompose", "saveAsync"]],
  "item.getItemIdAsync": [["AppointmentCompose", "getItemIdAsync"]],
  "item.getSharedPropertiesAsync": [["AppointmentCompose", "getSharedPropertiesAsync"]],
  "item.itemType": [["AppointmentCompose", "itemType"]],
  "item.seriesId": [["AppointmentCompose", "seriesId"]],
  "item.subject": [
    ["AppointmentCompose", "subject"],
    ["Subject", "getAsync"],
  ],
  "item.start": [
    ["AppointmentCompose", "start"],
    ["Time", "getAsync"],
  ],
  "item.end": [
    ["AppointmentCompose", "end"],
    ["Time", "getAsync"],
  ],
  "item.location": [
    ["AppointmentCompose", "location"],
    ["Location", "getAsync"],
  ],
  "item.organizer": [
    ["AppointmentCompose", "organizer"],
    ["Organizer", "getAsync"],
  ],
  "item.recurrence": [
    ["AppointmentCompose", "recurrence"],
    ["Recurrence", "getAsync"],
  ],
  "item.addFileAttachmentFromBase64Async": [["AppointmentCompose", "addFileAttachmentFromBase64Async"]],
  "item.addItemAttachmentAsync": [["AppointmentCompose", "addItemAttachmentAsync"]],
  "mailbox.convertToRestId": [["Mailbox", "convertToRestId"]],
  "mailbox.convertToEwsId": [["Mailbox", "convertToEwsId"]],
  "mailbox.addHandlerAsync": [["Mailbox", "addHandlerAsync"]],
  "mailbox.removeHandlerAsync": [["Mailbox", "removeHandlerAsync"]],
  "mailbox.userProfile": [
    ["Mailbox", "userProfile"],
    ["UserProfile", "emailAddress"],
    ["UserProfile", "displayName"],
    ["UserProfile", "timeZone"],
    ["UserProfile", "accountType"],
  ],
  "mailbox.diagnostics": [
    ["Mailbox", "diagnostics"],
    ["Diagnostics", "hostName"],
    ["Diagnostics", "hostVersion"],
  ],
  "context.mailbox": [["Context", "mailbox"]],
  "context.displayLanguage": [["Context", "displayLanguage"]],
  "context.officeTheme": [["Context", "officeTheme"]],
  "context.requirements": [["Context", "requirements"]],
  "context.platform": [["Context", "platform"]],
  "context.diagnostics": [["Context", "diagnostics"]],
  "context.ui.displayDialogAsync": [["UI", "displayDialogAsync"]],
  "context.ui.messageParent": [["UI", "messageParent"]],
  "auth.getAuthContext": [["Auth", "getAuthContext"]],
};

const rank = (level: PermissionLevel): number => PERMISSION_LEVELS.indexOf(level);

describe("HOST_CALL_PERMISSIONS", () => {
  it.each(Object.entries(REFERENCE))("%s is the highest level the reference gives its members", (call, members) => {
    const levels = members.map(([interfaceName, member]) => documentedLevel(interfaceName, member));
    const highest = levels.reduce((a, b) => (rank(b) > rank(a) ? b : a), "Restricted" as PermissionLevel);
    expect(HOST_CALL_PERMISSIONS[call as HostCall]).toBe(highest);
  });

  it("is never below what office.js checks before a call", () => {
    // office.js numbers levels 0 (restricted) to 3 (read/write mailbox), as PERMISSION_LEVELS orders them.
    const script = readFileSync(
      path.join(root, "node_modules/@microsoft/office-js/dist/outlook-web-16.01.debug.js"),
      "utf8",
    );
    const enforced = new Map(
      [...script.matchAll(/checkPermissionsAndThrow\((\d), "([\w.]+)"\)/g)].map((m) => [m[2], Number(m[1])]),
    );
    const checkedByName: ReadonlyArray<[HostCall, string]> = [
      ["item.saveAsync", "item.saveAsync"],
      ["item.getItemIdAsync", "item.getItemIdAsync"],
      ["item.getSharedPropertiesAsync", "item.getSharedPropertiesAsync"],
      ["item.subject", "subject.getAsync"],
      ["item.location", "location.getAsync"],
      ["item.recurrence", "recurrenceProperties.getAsync"],
      // office.js checks the Base64 method under an older name.
      ["item.addFileAttachmentFromBase64Async", "item.addBase64FileAttachmentAsync"],
      ["item.addItemAttachmentAsync", "item.addItemAttachmentAsync"],
    ];
    for (const [call, checked] of checkedByName) {
      expect([call, enforced.get(checked)]).toEqual([call, expect.any(Number)]);
      expect(rank(HOST_CALL_PERMISSIONS[call])).toBeGreaterThanOrEqual(enforced.get(checked) ?? 99);
    }
    expect(enforced.get("item.saveAsync")).toBe(rank("ReadWriteItem"));
  });

  it("reads the same through the manifest check, which parses the file as text", () => {
    const text = readFileSync(path.join(root, "src/office/hostPermissions.ts"), "utf8");
    const parsed = parseCodePermission(text);
    const imported = highestNeed(new Map(Object.entries(HOST_CALL_PERMISSIONS)));
    expect(parsed).toEqual({ permission: { ...imported, source: "src/office/hostPermissions.ts" } });
    expect(imported.level).toBe("ReadWriteItem");
    expect(PERMISSION_LEVELS).toEqual(MANIFEST_PERMISSION_LEVELS);
  });
});
