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
);
