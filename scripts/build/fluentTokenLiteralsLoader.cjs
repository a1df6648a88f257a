/**
 * webpack loader for Fluent UI's own modules. Their makeStyles calls ship precompiled, but a few style modules
 * still read theme tokens at their top level, outside those calls (the button's Firefox box-shadow width, the
 * input's and the select's paddings by size). Those reads kept Fluent's whole token map (467 names, 29 KB raw)
 * in the first screen's script, shared with the lazy chunks. Every token is a fixed string, the CSS variable
 * Fluent's theme sets (`var(--spacingHorizontalM)`), so the loader writes the value from Fluent's own map in
 * place of each read: the map then has no reader left and leaves the bundle, and the values cannot drift from
 * Fluent's. Only modules that import `tokens` from Fluent are touched, and only names the map has.
 */
const { tokens } = require("@fluentui/tokens");

const IMPORTS_TOKENS = /import\s*\{[^}]*\btokens\b[^}]*\}\s*from\s*["']@fluentui\/(?:react-theme|tokens)["']/;
// `tokens.name`, not `something.tokens.name`.
const TOKEN_READ = /(?<![\w$.])tokens\.([A-Za-z_$][\w$]*)/g;

/** @param {string} source */
module.exports = function fluentTokenLiterals(source) {
  if (!IMPORTS_TOKENS.test(source)) return source;
  return source.replace(TOKEN_READ, (read, name) =>
    Object.prototype.hasOwnProperty.call(tokens, name) ? JSON.stringify(tokens[name]) : read,
  );
};
