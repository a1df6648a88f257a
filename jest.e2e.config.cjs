// End-to-end tests: the built demo and taskpane pages in headless Chromium, driven by playwright-core.
// Run after `webpack --env demo` (npm test does both).
const base = require("./jest.config.cjs").projects[0];

module.exports = {
  displayName: "e2e",
  testEnvironment: "node",
  testMatch: ["<rootDir>/test/e2e/**/*.e2e.ts"],
  transform: base.transform,
  transformIgnorePatterns: base.transformIgnorePatterns,
  testTimeout: 60000,
  maxWorkers: 1,
};
