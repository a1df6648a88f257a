import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  parseCodePermission,
  parseCodeRequirements,
  readCodeRequirements,
} from "../../scripts/manifest/codeRequirements";
import { checkLocale } from "../../scripts/manifest/locales";
import { compareVersions, isManifestVersion } from "../../scripts/manifest/versions";

describe("code requirements", () => {
  it("reads REQUIRED_MAILBOX_VERSION from the source text", () => {
    expect(parseCodeRequirements('export const REQUIRED_MAILBOX_VERSION = "1.10";\n')).toEqual({
      mailbox: "1.10",
      source: "src/office/requirements.ts",
    });
    expect(parseCodeRequirements("export const REQUIRED_MAILBOX_VERSION: string = '1.9';").mailbox).toBe("1.9");
  });

  it("falls back to 1.8, and says so, when the file is missing or has no such export", () => {
    const missing = parseCodeRequirements(undefined);
    expect(missing).toMatchObject({ mailbox: "1.8", source: "default" });
    expect(missing.note).toContain("does not exist");
    const without = parseCodeRequirements("export const OTHER = 1;");
    expect(without).toMatchObject({ mailbox: "1.8", source: "default" });
    expect(without.note).toContain("REQUIRED_MAILBOX_VERSION");
  });

  it("reads the file from a project folder, or notes its absence", () => {
    const dir = mkdtempSync(join(tmpdir(), "requirements-"));
    try {
      expect(readCodeRequirements(dir).source).toBe("default");
      mkdirSync(join(dir, "src", "office"), { recursive: true });
      writeFileSync(join(dir, "src", "office", "requirements.ts"), 'export const REQUIRED_MAILBOX_VERSION = "1.13";');
      expect(readCodeRequirements(dir)).toEqual({
        mailbox: "1.13",
        source: "src/office/requirements.ts",
        permissionNote: "src/office/hostPermissions.ts does not exist.",
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("agrees with the repository's own requirements file", () => {
    const requirements = readCodeRequirements(join(__dirname, "..", ".."));
    expect(requirements.mailbox).toMatch(/^\d+\.\d+$/);
  });
});

describe("code permission", () => {
  const table = (body: string): string =>
    `export const HOST_CALL_PERMISSIONS = {\n${body}\n} as const satisfies Record<HostCall, PermissionLevel>;\n`;

  it("is the highest level in HOST_CALL_PERMISSIONS, with the calls that need it", () => {
    const text = table(
      [
        "  // The one write.",
        '  "item.saveAsync": "ReadWriteItem",',
        '  "item.subject": "ReadItem",',
        "",
        '  "item.organizer": "ReadWriteItem",',
        '  "mailbox.convertToRestId": "Restricted",',
      ].join("\n"),
    );
    expect(parseCodePermission(text)).toEqual({
      permission: {
        level: "ReadWriteItem",
        neededBy: ["item.saveAsync", "item.organizer"],
        source: "src/office/hostPermissions.ts",
      },
    });
  });

  it.each([
    [undefined, "does not exist"],
    ["export const OTHER = {};", "has no `export const HOST_CALL_PERMISSIONS"],
    [table(""), "is empty"],
    [table('  "item.saveAsync": "ReadWrite",'), 'cannot read the line ""item.saveAsync": "ReadWrite","'],
    [table("  ...OTHER_CALLS,"), "cannot read the line"],
  ])("refuses to guess from %p", (text, note) => {
    const parsed = parseCodePermission(text);
    expect(parsed).not.toHaveProperty("permission");
    expect(parsed).toEqual({ permissionNote: expect.stringContaining(note) as string });
  });

  it("agrees with the repository's own table: read/write item, for saving", () => {
    const { permission } = readCodeRequirements(join(__dirname, "..", ".."));
    expect(permission?.level).toBe("ReadWriteItem");
    expect(permission?.neededBy).toContain("item.saveAsync");
  });
});

describe("versions", () => {
  it.each([
    ["1.10", "1.8", 1],
    ["1.8", "1.10", -1],
    ["1.8", "1.8.0", 0],
    ["2.0", "1.99", 1],
  ])("compares %s with %s as %d", (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });

  it("accepts only schema-shaped manifest versions", () => {
    expect(isManifestVersion("1.0.0.0")).toBe(true);
    expect(isManifestVersion("99999.0")).toBe(true);
    expect(isManifestVersion("1")).toBe(false);
    expect(isManifestVersion("1.0.0.0.0")).toBe(false);
    expect(isManifestVersion("1.-1")).toBe(false);
  });
});

describe("checkLocale", () => {
  it.each([
    ["fr-FR", "ok"],
    ["sr-Latn-RS", "ok"],
    ["ca-ES-valencia", "ok"],
    ["zh-tw", "ok"],
    ["en-AU", "not-an-office-language"],
    ["xx-XX", "unknown"],
    ["fr-ZZ", "unknown"],
    ["sr-Qqqq-RS", "unknown"],
    ["qaa-FR", "unknown"],
    ["fr_FR", "malformed"],
    ["fr-FR-", "malformed"],
    ["123", "malformed"],
  ])("judges %p as %p", (tag, kind) => {
    expect(checkLocale(tag).kind).toBe(kind);
  });
});
