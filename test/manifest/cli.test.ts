import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assetReader, readImageSize } from "../../scripts/manifest/assets";
import { buildManifests } from "../../scripts/manifest/buildManifests";
import { zipPackage } from "../../scripts/manifest/unified/appPackage";
import { formatFinding, hasErrors } from "../../scripts/manifest/findings";
import { assetsDir, edit, manifestXml, repoRoot } from "./helpers";
import { withManifest } from "./packageHelpers";

function validate(...args: string[]): { status: number | null; output: string } {
  const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
  const result = spawnSync(tsx, [join(repoRoot, "scripts", "validate-manifest.ts"), ...args], {
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("npm run validate (offline)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "validate-cli-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("passes the committed manifest", () => {
    const { status, output } = validate("--offline");
    expect(output).toContain("Offline check: 0 error(s), 0 warning(s).");
    expect(output).toMatch(
      /App package check \(unified manifest 1\.\d+, Microsoft's schemas\): 0 error\(s\), 8 file\(s\)/,
    );
    expect(output).toContain("Online validation skipped: --offline.");
    expect(status).toBe(0);
  });

  it("checks a built pair for its base URL: dist/manifest.xml and the app package zip", () => {
    const base = "https://addins.example.com/app";
    const built = buildManifests(base, repoRoot);
    const xml = join(dir, "built.xml");
    const zip = join(dir, "built.zip");
    writeFileSync(xml, built.xml);
    writeFileSync(zip, built.zip);
    const { status, output } = validate(xml, "--package", zip, "--base-url", base, "--offline");
    expect(output).toContain("Offline check: 0 error(s), 0 warning(s).");
    expect(output).toContain("0 error(s), 8 file(s)");
    expect(status).toBe(0);
  });

  it("prints each defect of a broken app package and exits 1", () => {
    const files = withManifest(buildManifests("https://localhost:3000", repoRoot).files, (manifest) => {
      manifest.id = "00000000-0000-0000-0000-000000000000";
      delete manifest.accentColor;
    });
    const zip = join(dir, "broken.zip");
    writeFileSync(zip, zipPackage(files));
    const { status, output } = validate("--package", zip, "--offline");
    expect(output).toMatch(
      /broken\.zip: error \[schema-violation\] manifest\.json: must have required property 'accentColor'/,
    );
    expect(output).toMatch(/broken\.zip: error \[id-changed\]/);
    expect(output).toMatch(/broken\.zip: error \[manifests-disagree\] The id/);
    expect(status).toBe(1);
  });

  it("prints each defect with file and line and exits 1", () => {
    const broken = join(dir, "broken.xml");
    writeFileSync(broken, edit(manifestXml, "<Version>1.0.0.0</Version>", "<Version>one</Version>"));
    const { status, output } = validate(broken, "--offline");
    expect(output).toMatch(/broken\.xml:\d+: error \[malformed-version\]/);
    expect(output).toContain("Offline check: 1 error(s), 0 warning(s).");
    expect(status).toBe(1);
  });

  it("exits 1 with a message for a file that does not exist", () => {
    const { status, output } = validate(join(dir, "absent.xml"), "--offline");
    expect(output).toContain("validate-manifest:");
    expect(status).toBe(1);
  });
});

describe("asset helpers and finding output", () => {
  it("never reads outside the assets folder", () => {
    const read = assetReader(assetsDir);
    expect(read("icon-16.png")).toBeInstanceOf(Uint8Array);
    expect(read("../manifest.xml")).toBeUndefined();
    expect(read("absent.png")).toBeUndefined();
  });

  it("reads PNG sizes and rejects non-images", () => {
    const read = assetReader(assetsDir);
    expect(readImageSize(read("icon-80.png")!)).toEqual({ width: 80, height: 80 });
    expect(readImageSize(new TextEncoder().encode("<svg"))).toBeUndefined();
  });

  it("formats findings with and without a line, and tells errors from warnings", () => {
    const error = { severity: "error", code: "missing-id", message: "No Id.", line: 3 } as const;
    const warning = { severity: "warning", code: "unlisted-locale", message: "Hmm." } as const;
    expect(formatFinding("manifest.xml", error)).toBe("manifest.xml:3: error [missing-id] No Id.");
    expect(formatFinding("manifest.xml", warning)).toBe("manifest.xml: warning [unlisted-locale] Hmm.");
    expect(hasErrors([warning])).toBe(false);
    expect(hasErrors([warning, error])).toBe(true);
  });
});
