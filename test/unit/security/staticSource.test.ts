/**
 * A static check of everything under src/: no HTML injection, no code from strings, no web storage outside the
 * sign-in dialog (whose MSAL cache lives in sessionStorage and is cleared when it closes), no plain-http URLs except
 * loopback ones in comments. Read with the TypeScript parser, so strings and comments are told apart from code.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const SRC = path.resolve(__dirname, "../../../src");
/** The dialog page: MSAL keeps its cache in sessionStorage there, and dialogSignIn clears it (documented there). */
const STORAGE_ALLOWED = [path.join("src", "dialog") + path.sep];
const LOOPBACK_HTTP = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(?=[:/]|$)/;
/** An http URL with a host; the bare scheme ("links starting with http:// are refused") is not one. */
const HTTP_URL = /http:\/\/[A-Za-z0-9[][^\s"'`),]*/g;

export interface Finding {
  file: string;
  line: number;
  rule: string;
  text: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** Every rule broken in one file's text; `file` is relative to the repository. */
export function scanSource(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const add = (node: ts.Node | number, rule: string, snippet: string): void => {
    const position = typeof node === "number" ? node : node.getStart(source);
    const line = source.getLineAndCharacterOfPosition(position).line + 1;
    findings.push({ file, line, rule, text: snippet.slice(0, 80) });
  };
  const storageAllowed = STORAGE_ALLOWED.some((prefix) => file.startsWith(prefix));

  const visit = (node: ts.Node): void => {
    if (ts.isJsxAttribute(node) && node.name.getText(source) === "dangerouslySetInnerHTML") {
      add(node, "dangerouslySetInnerHTML", node.getText(source));
    }
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const name = ts.isPropertyAccessExpression(node)
        ? node.name.text
        : ts.isStringLiteralLike(node.argumentExpression)
          ? node.argumentExpression.text
          : "";
      if (["innerHTML", "outerHTML", "insertAdjacentHTML", "write", "writeln"].includes(name)) {
        const target = node.expression.getText(source);
        if (name.startsWith("write") ? target === "document" : true) add(node, name, node.getText(source));
      }
    }
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isDeclarationName =
        (ts.isPropertySignature(parent) || ts.isPropertyAssignment(parent)) && parent.name === node;
      if (node.text === "eval" && !isDeclarationName) add(node, "eval", parent.getText(source));
      if (node.text === "Function" && (ts.isNewExpression(parent) || ts.isCallExpression(parent))) {
        if (parent.expression === node) add(node, "Function constructor", parent.getText(source));
      }
      if ((node.text === "localStorage" || node.text === "sessionStorage") && !storageAllowed) {
        add(node, node.text, parent.getText(source));
      }
    }
    if (
      ts.isStringLiteralLike(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      for (const match of node.text.matchAll(HTTP_URL)) add(node, "http URL in code", match[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);

  // Comments: only loopback http URLs (the emulator), e.g. "`http://localhost:3001` for the emulator".
  const comments = new Set<string>();
  ts.forEachChild(source, function collect(node) {
    const ranges = [
      ...(ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []),
      ...(ts.getTrailingCommentRanges(text, node.getEnd()) ?? []),
    ];
    for (const range of ranges) comments.add(`${range.pos}:${range.end}`);
    ts.forEachChild(node, collect);
  });
  for (const key of comments) {
    const [start, end] = key.split(":").map(Number) as [number, number];
    for (const match of text.slice(start, end).matchAll(HTTP_URL)) {
      if (!LOOPBACK_HTTP.test(match[0])) add(start + (match.index ?? 0), "http URL in comment", match[0]);
    }
  }
  return findings;
}

describe("static checks of src/", () => {
  const files = sourceFiles(SRC);

  it("finds the source files", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it("breaks none of the rules", () => {
    const findings = files.flatMap((file) => {
      const relative = path.relative(path.resolve(SRC, ".."), file);
      return scanSource(relative, readFileSync(file, "utf8"));
    });
    expect(findings).toEqual([]);
  });

  it("keeps the MSAL cache in memory in the taskpane: sessionStorage is named only by the dialog page", () => {
    const cacheSettings = files.filter((file) => /cacheLocation:\s*"sessionStorage"/.test(readFileSync(file, "utf8")));
    expect(cacheSettings.map((file) => path.relative(SRC, file))).toEqual([path.join("dialog", "index.ts")]);
  });
});

describe("the scanner catches each rule", () => {
  const rules = (file: string, text: string) => scanSource(file, text).map((finding) => finding.rule);

  it("HTML injection", () => {
    expect(rules("src/a.tsx", "const x = <div dangerouslySetInnerHTML={{ __html: s }} />;")).toEqual([
      "dangerouslySetInnerHTML",
    ]);
    expect(rules("src/a.ts", "el.innerHTML = s; el['outerHTML'] = s; el.insertAdjacentHTML('a', s);")).toEqual([
      "innerHTML",
      "outerHTML",
      "insertAdjacentHTML",
    ]);
    expect(rules("src/a.ts", "document.write(s); stream.write(s);")).toEqual(["write"]);
  });

  it("code from strings", () => {
    expect(rules("src/a.ts", "eval(s); const f = new Function('return 1'); Function('x');")).toEqual([
      "eval",
      "Function constructor",
      "Function constructor",
    ]);
    expect(rules("src/a.ts", "type T = { eval: number }; const t: Function | null = null;")).toEqual([]);
  });

  it("web storage outside the dialog", () => {
    expect(rules("src/taskpane/a.ts", "localStorage.setItem('k', v); window.sessionStorage.clear();")).toEqual([
      "localStorage",
      "sessionStorage",
    ]);
    expect(rules(path.join("src", "dialog", "a.ts"), "window.sessionStorage.clear();")).toEqual([]);
    // A cache setting is a string, not storage access; the dialog-only rule for it is checked above.
    expect(rules("src/auth/a.ts", 'const c = { cacheLocation: "memoryStorage" };')).toEqual([]);
  });

  it("plain http URLs", () => {
    expect(rules("src/a.ts", 'const u = "http://contoso.com/x";')).toEqual(["http URL in code"]);
    expect(rules("src/a.ts", "const u = `http://localhost:3000/${p}`;")).toEqual(["http URL in code"]);
    expect(rules("src/a.ts", "// see http://example.com/doc\nconst a = 1;")).toEqual(["http URL in comment"]);
    expect(rules("src/a.ts", "const a = 1; // from http://example.com/doc\n")).toEqual(["http URL in comment"]);
    expect(rules("src/a.ts", "/** e.g. `http://localhost:3001` */\nconst a = 1;")).toEqual([]);
    expect(rules("src/a.ts", 'const u = "https://graph.microsoft.com";')).toEqual([]);
    expect(rules("src/a.ts", 'const m = "Links starting with http:// are refused";')).toEqual([]);
  });
});
