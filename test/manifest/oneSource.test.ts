import { checkAgreement } from "../../scripts/manifest/agreement";
import { buildManifests } from "../../scripts/manifest/buildManifests";
import { DEV_BASE_URL, renderManifest } from "../../scripts/manifest/render";
import { ADDIN, type AddinDefinition } from "../../scripts/manifest/source/addin";
import { MANIFEST_FILE } from "../../scripts/manifest/unified/appPackage";
import { generateManifestXml } from "../../scripts/manifest/xml/generateXml";
import { check, errorCodes, manifestXml, repoRoot } from "./helpers";
import { checkDev, readJsonEntry } from "./packageHelpers";

const build = (addin: AddinDefinition, base = DEV_BASE_URL) => buildManifests(base, repoRoot, addin);

describe("one source for both manifests", () => {
  it("the committed manifest.xml is exactly what the source generates (run `npm run manifest` after editing it)", () => {
    expect(manifestXml).toBe(generateManifestXml(ADDIN, DEV_BASE_URL));
  });

  it("generating for a base URL gives what rendering the committed manifest for it gives", () => {
    for (const base of ["https://addins.example.com", "https://static.example.com/tools/meeting-attachments"]) {
      expect(generateManifestXml(ADDIN, base)).toBe(renderManifest(manifestXml, base));
    }
  });

  it("both built manifests pass their checks and agree with each other", () => {
    const built = build(ADDIN);
    expect(check(built.xml)).toEqual([]);
    expect(checkDev(built.files)).toEqual([]);
    expect(checkAgreement(built.xml, built.files)).toEqual([]);
  });

  // Each change is made once, in the definition, and must show in manifest.xml and in manifest.json.
  const frenchLabel = "Joindre (nouveau libellé)";
  const changes: Array<[string, AddinDefinition, (xml: string, json: string, fr: string) => void, string?]> = [
    [
      "a French button label",
      { ...ADDIN, wording: { ...ADDIN.wording, "fr-FR": { ...ADDIN.wording["fr-FR"], buttonLabel: frenchLabel } } },
      (xml, _json, fr) => {
        expect(xml).toContain(`<bt:Override Locale="fr-FR" Value="${frenchLabel}"/>`);
        expect(fr).toContain(frenchLabel);
      },
    ],
    [
      "the Mailbox requirement",
      { ...ADDIN, mailboxRequirement: "1.9" },
      (xml, json) => {
        expect(xml).toContain('<Set Name="Mailbox" MinVersion="1.9"/>');
        expect(xml).toContain('<bt:Sets DefaultMinVersion="1.9">');
        expect(json).toContain('"minVersion": "1.9"');
      },
    ],
    [
      "the permission",
      { ...ADDIN, permission: "ReadWriteMailbox" },
      (xml, json) => {
        expect(xml).toContain("<Permissions>ReadWriteMailbox</Permissions>");
        expect(json).toContain('"name": "Mailbox.ReadWrite.User"');
        expect(json).not.toContain("MailboxItem.ReadWrite.User");
      },
    ],
    [
      "the meeting surface",
      { ...ADDIN, surface: "meetingAttendee" },
      (xml, json) => {
        expect(xml).toContain('<ExtensionPoint xsi:type="AppointmentAttendeeCommandSurface">');
        expect(xml).not.toContain("AppointmentOrganizerCommandSurface");
        expect(json).toContain('"meetingDetailsAttendee"');
        expect(json).not.toContain("meetingDetailsOrganizer");
      },
    ],
    [
      "shared-folder support",
      { ...ADDIN, supportsSharedFolders: false },
      (xml, json) => {
        expect(xml).not.toContain("SupportsSharedFolders");
        expect(xml).not.toContain("VersionOverridesV1_1");
        expect(json).not.toContain("Mailbox.SharedFolder");
      },
    ],
    [
      "the task pane page",
      { ...ADDIN, pages: { ...ADDIN.pages, taskpane: "pane/index.html" } },
      (xml, json) => {
        expect(xml).toContain(`"${DEV_BASE_URL}/pane/index.html"`);
        expect(json).toContain(`"page": "${DEV_BASE_URL}/pane/index.html"`);
      },
    ],
    [
      "a ribbon icon",
      { ...ADDIN, icons: { ...ADDIN.icons, ribbon: { ...ADDIN.icons.ribbon, 80: "assets/icon-80-new.png" } } },
      (xml, json) => {
        expect(xml).toContain(`${DEV_BASE_URL}/assets/icon-80-new.png`);
        expect(json).toContain(`${DEV_BASE_URL}/assets/icon-80-new.png`);
      },
    ],
    [
      "the id and version",
      { ...ADDIN, id: "0b6c3a52-1f43-4d0f-9d3e-3a1c2f9e8d7b", version: "1.2.3" },
      (xml, json) => {
        expect(xml).toContain("<Id>0b6c3a52-1f43-4d0f-9d3e-3a1c2f9e8d7b</Id>");
        expect(xml).toContain("<Version>1.2.3.0</Version>");
        expect(json).toContain('"id": "0b6c3a52-1f43-4d0f-9d3e-3a1c2f9e8d7b"');
        expect(json).toContain('"version": "1.2.3"');
      },
    ],
  ];

  it.each(changes)("a change of %s in the source reaches both manifests", (_what, addin, expectBoth) => {
    const built = build(addin);
    const text = (name: string): string => Buffer.from(built.files.get(name)!).toString("utf8");
    expectBoth(built.xml, text(MANIFEST_FILE), text("fr-fr.json"));
    expect(checkAgreement(built.xml, built.files)).toEqual([]);
  });

  it("the base URL reaches both manifests, and AppDomains and validDomains get its origin", () => {
    const base = "https://static.example.com/tools/meeting-attachments";
    const built = build(ADDIN, base);
    const manifest = readJsonEntry(built.files, MANIFEST_FILE);
    expect(built.xml).toContain(`<SourceLocation DefaultValue="${base}/taskpane.html"/>`);
    expect(built.xml).toContain("<AppDomain>https://static.example.com</AppDomain>");
    expect(built.xml).not.toMatch(/localhost:3000/);
    expect(JSON.stringify(manifest)).not.toMatch(/localhost:3000/);
    expect(manifest.validDomains).toEqual(["https://static.example.com"]);
    expect(check(built.xml, { baseUrl: base })).toEqual([]);
    expect(checkDev(built.files, { baseUrl: base })).toEqual([]);
  });

  it("a manifest edited by hand, or built from another revision, no longer agrees with the package", () => {
    const built = build(ADDIN);
    const other = build({
      ...ADDIN,
      mailboxRequirement: "1.9",
      permission: "ReadItem",
      wording: { ...ADDIN.wording, "ja-JP": { ...ADDIN.wording["ja-JP"], displayName: "別の名前" } },
    });
    const messages = checkAgreement(other.xml, built.files).map((finding) => finding.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining("The Mailbox requirement"),
        expect.stringContaining("The permission"),
        expect.stringContaining("The name (ja-jp)"),
      ]),
    );
    expect(errorCodes(checkAgreement(other.xml, built.files))).toEqual(["manifests-disagree"]);
  });
});
