import { execFileSync } from "node:child_process";
import path from "node:path";

/**
 * The layering lint (eslint.config.mjs, as `npm run lint` loads it) on sources placed at real files of each layer,
 * each holding one import: an import that crosses a layer the wrong way is refused, one the layers allow passes.
 * ESLint runs in a child Node process, where it can load its ES-module config.
 */
const ROOT = path.resolve(__dirname, "../../..");

const LINT_SCRIPT = `
import { ESLint } from "eslint";
import { readFileSync } from "node:fs";
const probes = JSON.parse(readFileSync(0, "utf8"));
const eslint = new ESLint();
const out = [];
for (const { file, specifier } of probes) {
  const source = \`import type { probe } from "\${specifier}";\\nexport type LayerProbe = typeof probe;\\n\`;
  const [result] = await eslint.lintText(source, { filePath: file });
  out.push(result.messages.filter((m) => m.fatal || m.ruleId === "no-restricted-imports").map((m) => m.message));
}
process.stdout.write(JSON.stringify(out));
`;

function layeringErrors(probes: ReadonlyArray<{ file: string; specifier: string }>): string[][] {
  const output = execFileSync(process.execPath, ["--input-type=module", "-e", LINT_SCRIPT], {
    cwd: ROOT,
    input: JSON.stringify(probes.map(({ file, specifier }) => ({ file: path.join(ROOT, file), specifier }))),
    encoding: "utf8",
  });
  return JSON.parse(output) as string[][];
}

const cases: Array<[file: string, specifier: string, layer: string]> = [
  ["src/graph/core/endpoints.ts", "../../taskpane/services", "src/taskpane"],
  ["src/graph/core/endpoints.ts", "../../auth", "src/auth"],
  ["src/graph/core/endpoints.ts", "../../office/itemId", "src/office"],
  ["src/auth/naaTokenSource.ts", "../taskpane/bindGraphToken", "src/taskpane"],
  ["src/office/itemId.ts", "../taskpane", "src/taskpane"],
  ["src/shared/eventRef.ts", "../graph", "src/graph"],
  ["src/taskpane/describeError.ts", "../../dev/office", "dev/ is the stand-ins"],
];

const allowed: Array<[file: string, specifier: string]> = [
  ["src/office/formAttacher.ts", "../graph"],
  ["src/taskpane/describeError.ts", "../graph"],
  ["src/graph/core/endpoints.ts", "../../shared/eventRef"],
];

describe("layering lint", () => {
  let results: string[][] = [];
  beforeAll(() => {
    results = layeringErrors([...cases, ...allowed].map(([file, specifier]) => ({ file, specifier })));
  }, 60_000);

  test.each(cases.map((probe, index) => [...probe, index] as const))(
    "%s may not import %s",
    (_file, _specifier, layer, index) => {
      expect(results[index]).toHaveLength(1);
      expect(results[index]?.[0]).toContain(`(${layer})`);
    },
  );

  test("imports the layers allow pass", () => {
    expect(results.slice(cases.length)).toEqual(allowed.map(() => []));
  });
});
