/**
 * The task pane's first-screen stylesheet (scripts/build/firstScreenStylesheetPlugin.cjs), in the demo build in
 * Chromium: the page links only the rules its first screen can use, the first screen looks the same as under the
 * whole stylesheet, and a lazy form is not rendered before the whole stylesheet applies. The production build's
 * pages are read from dist/ (run `npx webpack --mode production` first).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import postcss, { type AtRule } from "postcss";
import { initialStylesheets } from "../../scripts/check-bundle-budget";
import { openDemo, type DemoPage } from "./support/demoPage";
import { useDemoSession } from "./support/demoSession";
import { PRODUCTION_BUILD_DIR } from "./support/servedBuild";

const session = useDemoSession();

/** The href of every stylesheet the pane's document applies, <style> elements left out. */
function appliedStylesheets(page: DemoPage): Promise<string[]> {
  return page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) => (sheet.href ? [new URL(sheet.href).pathname] : [])),
  );
}

/**
 * Every computed property of the elements the pane held at the first call (the same elements at each later call,
 * those still in the document and not animating), keyed by their place in that first tree.
 */
function computedStyles(page: DemoPage): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const held = window as unknown as { elementsCompared?: Element[] };
    held.elementsCompared ??= [...document.body.querySelectorAll("*")];
    const styles: Record<string, string> = {};
    held.elementsCompared.forEach((element, index) => {
      if (!element.isConnected || element.getAnimations({ subtree: false }).length > 0) return;
      const style = getComputedStyle(element);
      for (const property of style)
        styles[`${index} ${element.tagName} ${property}`] = style.getPropertyValue(property);
    });
    return styles;
  });
}

describe("the first screen's stylesheet in the browser", () => {
  it("links only the first screen's rules, prefetches the whole stylesheet, and looks the same under it", async () => {
    const page = await openDemo(session, "host=saved");
    await page.getByTestId("attachment-list").waitFor();
    const applied = await appliedStylesheets(page);
    expect(applied).toEqual([expect.stringMatching(/^\/demo-taskpane\.first-screen\.[0-9a-f]{8}\.css$/)]);
    const whole = await page.evaluate(() => document.querySelector<HTMLLinkElement>("link[rel=prefetch]")?.href ?? "");
    expect(new URL(whole).pathname).toMatch(/^\/griffel\.[0-9a-f]{8}\.css$/);

    const before = await computedStyles(page);
    expect(Object.keys(before).length).toBeGreaterThan(10_000);
    await page.evaluate(
      (href) =>
        new Promise<void>((resolve, reject) => {
          const link = Object.assign(document.createElement("link"), { rel: "stylesheet", href });
          link.onload = () => resolve();
          link.onerror = () => reject(new Error(`${href} did not load`));
          document.head.append(link);
        }),
      whole,
    );
    expect(await appliedStylesheets(page)).toHaveLength(2);
    const after = await computedStyles(page);
    expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before).length * 0.9);
    const changed = Object.keys(after).filter((key) => before[key] !== after[key]);
    expect(changed).toEqual([]);
    await page.close();
  });

  it("applies the whole stylesheet before a lazy form's first render", async () => {
    const page = await openDemo(session, "host=saved");
    await page.getByTestId("attachment-list").waitFor();
    // Notes, at the moment the cloud link form's address field is inserted, which stylesheets apply and whether
    // Fluent's input style (a rule of the whole stylesheet only) is on the field's wrapper.
    await page.evaluate(() => {
      const observer = new MutationObserver(() => {
        const field = document.querySelector('[data-testid="link-url"]');
        if (!field?.parentElement) return;
        observer.disconnect();
        const sheets = [...document.styleSheets].flatMap((sheet) => (sheet.href ? [new URL(sheet.href).pathname] : []));
        const wrapper = getComputedStyle(field.parentElement);
        document.body.dataset.atFirstRender = JSON.stringify({ sheets, display: wrapper.display });
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    await page.getByRole("tab", { name: "Cloud link" }).click();
    await page.getByTestId("link-url").waitFor();
    const atFirstRender = JSON.parse(await page.evaluate(() => document.body.dataset.atFirstRender ?? "{}")) as {
      sheets?: string[];
      display?: string;
    };
    expect(atFirstRender.sheets).toEqual([
      expect.stringMatching(/^\/demo-taskpane\.first-screen\./),
      expect.stringMatching(/^\/griffel\.[0-9a-f]{8}\.css$/),
    ]);
    // The field's wrapper is laid out as it is once everything has settled, not as an unstyled element would be.
    const settled = await page
      .getByTestId("link-url")
      .evaluate((field) => (field.parentElement ? getComputedStyle(field.parentElement).display : ""));
    const unstyled = await page.evaluate(
      (tag) => getComputedStyle(document.body.appendChild(document.createElement(tag))).display,
      await page.getByTestId("link-url").evaluate((field) => field.parentElement?.tagName ?? "div"),
    );
    expect(atFirstRender.display).toBe(settled);
    expect(settled).not.toBe(unstyled);
    await page.close();
  });
});

describe("the first screen's stylesheet in the production build", () => {
  const read = (file: string): string => readFileSync(path.join(PRODUCTION_BUILD_DIR, file), "utf8");

  it("is what taskpane.html links, a subset of the whole stylesheet in its order, which it prefetches", () => {
    const html = read("taskpane.html");
    const [first, ...others] = initialStylesheets(html);
    expect(others).toEqual([]);
    expect(first).toMatch(/^taskpane\.first-screen\.[0-9a-f]{8}\.css$/);
    const whole = /<link rel=prefetch href=(griffel\.[0-9a-f]{8}\.css)>/.exec(html)?.[1];
    expect(whole).toBeDefined();

    // Each style rule with the at-rules around it, in the stylesheet's order.
    const rules = (css: string): string[] => {
      const out: string[] = [];
      postcss.parse(css).walkRules((rule) => {
        let context = "";
        for (let parent = rule.parent; parent && parent.type === "atrule"; parent = parent.parent)
          context = `@${(parent as AtRule).name} ${(parent as AtRule).params} ${context}`;
        out.push(`${context}${rule.toString()}`);
      });
      return out;
    };
    const firstRules = rules(read(first ?? ""));
    const wholeRules = rules(read(whole ?? ""));
    expect(firstRules.length).toBeGreaterThan(50);
    expect(firstRules.length).toBeLessThan(wholeRules.length / 2);
    let next = 0;
    for (const rule of firstRules) {
      const at = wholeRules.indexOf(rule, next);
      expect({ rule, found: at >= 0 }).toEqual({ rule, found: true });
      next = at + 1;
    }
  });
});
