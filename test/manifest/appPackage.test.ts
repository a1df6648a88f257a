import { strToU8 } from "fflate";
import { buildManifests } from "../../scripts/manifest/buildManifests";
import { DEV_BASE_URL } from "../../scripts/manifest/render";
import { ADDIN } from "../../scripts/manifest/source/addin";
import { MANIFEST_FILE, unzipPackage, type PackageFiles } from "../../scripts/manifest/unified/appPackage";
import { UNIFIED_MANIFEST_VERSION } from "../../scripts/manifest/unified/schemaVersion";
import { validateAgainstSchema } from "../../scripts/manifest/unified/schemaValidation";
import { repoRoot } from "./helpers";
import {
  asset,
  buttonOf,
  checkDev,
  codes,
  devPackage,
  extensionOf,
  readJsonEntry,
  solidPng,
  withJson,
  withManifest,
  type JsonDocument,
} from "./packageHelpers";

const LOCALIZATION_FILES = ["es-es.json", "fi-fi.json", "fr-fr.json", "ja-jp.json", "ru-ru.json"];

describe("the app package", () => {
  const files = devPackage();
  const manifest = readJsonEntry(files, MANIFEST_FILE);

  it("holds manifest.json, the two icons and one localization file per other language, nothing else", () => {
    expect([...files.keys()].sort()).toEqual(["color.png", MANIFEST_FILE, "outline.png", ...LOCALIZATION_FILES].sort());
  });

  it("is valid against Microsoft's schema for its manifest version, and so is every localization file", () => {
    expect(manifest.manifestVersion).toBe(UNIFIED_MANIFEST_VERSION);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${UNIFIED_MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    );
    expect(validateAgainstSchema("manifest", manifest)).toEqual([]);
    for (const name of LOCALIZATION_FILES) {
      expect(validateAgainstSchema("localization", readJsonEntry(files, name))).toEqual([]);
    }
  });

  it("passes every check beyond the schema", () => {
    expect(checkDev(files)).toEqual([]);
  });

  it("puts the button on the organizer's meeting form, opening the task pane, with the least permission", () => {
    const extension = extensionOf(manifest);
    expect(extension.ribbons).toMatchObject([{ contexts: ["meetingDetailsOrganizer"] }]);
    expect(extension.runtimes).toMatchObject([
      { code: { page: `${DEV_BASE_URL}/taskpane.html` }, actions: [{ id: "OpenTaskpane", type: "openPage" }] },
    ]);
    expect(buttonOf(manifest)).toMatchObject({ type: "button", actionId: "OpenTaskpane" });
    expect(extension.requirements).toEqual({
      scopes: ["mail"],
      capabilities: [{ name: "Mailbox", minVersion: "1.8" }],
    });
    expect(manifest.authorization).toEqual({
      permissions: {
        resourceSpecific: [
          { name: "MailboxItem.ReadWrite.User", type: "Delegated" },
          { name: "Mailbox.SharedFolder", type: "Delegated" },
        ],
      },
    });
  });

  it("is byte-identical when built twice, and keeps its id whatever the base URL", () => {
    const first = buildManifests(DEV_BASE_URL, repoRoot);
    const second = buildManifests(`${DEV_BASE_URL}/`, repoRoot);
    expect(Buffer.from(second.zip).equals(Buffer.from(first.zip))).toBe(true);
    const elsewhere = buildManifests("https://addins.example.com/app", repoRoot);
    expect(readJsonEntry(elsewhere.files, MANIFEST_FILE).id).toBe(ADDIN.id);
    expect(checkDev(elsewhere.files, { baseUrl: "https://addins.example.com/app" })).toEqual([]);
  });

  it("reads back from its zip unchanged", () => {
    const { zip } = buildManifests(DEV_BASE_URL, repoRoot);
    const read = unzipPackage(zip);
    expect([...read.keys()].sort()).toEqual([...files.keys()].sort());
    for (const [name, bytes] of files) expect(Buffer.from(read.get(name)!).equals(Buffer.from(bytes))).toBe(true);
  });
});

type Breakage = (files: PackageFiles) => PackageFiles;

const frFile = "fr-fr.json";
const setFr =
  (change: (document: JsonDocument) => void): Breakage =>
  (files) =>
    withJson(files, frFile, change);
const setManifest =
  (change: (manifest: JsonDocument) => void): Breakage =>
  (files) =>
    withManifest(files, change);
const replaceFile =
  (name: string, bytes: Uint8Array): Breakage =>
  (files) =>
    new Map([...files, [name, bytes]]);

describe("a broken package is reported, each defect with its own code", () => {
  const cases: Array<[string, Breakage, string]> = [
    [
      "manifest.json is missing",
      (files) => new Map([...files].filter(([name]) => name !== MANIFEST_FILE)),
      "missing-file",
    ],
    ["manifest.json is not JSON", replaceFile(MANIFEST_FILE, strToU8("{ not json")), "malformed-json"],
    ["manifestVersion is missing", setManifest((m) => delete m.manifestVersion), "schema-violation"],
    [
      "the short name is over 30 characters",
      setManifest((m) => ((m.name as JsonDocument).short = "x".repeat(31))),
      "schema-violation",
    ],
    [
      "the ribbon context is misspelt",
      setManifest((m) => ((extensionOf(m).ribbons as JsonDocument[])[0].contexts = ["meetingDetailsOrganiser"])),
      "schema-violation",
    ],
    ["an unknown top-level property", setManifest((m) => (m.supportsSharedFolders = true)), "schema-violation"],
    [
      "a localized short description over 80 characters",
      setFr((d) => (d["description.short"] = "é".repeat(81))),
      "schema-violation",
    ],
    [
      "a localization file lacks a key",
      setFr((d) => delete d["extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label"]),
      "missing-localized-key",
    ],
    ["a localized key is empty", setFr((d) => (d["name.short"] = " ")), "missing-localized-key"],
    [
      "a localization file has a key that names nothing",
      setFr((d) => (d["extensions[0].ribbons[0].tabs[0].groups[1].label"] = "x")),
      "unknown-localized-key",
    ],
    [
      "a language is not listed",
      setManifest((m) => {
        const info = m.localizationInfo as JsonDocument;
        info.additionalLanguages = (info.additionalLanguages as JsonDocument[]).filter(
          (l) => l.languageTag !== "ja-jp",
        );
      }),
      "missing-language",
    ],
    [
      "a listed localization file is absent",
      (files) => new Map([...files].filter(([name]) => name !== frFile)),
      "missing-file",
    ],
    ["a file nobody names", replaceFile("notes.txt", strToU8("hello")), "unlisted-file"],
    ["the colour icon is 128 px", replaceFile("color.png", asset("icon-128.png")), "icon-size"],
    ["the outline icon is 64 px", replaceFile("outline.png", solidPng(64, [255, 255, 255, 255])), "icon-size"],
    ["the colour icon is not a PNG", replaceFile("color.png", asset("icon.svg")), "unreadable-icon"],
    [
      "the outline icon has no transparency",
      replaceFile("outline.png", solidPng(32, [255, 255, 255])),
      "icon-not-transparent",
    ],
    ["the outline icon is not white", replaceFile("outline.png", asset("icon-32.png")), "icon-not-white"],
    [
      "icons.color names a missing file",
      setManifest((m) => ((m.icons as JsonDocument).color = "colour.png")),
      "missing-file",
    ],
    [
      "a ribbon icon's file has another size",
      setManifest((m) => ((buttonOf(m).icons as JsonDocument[])[0].url = `${DEV_BASE_URL}/assets/icon-32.png`)),
      "icon-size",
    ],
    [
      "a ribbon icon's file does not exist",
      setManifest((m) => ((buttonOf(m).icons as JsonDocument[])[0].url = `${DEV_BASE_URL}/assets/icon-20.png`)),
      "missing-icon",
    ],
    [
      "the task pane is on another host",
      setManifest(
        (m) => ((extensionOf(m).runtimes as JsonDocument[])[0].code = { page: "https://evil.example/taskpane.html" }),
      ),
      "off-base-url",
    ],
    [
      "validDomains names another origin",
      setManifest((m) => (m.validDomains = ["https://localhost:3001"])),
      "off-base-url",
    ],
    ["the id changed", setManifest((m) => (m.id = "00000000-0000-0000-0000-000000000000")), "id-changed"],
    [
      "the permission is broader than the code needs",
      setManifest(
        (m) =>
          (m.authorization = {
            permissions: { resourceSpecific: [{ name: "Mailbox.ReadWrite.User", type: "Delegated" }] },
          }),
      ),
      "permission-too-broad",
    ],
    [
      "the permission is narrower than the code needs",
      setManifest(
        (m) =>
          (m.authorization = {
            permissions: { resourceSpecific: [{ name: "MailboxItem.Read.User", type: "Delegated" }] },
          }),
      ),
      "permission-too-narrow",
    ],
    [
      "an unknown permission",
      setManifest((m) => {
        const list = ((m.authorization as JsonDocument).permissions as JsonDocument).resourceSpecific as JsonDocument[];
        list.push({ name: "Mailbox.Everything.User", type: "Delegated" });
      }),
      "unknown-permission",
    ],
    [
      "the Mailbox requirement is below the code's",
      setManifest(
        (m) =>
          (extensionOf(m).requirements = { scopes: ["mail"], capabilities: [{ name: "Mailbox", minVersion: "1.7" }] }),
      ),
      "requirement-too-low",
    ],
  ];

  it.each(cases)("%s", (_what, breakIt, code) => {
    const findings = checkDev(breakIt(devPackage()));
    expect(codes(findings)).toContain(code);
    expect(findings.every((finding) => finding.severity === "error" && finding.message.length > 0)).toBe(true);
  });
});
