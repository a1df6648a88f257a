// eslint-disable-next-line @typescript-eslint/no-require-imports
const { firstScreenRules } = require("../../../scripts/build/firstScreenRules.cjs") as {
  firstScreenRules: (css: string, initialScripts: readonly string[]) => string;
};

const SHEET = [
  ".r1abc{display:inline-flex;}",
  ".flazy1{padding:0;}",
  ".fused1{color:red;}",
  ".fused1:hover{color:blue;}",
  ".flazy2:hover{color:green;}",
  "@media (forced-colors: active){.fused2{border-color:buttontext;}.flazy3{border-color:highlight;}}",
  "@media (forced-colors: active){.flazy4{color:canvastext;}}",
  "@supports (-moz-appearance:button){.flazy5 .fused3{box-shadow:none;}}",
  "@keyframes fspin{from{transform:rotate(0deg);}to{transform:rotate(360deg);}}",
  "body{margin:0;}",
].join("");

// Griffel's precompiled form: each class name is a string in the module that uses it.
const INITIAL_SCRIPT =
  'const u=__styles({root:{sj55zd:"fused1",B4j52fo:"fused2"},x:{a:"fused3"}},{});__resetStyles("r1abc");';

describe("the first screen's rules of Griffel's stylesheet", () => {
  const out = firstScreenRules(SHEET, [INITIAL_SCRIPT]);

  it("keeps every rule whose class an initial script holds, in the stylesheet's order, states included", () => {
    expect(out).toContain(".r1abc{display:inline-flex;}");
    expect(out.indexOf(".fused1{color:red;}")).toBeLessThan(out.indexOf(".fused1:hover{color:blue;}"));
    expect(out.indexOf(".r1abc")).toBeLessThan(out.indexOf(".fused1"));
  });

  it("drops the rules no initial script can use, and at-rules left empty", () => {
    for (const lazy of [".flazy1", ".flazy2", ".flazy3", ".flazy4"]) expect(out).not.toContain(lazy);
    expect(out).toContain("@media (forced-colors: active){.fused2{border-color:buttontext;}}");
    expect(out.match(/@media/g)).toHaveLength(1);
  });

  it("keeps a rule if any one of its classes is used, and rules that name no class", () => {
    expect(out).toContain(".flazy5 .fused3{box-shadow:none;}");
    expect(out).toContain("@keyframes fspin{from{transform:rotate(0deg);}to{transform:rotate(360deg);}}");
    expect(out).toContain("body{margin:0;}");
  });

  it("keeps the whole stylesheet when every class is used, and only class-free rules when none is", () => {
    const all = firstScreenRules(SHEET, [SHEET]);
    expect(all).toBe(SHEET);
    expect(firstScreenRules(SHEET, ["nothing"])).toBe(
      "@keyframes fspin{from{transform:rotate(0deg);}to{transform:rotate(360deg);}}body{margin:0;}",
    );
  });
});
