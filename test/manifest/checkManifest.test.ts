import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { check, codePermission, edit, errorCodes, manifestXml, assetsDir, testCodeRequirements } from "./helpers";

describe("checkManifest on the committed manifest", () => {
  it("finds nothing wrong", () => {
    expect(check(manifestXml)).toEqual([]);
  });

  it("still finds nothing when the code needs exactly the declared Mailbox version", () => {
    expect(check(manifestXml, { codeRequirements: { ...testCodeRequirements, mailbox: "1.8" } })).toEqual([]);
  });
});

describe("checkManifest on broken copies", () => {
  it("reports a missing Id", () => {
    const findings = check(edit(manifestXml, /\s*<Id>[^<]*<\/Id>/, ""));
    expect(errorCodes(findings)).toEqual(["missing-id"]);
  });

  it("reports an empty Id as missing", () => {
    expect(errorCodes(check(edit(manifestXml, /<Id>[^<]*<\/Id>/, "<Id></Id>")))).toEqual(["missing-id"]);
  });

  it("reports an Id that is not a GUID, on its line", () => {
    const xml = edit(manifestXml, /<Id>[^<]*<\/Id>/, "<Id>meeting-attachments</Id>");
    const findings = check(xml);
    expect(errorCodes(findings)).toEqual(["malformed-id"]);
    const idLine = xml.split("\n").findIndex((line) => line.includes("<Id>")) + 1;
    expect(findings[0]?.line).toBe(idLine);
  });

  it("accepts an Id in braces, as the schema does", () => {
    const xml = edit(manifestXml, /<Id>([^<]*)<\/Id>/, "<Id>{8f9d8e06-7eae-4d6b-a5de-b33845b64999}</Id>");
    expect(check(xml)).toEqual([]);
  });

  it.each(["1", "1.0.a", "1.0.0.0.0", "01.0", "1.0.0.100000"])("reports the malformed Version %s", (version) => {
    const findings = check(edit(manifestXml, "<Version>1.0.0.0</Version>", `<Version>${version}</Version>`));
    expect(errorCodes(findings)).toEqual(["malformed-version"]);
  });

  it.each(["1.0", "2.3.4", "1.0.0.0"])("accepts the Version %s", (version) => {
    expect(check(edit(manifestXml, "<Version>1.0.0.0</Version>", `<Version>${version}</Version>`))).toEqual([]);
  });

  it("reports an unknown ExtensionPoint type and lists the valid ones", () => {
    const xml = edit(
      manifestXml,
      'xsi:type="AppointmentOrganizerCommandSurface"',
      'xsi:type="AppointmentComposeSurface"',
    );
    const findings = check(xml);
    expect(errorCodes(findings)).toEqual(["unknown-extension-point"]);
    expect(findings[0]?.message).toContain("AppointmentComposeSurface");
    expect(findings[0]?.message).toContain("AppointmentOrganizerCommandSurface");
  });

  it("reports a resid that resolves to nothing", () => {
    const findings = check(
      edit(manifestXml, '<Description resid="Button.TipText"/>', '<Description resid="Button.Gone"/>'),
    );
    expect(errorCodes(findings)).toEqual(["dangling-resid"]);
    expect(findings[0]?.message).toContain("Button.Gone");
  });

  it("resolves resids in the nested VersionOverrides against its own Resources", () => {
    // Remove the label string from the 1.1 Resources only: the 1.0 one must not satisfy the 1.1 reference.
    const v11 = manifestXml.indexOf("VersionOverridesV1_1");
    const head = manifestXml.slice(0, v11);
    const tail = edit(manifestXml.slice(v11), /<bt:String id="Button\.Label"[\s\S]*?<\/bt:String>/, "");
    const findings = check(head + tail);
    expect(errorCodes(findings)).toEqual(["dangling-resid"]);
    expect(findings[0]?.message).toContain("VersionOverridesV1_1");
  });

  it("reports a resid that points into the wrong kind of resource", () => {
    const findings = check(edit(manifestXml, '<Title resid="Button.TipTitle"/>', '<Title resid="Button.TipText"/>'));
    expect(errorCodes(findings)).toEqual(["wrong-resource-kind"]);
  });

  it("reports a duplicate resource id", () => {
    const xml = edit(
      manifestXml,
      '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>',
      '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"/>\n' +
        '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/other.html"/>',
    );
    const findings = check(xml);
    expect(errorCodes(findings)).toEqual(["duplicate-id"]);
    expect(findings[0]?.message).toContain('"Taskpane.Url"');
  });

  it("reports a resource id reused across resource kinds", () => {
    const xml = edit(manifestXml, '<bt:Url id="Taskpane.Url"', '<bt:Url id="Group.Label"');
    // The URL now shares its id with a ShortString, and the references to Taskpane.Url dangle.
    expect(errorCodes(check(xml))).toEqual(["dangling-resid", "duplicate-id"]);
  });

  it("reports a duplicate control id", () => {
    const control = /(\s*<Control xsi:type="Button" id="MeetingAttachments\.OpenPane">[\s\S]*?<\/Control>)/;
    const xml = edit(manifestXml, control, "$1$1");
    const findings = check(xml);
    expect(errorCodes(findings)).toEqual(["duplicate-id"]);
    expect(findings[0]?.message).toContain("MeetingAttachments.OpenPane");
  });

  it("reports a group sharing its id with a control", () => {
    const xml = edit(manifestXml, '<Group id="MeetingAttachments.Group">', '<Group id="MeetingAttachments.OpenPane">');
    expect(errorCodes(check(xml))).toEqual(["duplicate-id"]);
  });

  it("does not count the same ids in the 1.0 and 1.1 VersionOverrides as duplicates", () => {
    const occurrences = manifestXml.split('id="MeetingAttachments.OpenPane"').length - 1;
    expect(occurrences).toBe(2);
    expect(check(manifestXml)).toEqual([]);
  });

  it("reports a resource id longer than 32 characters", () => {
    const long = "Button.Supertip.Description.Text";
    expect(long.length).toBe(32);
    const ok = manifestXml.replaceAll('"Button.TipText"', `"${long}"`);
    expect(check(ok)).toEqual([]);
    const tooLong = manifestXml.replaceAll('"Button.TipText"', `"${long}X"`);
    expect(errorCodes(check(tooLong))).toEqual(["id-too-long"]);
  });

  it.each([
    ["SourceLocation", 'SourceLocation DefaultValue="https://localhost:3000/taskpane.html"'],
    ["resource URL", 'bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"'],
    ["SupportUrl", 'SupportUrl DefaultValue="https://localhost:3000/assets/support.html"'],
    ["AppDomain", "<AppDomain>https://localhost:3000</AppDomain>"],
  ])("reports an http:// %s", (_label, original) => {
    const findings = check(edit(manifestXml, original, original.replace("https://", "http://")));
    expect(errorCodes(findings)).toEqual(["insecure-url"]);
    expect(findings[0]?.message).toContain("http://localhost:3000");
  });

  it("reports an http:// IconUrl and does not look for its file", () => {
    const xml = edit(manifestXml, '<IconUrl DefaultValue="https://', '<IconUrl DefaultValue="http://');
    expect(errorCodes(check(xml))).toEqual(["insecure-url"]);
  });

  it("reports a URL that is not absolute", () => {
    const xml = edit(manifestXml, "<AppDomain>https://localhost:3000</AppDomain>", "<AppDomain>localhost</AppDomain>");
    expect(errorCodes(check(xml))).toEqual(["malformed-url"]);
  });

  it("reports malformed XML with its line", () => {
    const findings = check(edit(manifestXml, "</Hosts>", "</Host>"));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.code).toBe("malformed-xml");
    expect(findings[0]?.line).toBeGreaterThan(1);
  });

  it("reports a document that is not a mail add-in", () => {
    const xml = edit(manifestXml, /xsi:type="MailApp"/, 'xsi:type="TaskPaneApp"');
    expect(errorCodes(check(xml))).toEqual(["not-a-mail-app"]);
  });
});

describe("checkManifest on icons", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "manifest-assets-"));
    for (const name of readdirSync(assetsDir)) copyFileSync(join(assetsDir, name), join(dir, name));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("passes with a faithful copy of the assets", () => {
    expect(check(manifestXml, { assetsDir: dir })).toEqual([]);
  });

  it("reports an icon file that does not exist", () => {
    rmSync(join(dir, "icon-80.png"));
    const findings = check(manifestXml, { assetsDir: dir });
    expect(errorCodes(findings)).toEqual(["missing-icon"]);
    // Both VersionOverrides reference it.
    expect(findings).toHaveLength(2);
    expect(findings[0]?.message).toContain("assets/icon-80.png");
  });

  it("reports a button icon of the wrong pixel size", () => {
    copyFileSync(join(assetsDir, "icon-16.png"), join(dir, "icon-32.png"));
    const findings = check(manifestXml, { assetsDir: dir });
    expect(errorCodes(findings)).toEqual(["icon-size"]);
    expect(findings[0]?.message).toContain("16×16");
    expect(findings[0]?.message).toContain("32×32");
  });

  it("reports an IconUrl that is not 64 px and a HighResolutionIconUrl that is not 128 px", () => {
    copyFileSync(join(assetsDir, "icon-80.png"), join(dir, "icon-64.png"));
    copyFileSync(join(assetsDir, "icon-64.png"), join(dir, "icon-128.png"));
    const messages = check(manifestXml, { assetsDir: dir }).map((f) => `${f.code} ${f.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^icon-size .*icon-64\.png is 80×80 px but <IconUrl> needs 64×64/),
      expect.stringMatching(/^icon-size .*icon-128\.png is 64×64 px but <HighResolutionIconUrl> needs 128×128/),
    ]);
  });

  it("reports an icon file that is not an image", () => {
    const findings = check(manifestXml, {
      readAsset: (path) => (path === "icon-16.png" ? new TextEncoder().encode("not a png") : new Uint8Array([1])),
      readImageSize: (bytes) => (bytes.length === 1 ? { width: 0, height: 0 } : undefined),
    });
    expect(errorCodes(findings)).toContain("unreadable-icon");
  });

  it("takes the expected size from the resource id when no button uses it", () => {
    const xml = edit(
      manifestXml,
      '<bt:Image id="Icon.80x80"',
      '<bt:Image id="Spare.48x48" DefaultValue="https://localhost:3000/assets/icon-32.png"/>\n<bt:Image id="Icon.80x80"',
    );
    const findings = check(xml);
    expect(errorCodes(findings)).toEqual(["icon-size"]);
    expect(findings[0]?.message).toContain("48×48");
  });

  it("checks icons against the base it is told, for a rendered manifest", () => {
    const rendered = manifestXml.replaceAll("https://localhost:3000", "https://addin.example.com/meet");
    rmSync(join(dir, "icon-16.png"));
    const findings = check(rendered, { assetsDir: dir, baseUrl: "https://addin.example.com/meet" });
    expect(errorCodes(findings)).toEqual(["missing-icon"]);
  });

  it("warns about an icon on the base but outside assets/", () => {
    const xml = edit(
      manifestXml,
      "https://localhost:3000/assets/icon-64.png",
      "https://localhost:3000/img/icon-64.png",
    );
    const findings = check(xml, { assetsDir: dir });
    expect(findings.map((f) => [f.severity, f.code])).toEqual([["warning", "unmapped-icon"]]);
  });
});

describe("checkManifest on locales and strings", () => {
  it("reports an unknown locale in an Override", () => {
    const findings = check(edit(manifestXml, 'Locale="fi-FI"', 'Locale="xx-FI"'));
    expect(errorCodes(findings)).toEqual(["unknown-locale"]);
    expect(findings[0]?.message).toContain('"xx"');
  });

  it("reports an unknown region in an Override", () => {
    expect(errorCodes(check(edit(manifestXml, 'Locale="fi-FI"', 'Locale="fi-QQ"')))).toEqual(["unknown-locale"]);
  });

  it.each(["fr_FR", "french", "fr-", "f-FR", ""])("reports the malformed locale %p", (tag) => {
    expect(errorCodes(check(edit(manifestXml, 'Locale="fi-FI"', `Locale="${tag}"`)))).toEqual(["malformed-locale"]);
  });

  it("reports a malformed DefaultLocale", () => {
    const xml = edit(manifestXml, "<DefaultLocale>en-US</DefaultLocale>", "<DefaultLocale>en_US</DefaultLocale>");
    expect(errorCodes(check(xml))).toEqual(["malformed-locale"]);
  });

  it("only warns about a real locale Office is not offered in", () => {
    const findings = check(edit(manifestXml, 'Locale="fi-FI"', 'Locale="en-AU"'));
    expect(findings.map((f) => [f.severity, f.code])).toEqual([["warning", "unlisted-locale"]]);
  });

  it("accepts locale tags in any letter case", () => {
    expect(check(edit(manifestXml, 'Locale="fi-FI"', 'Locale="FI-fi"'))).toEqual([]);
  });

  it("reports a ShortString over 125 characters and accepts exactly 125", () => {
    const at = (length: number): string =>
      edit(
        manifestXml,
        '<bt:String id="Button.Label" DefaultValue="Attach to meeting">',
        `<bt:String id="Button.Label" DefaultValue="${"a".repeat(length)}">`,
      );
    expect(check(at(125))).toEqual([]);
    const findings = check(at(126));
    expect(errorCodes(findings)).toEqual(["string-too-long"]);
    expect(findings[0]?.message).toContain("126 characters");
  });

  it("counts characters, not UTF-16 units, in an Override", () => {
    const emoji = "📎".repeat(125);
    const xml = edit(
      manifestXml,
      /(<bt:String id="Button\.Label"[^>]*>\s*<bt:Override Locale="fr-FR" Value=")[^"]*"/,
      `$1${emoji}"`,
    );
    expect(check(xml)).toEqual([]);
    const over = edit(
      manifestXml,
      /(<bt:String id="Button\.Label"[^>]*>\s*<bt:Override Locale="fr-FR" Value=")[^"]*"/,
      `$1${emoji}📎"`,
    );
    expect(errorCodes(check(over))).toEqual(["string-too-long"]);
  });

  it("reports a LongString over 250 characters", () => {
    const xml = edit(manifestXml, /(<bt:String id="Button\.TipText" DefaultValue=")[^"]*"/, `$1${"b".repeat(251)}"`);
    expect(errorCodes(check(xml))).toEqual(["string-too-long"]);
  });

  it("reports a DisplayName over 125 characters", () => {
    const xml = edit(
      manifestXml,
      '<DisplayName DefaultValue="Meeting Attachments">',
      `<DisplayName DefaultValue="${"c".repeat(126)}">`,
    );
    expect(errorCodes(check(xml))).toEqual(["string-too-long"]);
  });
});

describe("checkManifest on the Mailbox requirement set", () => {
  it("reports a top-level MinVersion below what the code needs", () => {
    const xml = edit(manifestXml, '<Set Name="Mailbox" MinVersion="1.8"/>', '<Set Name="Mailbox" MinVersion="1.7"/>');
    const findings = check(xml);
    expect(errorCodes(findings)).toEqual(["requirement-too-low"]);
    expect(findings[0]?.message).toContain("Mailbox 1.7");
  });

  it("reports a VersionOverrides default below what the code needs", () => {
    const xml = edit(manifestXml, '<bt:Sets DefaultMinVersion="1.8">', '<bt:Sets DefaultMinVersion="1.3">');
    expect(errorCodes(check(xml))).toEqual(["requirement-too-low"]);
  });

  it("compares versions as numbers: 1.10 is above 1.8, 1.8 is below 1.10", () => {
    const xml = manifestXml.replaceAll('MinVersion="1.8"', 'MinVersion="1.10"');
    expect(check(xml)).toEqual([]);
    const findings = check(manifestXml, {
      codeRequirements: { ...testCodeRequirements, mailbox: "1.10", source: "src/office/requirements.ts" },
    });
    expect(errorCodes(findings)).toEqual(["requirement-too-low"]);
    expect(findings[0]?.message).toContain("src/office/requirements.ts");
  });

  it("reports a manifest with no Mailbox requirement", () => {
    const xml = edit(manifestXml, /\s*<Requirements>\s*<Sets>[\s\S]*?<\/Sets>\s*<\/Requirements>/, "");
    expect(errorCodes(check(xml))).toEqual(["missing-requirement"]);
  });

  it("treats a Set without MinVersion as its Sets default, 1.1 when there is none", () => {
    const xml = edit(manifestXml, '<Set Name="Mailbox" MinVersion="1.8"/>', '<Set Name="Mailbox"/>');
    const findings = check(xml);
    expect(errorCodes(findings)).toEqual(["requirement-too-low"]);
    expect(findings[0]?.message).toContain("Mailbox 1.1");
  });

  it("reports a malformed requirement version", () => {
    const xml = edit(manifestXml, '<Set Name="Mailbox" MinVersion="1.8"/>', '<Set Name="Mailbox" MinVersion="one"/>');
    expect(errorCodes(check(xml))).toEqual(["malformed-requirement"]);
  });
});

describe("checkManifest on the permission", () => {
  const withPermission = (level: string): string =>
    edit(manifestXml, "<Permissions>ReadWriteItem</Permissions>", `<Permissions>${level}</Permissions>`);

  it("accepts exactly what the code's Outlook calls need", () => {
    expect(codePermission.level).toBe("ReadWriteItem");
    expect(check(withPermission("ReadWriteItem"))).toEqual([]);
  });

  it("reports ReadWriteMailbox as more than the code needs, naming what it does need", () => {
    const findings = check(withPermission("ReadWriteMailbox"));
    expect(errorCodes(findings)).toEqual(["permission-too-broad"]);
    expect(findings[0]?.message).toContain("asks for ReadWriteMailbox");
    expect(findings[0]?.message).toContain("Ask for ReadWriteItem");
    expect(findings[0]?.message).toContain("src/office/hostPermissions.ts");
    expect(findings[0]?.line).toBeGreaterThan(1);
  });

  it.each(["ReadItem", "Restricted"])("reports %s as less than saving the meeting needs", (level) => {
    const findings = check(withPermission(level));
    expect(errorCodes(findings)).toEqual(["permission-too-narrow"]);
    expect(findings[0]?.message).toContain(`asks for ${level}`);
    expect(findings[0]?.message).toContain("needs ReadWriteItem for item.saveAsync");
  });

  it("compares with the code's table, not with a fixed level", () => {
    const codeRequirements = {
      ...testCodeRequirements,
      permission: { level: "ReadWriteMailbox" as const, neededBy: ["mailbox.makeEwsRequestAsync"], source: "test" },
    };
    const findings = check(manifestXml, { codeRequirements });
    expect(errorCodes(findings)).toEqual(["permission-too-narrow"]);
    expect(findings[0]?.message).toContain("mailbox.makeEwsRequestAsync");
  });

  it("reports a missing <Permissions> once, and an unknown one", () => {
    const missing = check(edit(manifestXml, /\s*<Permissions>[^<]*<\/Permissions>/, ""));
    expect(missing.map((finding) => finding.code)).toEqual(["missing-element"]);
    expect(errorCodes(check(withPermission("ReadWrite")))).toEqual(["unknown-permission"]);
  });
});
