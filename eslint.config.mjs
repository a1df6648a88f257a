// ESLint flat config: Microsoft's office-addins rules (as office-addin-lint sets them up, React flavour) plus typed
// TypeScript rules. The office-addins preset bundles its own copy of the @typescript-eslint plugin and parser; they
// are swapped for typescript-eslint's, which ESLint would otherwise refuse as a second definition of the plugin.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

const officeAddinsReact = officeAddins.configs.react.map((config) => {
  if (!config.plugins?.["@typescript-eslint"]) return config;
  const { ["@typescript-eslint"]: _bundled, ...plugins } = config.plugins;
  const { parser: _parser, ecmaVersion: _ecmaVersion, ...languageOptions } = config.languageOptions ?? {};
  return { ...config, plugins, languageOptions };
});

/**
 * The layers' import rules (README, "How it works"): a relative import that reaches one of `folders` is refused,
 * with the reason. Only `src/`'s top folders have these names, so a path segment tells which layer is reached.
 */
function layerRule(folders, why) {
  return [
    "error",
    {
      patterns: folders.map((folder) => ({
        regex: `^\\.{1,2}/(?:.*/)?${folder}(?:/|$)`,
        message: `${why} (${folder === "dev" ? "dev/ is the stand-ins" : `src/${folder}`}).`,
      })),
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      ".demo-build/**",
      ".demo-build-*/**",
      "coverage/**",
      "node_modules/**",
      ".tmp/**",
      "**/*.js",
      "**/*.cjs",
      "**/*.mjs",
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  ...officeAddinsReact,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // TypeScript checks names itself; ESLint's no-undef does not know DOM, Node or Jest globals.
      "no-undef": "off",
      "no-unused-vars": "off",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: ["dev/**", "scripts/**", "bench/**", "test/**"],
    rules: { "no-console": "off" },
  },
  // Later entries replace earlier ones for the files they name, so each repeats what it inherits.
  {
    files: ["src/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": layerRule(["dev"], "Shipped code never imports the stand-ins") },
  },
  {
    files: ["src/auth/**/*.ts", "src/office/**/*.ts"],
    rules: {
      "no-restricted-imports": layerRule(
        ["taskpane", "dev"],
        "Sign-in and the Outlook adapter are used by the taskpane and know nothing of it",
      ),
    },
  },
  {
    files: ["src/graph/**/*.ts"],
    rules: {
      "no-restricted-imports": layerRule(
        ["auth", "office", "taskpane", "dialog", "dev"],
        "The Graph client takes a token function and knows neither sign-in, Outlook nor the UI",
      ),
    },
  },
  {
    files: ["src/shared/**/*.ts"],
    rules: {
      "no-restricted-imports": layerRule(
        ["graph", "auth", "office", "taskpane", "dialog", "dev"],
        "Shared code is what the layers have in common and imports none of them",
      ),
    },
  },
);
