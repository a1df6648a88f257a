// Unit and contract tests run under @swc/jest (type checking is `npm run typecheck`'s job).
// Packages that ship ES modules only (ky, p-limit, react-intl, parts of msw) are transformed too.
const transform = {
  "^.+\\.m?(t|j)sx?$": [
    "@swc/jest",
    {
      jsc: {
        parser: { syntax: "typescript", tsx: true },
        transform: { react: { runtime: "automatic" } },
        target: "es2022",
      },
    },
  ],
};
// The alias webpack.config.js and tsconfig.json give MSAL's dist folder (src/auth/msalNestedAppAuth.ts).
const moduleNameMapper = { "^msal-browser-dist/(.*)$": "<rootDir>/node_modules/@azure/msal-browser/dist/$1" };
const transformIgnorePatterns = [
  "/node_modules/(?!(@azure/msal-browser|ky|p-limit|yocto-queue|react-intl|@formatjs|intl-messageformat|rettime|until-async|@open-draft/deferred-promise)/)",
];

module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/{unit,contract,manifest}/**/*.test.ts"],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      setupFiles: ["<rootDir>/test/support/jsdomGlobals.ts"],
      testMatch: ["<rootDir>/test/unit/**/*.test.tsx"],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
    },
  ],
  collectCoverageFrom: ["src/graph/**/*.ts", "src/auth/**/*.ts", "src/office/**/*.ts"],
  coverageThreshold: {
    "./src/graph/": { lines: 90, branches: 90 },
    "./src/auth/": { lines: 90, branches: 90 },
    "./src/office/": { lines: 90, branches: 90 },
  },
};
