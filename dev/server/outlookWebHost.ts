/**
 * The host name the end-to-end tests and the benchmark open the simulated Outlook on the web under: one of Office's
 * domains, which the browser alone resolves to this machine (Chromium's --host-resolver-rules; nothing leaves it).
 * The pane stays on `localhost`, so it is another site than Outlook's page, as the add-in is in Outlook on the web:
 * Chromium runs it in a process of its own and partitions its storage under Outlook's site. The real office.js
 * accepts a host page on Office's domains (*.office.net among them) or on the add-in's own host name.
 */
export const OUTLOOK_WEB_HOST = "simulated-outlook.office.net";

/** A dev server origin (https://localhost:port) as the browser opens Outlook's page. */
export function asOutlookWebOrigin(origin: string): string {
  return origin.replace("//localhost:", `//${OUTLOOK_WEB_HOST}:`);
}
