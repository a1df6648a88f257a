import type { Page } from "playwright-core";

/** Everything that went wrong on a page and its frames, in words a failing assertion can show. */
export interface PageProblems {
  /** `securitypolicyviolation` events, as "directive blocked-URL" (every frame). */
  readonly cspViolations: string[];
  /** Uncaught exceptions, thrown strings included ("Not able to load MicrosoftAjax.js."). */
  readonly pageErrors: string[];
  /** console.error messages, Chromium's own ("Refused to load…", "Failed to load resource…") included. */
  readonly consoleErrors: string[];
  /** Requests answered with a status of 400 or more, or not answered at all. */
  readonly failedRequests: string[];
  /** True when any list above has an entry. */
  any(): boolean;
}

const REPORT_VIOLATION = "__reportCspViolation";

/** Starts recording a page's problems; call before the page navigates. */
export async function recordPageProblems(page: Page): Promise<PageProblems> {
  const problems = {
    cspViolations: [] as string[],
    pageErrors: [] as string[],
    consoleErrors: [] as string[],
    failedRequests: [] as string[],
    any(): boolean {
      return [this.cspViolations, this.pageErrors, this.consoleErrors, this.failedRequests].some((list) => list.length);
    },
  };
  await page.exposeBinding(REPORT_VIOLATION, (_source, text: string) => {
    problems.cspViolations.push(text);
  });
  // Init scripts run in every frame before the page's own scripts, whatever the page's policy says.
  await page.addInitScript((name) => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as Record<string, (text: string) => void>)[name];
      report?.(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  }, REPORT_VIOLATION);
  page.on("pageerror", (error) => problems.pageErrors.push(error.message || String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(message.text());
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  page.on("requestfailed", (request) =>
    problems.failedRequests.push(`${request.failure()?.errorText ?? "failed"} ${request.url()}`),
  );
  return problems;
}
