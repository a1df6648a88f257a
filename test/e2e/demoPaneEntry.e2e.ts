/**
 * The demo's task pane loads its sign-in as production does: the demo sign-in and what the demo gives the real
 * sign-in (its registration, the dialog played in the pane) come with the first token request or the warm-up after
 * the first paint, not in the first screen's scripts: the first screen the benchmark times carries no sign-in
 * code, as production's carries none. Read from the source maps of the scripts demo-taskpane.html names. Run after
 * `npx webpack --mode production --env demo` (it reads .demo-build/). That signing in still works both ways is
 * test/e2e/nestedAppAuth.e2e.ts's.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { entryScriptsOf } from "../../scripts/build/compileHint";

const DEMO_BUILD = path.resolve(process.env.DEMO_BUILD_DIR ?? ".demo-build");

/** The source files a built script was made from, relative to the project (as its source map names them). */
function sourcesOf(script: string): string[] {
  const map = JSON.parse(readFileSync(path.join(DEMO_BUILD, `${script}.map`), "utf8")) as { sources: string[] };
  return map.sources.map((source) => source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, ""));
}

const firstScreenSources = (page: string): string[] =>
  entryScriptsOf(readFileSync(path.join(DEMO_BUILD, page), "utf8")).flatMap(sourcesOf);

describe("the demo pane's first screen", () => {
  const sources = firstScreenSources("demo-taskpane.html");

  it("holds the real task pane and the stand-in bridge Outlook injects before the add-in runs", () => {
    expect(sources).toEqual(
      expect.arrayContaining(["src/taskpane/bootstrap.tsx", "dev/demo/taskpane.tsx", "dev/naa/frameBridge.ts"]),
    );
  });

  it("holds none of the demo's sign-in, which loads on the first token request", () => {
    const signIn = sources.filter((source) =>
      /^(dev\/auth\/|dev\/naa\/demoDialogPage|dev\/office\/simulatedDialog|dev\/shared\/demoIdentity|src\/dialog\/)/.test(
        source,
      ),
    );
    expect(signIn).toEqual([]);
  });
});
