import { readFileSync } from "node:fs";
import path from "node:path";
import { tokens } from "@fluentui/tokens";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const fluentTokenLiterals = require("../../../scripts/build/fluentTokenLiteralsLoader.cjs") as (
  source: string,
) => string;

const IMPORT = 'import { tokens } from "@fluentui/react-theme";\n';

function fluentModule(file: string): string {
  return readFileSync(path.join(__dirname, "../../../node_modules/@fluentui", file), "utf8");
}

describe("Fluent's token reads written as the strings they read", () => {
  it("replaces each read in a module that imports Fluent's tokens with the value Fluent's map holds", () => {
    const out = fluentTokenLiterals(
      `${IMPORT}const pad = \`calc(\${tokens.spacingHorizontalM} + 1px)\`;\nconst z = tokens.zIndexPopup;`,
    );
    expect(out).toContain(`calc(\${"var(--spacingHorizontalM)"} + 1px)`);
    // Values with a fallback come through as Fluent wrote them.
    expect(out).toContain(`const z = ${JSON.stringify(tokens.zIndexPopup)};`);
    expect(tokens.zIndexPopup).toMatch(/^var\(--zIndexPopup, \d+\)$/);
  });

  it("leaves other objects' tokens, unknown names and modules that do not import Fluent's tokens alone", () => {
    const other = `${IMPORT}const a = theme.tokens.spacingHorizontalM; const b = tokens.notAToken; const c = mytokens.x;`;
    expect(fluentTokenLiterals(other)).toBe(other);
    const local = "const tokens = { spacingHorizontalM: 1 };\nexport const x = tokens.spacingHorizontalM;";
    expect(fluentTokenLiterals(local)).toBe(local);
  });

  it.each([
    "react-button/lib/components/Button/useButtonStyles.styles.js",
    "react-input/lib/components/Input/useInputStyles.styles.js",
    "react-select/lib/components/Select/useSelectStyles.styles.js",
  ])("leaves no read of the map in Fluent's %s", (file) => {
    const source = fluentModule(file);
    expect(source).toMatch(/(?<![\w$.])tokens\.\w/);
    expect(fluentTokenLiterals(source)).not.toMatch(/(?<![\w$.])tokens\.\w/);
  });
});
