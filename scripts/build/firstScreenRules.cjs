/**
 * The rules of Griffel's one stylesheet that a page's first screen can use: those whose selector names a class
 * the page's initial scripts hold (Griffel's precompiled styles carry their class names as strings), and every rule
 * that names no class. A rule is kept if any class in its selector appears, so a rule is only ever dropped when no
 * initial script can put any of its classes on an element. The rules keep Griffel's order, so the subset is as
 * sorted as the whole; at-rules left empty are dropped, other at-rules (keyframes, font faces) are kept whole.
 */
const postcss = require("postcss");

const CLASS_NAME = /\.(-?[_a-zA-Z][\w-]*)/g;

/** @param {string} selector */
function classNamesOf(selector) {
  return [...selector.matchAll(CLASS_NAME)].map((match) => match[1]);
}

/** @param {import("postcss").Container} container */
function removeEmptyAtRules(container) {
  container.each((node) => {
    if (node.type !== "atrule" || !node.nodes) return;
    removeEmptyAtRules(node);
    if (node.nodes.length === 0) node.remove();
  });
}

/**
 * @param {string} css the whole stylesheet, as Griffel's extraction wrote it
 * @param {readonly string[]} initialScripts the text of every script the page loads before its first screen
 * @returns {string}
 */
function firstScreenRules(css, initialScripts) {
  const seen = new Map();
  const inInitialScripts = (name) => {
    if (!seen.has(name))
      seen.set(
        name,
        initialScripts.some((script) => script.includes(name)),
      );
    return seen.get(name);
  };
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    // Keyframe steps (`from`, `50%`) belong to their @keyframes, which is kept whole.
    if (rule.parent?.type === "atrule" && /keyframes$/i.test(rule.parent.name)) return;
    const names = classNamesOf(rule.selector);
    if (names.length > 0 && !names.some(inInitialScripts)) rule.remove();
  });
  removeEmptyAtRules(root);
  return root.toString();
}

module.exports = { firstScreenRules, classNamesOf };
