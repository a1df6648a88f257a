import { createSimulatedOffice, HOST_SCENARIOS, type HostScenario } from "../../../dev/office";
import { detectOutlookClient, readOpenFormPolicy, type OutlookClient } from "../../../src/office";
import type { OfficeLike } from "../../../src/office/officeHost";
import { fakeHost } from "./fakeHost";

/** A fake host reporting this platform and host name (either may be missing). */
function reporting(platform: string | undefined, hostName: string | undefined, contextPlatform = true): OfficeLike {
  const host = fakeHost();
  const context = host.context as { platform?: unknown; diagnostics?: unknown };
  if (contextPlatform) context.platform = platform;
  else context.diagnostics = { platform, version: "16.0" };
  host.context.mailbox.diagnostics = hostName === undefined ? undefined : { hostName, hostVersion: "1" };
  return host;
}

describe("detectOutlookClient", () => {
  it.each<[string | undefined, string | undefined, OutlookClient]>([
    ["OfficeOnline", "OutlookWebApp", "web"],
    ["OfficeOnline", "newOutlookWindows", "newOutlook"],
    // Builds that report new Outlook as Outlook on the web are taken for the web, which behaves the same here.
    ["OfficeOnline", undefined, "web"],
    ["PC", "Outlook", "classicWindows"],
    ["Mac", "Outlook", "mac"],
    ["iOS", "OutlookIOS", "mobile"],
    ["Android", "OutlookAndroid", "mobile"],
    [undefined, "OutlookWebApp", "web"],
    [undefined, "newOutlookWindows", "newOutlook"],
    [undefined, "OutlookIOS", "mobile"],
    [undefined, "Outlook", "classicWindows"],
    [undefined, "Teams", "unknown"],
    [undefined, undefined, "unknown"],
    ["Universal", "Word", "unknown"],
  ])("platform %s with host name %s is %s", (platform, hostName, client) => {
    expect(detectOutlookClient(reporting(platform, hostName))).toBe(client);
  });

  it("reads the platform from Office.context.diagnostics when Office.context.platform is missing", () => {
    expect(detectOutlookClient(reporting("Mac", "Outlook", false))).toBe("mac");
    expect(detectOutlookClient(reporting("PC", "Outlook", false))).toBe("classicWindows");
  });

  it("compares host names without regard to case, as Office spells them differently across builds", () => {
    expect(detectOutlookClient(reporting("OfficeOnline", "NewOutlookWindows"))).toBe("newOutlook");
  });
});

describe("readOpenFormPolicy", () => {
  it.each<[HostScenario, OutlookClient, boolean, boolean, boolean]>([
    ["saved", "web", false, true, true],
    ["new", "web", false, true, true],
    ["delegate", "web", false, true, true],
    ["rest-ids", "mobile", false, true, true],
    ["cached-delay", "classicWindows", true, true, true],
    ["classic-online", "classicWindows", true, true, true],
    // Outlook on Mac without Mailbox 1.8: no Base64 attachments, but item attachments (1.1) and convertToEwsId (1.3).
    ["no-mailbox-1-8", "mac", true, false, true],
  ])("%s: client %s, keeps its own copy %s, files %s, items %s", (scenario, client, ownCopy, files, items) => {
    expect(readOpenFormPolicy(createSimulatedOffice({ scenario }))).toEqual({
      client,
      formKeepsOwnCopy: ownCopy,
      canAttachFilesToForm: files,
      canAttachItemsToForm: items,
    });
  });

  it("covers every scenario the simulated host plays", () => {
    for (const scenario of Object.keys(HOST_SCENARIOS) as HostScenario[]) {
      expect(readOpenFormPolicy(createSimulatedOffice({ scenario })).client).not.toBe("unknown");
    }
  });

  it("needs Mailbox 1.8 for files even when the method is on the item, as every bundle attaches it", () => {
    const host = fakeHost({ mailboxMinor: 7 });
    const item = host.context.mailbox.item;
    item.addFileAttachmentFromBase64Async = jest.fn();
    item.addItemAttachmentAsync = jest.fn();
    host.context.mailbox.convertToEwsId = jest.fn();
    (host.context as { platform?: unknown }).platform = "PC";
    expect(readOpenFormPolicy(host)).toMatchObject({ canAttachFilesToForm: false, canAttachItemsToForm: true });
  });

  it("needs the methods themselves: a host without them attaches nothing to the window", () => {
    const host = fakeHost({ mailboxMinor: 14 });
    (host.context as { platform?: unknown }).platform = "PC";
    expect(readOpenFormPolicy(host)).toMatchObject({
      formKeepsOwnCopy: true,
      canAttachFilesToForm: false,
      canAttachItemsToForm: false,
    });
    host.context.mailbox.item.addItemAttachmentAsync = jest.fn();
    // Item attachments take EWS ids, which need convertToEwsId.
    expect(readOpenFormPolicy(host).canAttachItemsToForm).toBe(false);
    host.context.mailbox.convertToEwsId = jest.fn();
    expect(readOpenFormPolicy(host).canAttachItemsToForm).toBe(true);
  });

  it("a host whose requirement check throws supports nothing", () => {
    const host = fakeHost();
    host.context.mailbox.item.addFileAttachmentFromBase64Async = jest.fn();
    host.context.requirements.isSetSupported = () => {
      throw new Error("broken");
    };
    expect(readOpenFormPolicy(host).canAttachFilesToForm).toBe(false);
  });
});
