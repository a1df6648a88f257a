import { Session } from "node:inspector/promises";
import vm from "node:vm";
import { charactersNotRun, type FunctionCoverage } from "../../../bench/coverage";

/** Runs `source` in this process under V8's function coverage and returns what V8 reports for it. */
async function coverageOf(source: string, run: (exports: Record<string, () => unknown>) => void) {
  const session = new Session();
  session.connect();
  try {
    await session.post("Profiler.enable");
    await session.post("Profiler.startPreciseCoverage", { callCount: false, detailed: false });
    const filename = `coverage-probe-${Math.random().toString(36).slice(2)}.js`;
    const exports = new vm.Script(source, { filename }).runInThisContext() as Record<string, () => unknown>;
    run(exports);
    const { result } = await session.post("Profiler.takePreciseCoverage");
    const script = result.find((entry) => entry.url.endsWith(filename));
    if (!script) throw new Error("V8 reported no coverage for the probe script.");
    return script.functions;
  } finally {
    await session.post("Profiler.stopPreciseCoverage");
    session.disconnect();
  }
}

describe("characters of a script not run, from V8's function coverage", () => {
  it("counts the functions V8 never ran, nested ones too, and nothing that ran", async () => {
    const neverCalled = "function neverCalled() { return 2; }";
    const unused = "() => 3";
    const source =
      `(() => { function called() { return 1; }\n${neverCalled}\n` +
      `const inner = () => { const unused = ${unused}; return unused; };\n` +
      "return { called, inner }; })()";
    const functions = await coverageOf(source, (exports) => {
      exports.called?.();
      exports.inner?.();
    });
    expect(charactersNotRun(source.length, functions)).toBe(neverCalled.length + unused.length);
  });

  it("applies an inner range over the outer one whatever order the functions come in", () => {
    const outerNotRun: FunctionCoverage = { ranges: [{ startOffset: 10, endOffset: 50, count: 0 }] };
    const innerRan: FunctionCoverage = { ranges: [{ startOffset: 20, endOffset: 30, count: 1 }] };
    const script: FunctionCoverage = { ranges: [{ startOffset: 0, endOffset: 100, count: 1 }] };
    expect(charactersNotRun(100, [innerRan, outerNotRun, script])).toBe(30);
    expect(charactersNotRun(100, [script, outerNotRun, innerRan])).toBe(30);
  });

  it("counts everything as run when every function ran", () => {
    expect(charactersNotRun(40, [{ ranges: [{ startOffset: 0, endOffset: 40, count: 3 }] }])).toBe(0);
  });
});
