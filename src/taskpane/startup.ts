/** What the start-up script needs of office.js. */
export interface OfficeReadiness {
  onReady(): unknown;
}

/**
 * The pane's first script, about a hundred bytes that run as soon as the page is parsed, while the main script is
 * still arriving and being compiled. Once Outlook has answered, office.js goes on only if the page has asked for
 * `Office.onReady` (or set `Office.initialize`), and otherwise looks again every 50 ms; asking here means it never
 * waits for the main script, which asks again and finds Office ready or nearly so. Without office.js (blocked,
 * offline) it does nothing: the main script says what is wrong.
 */
export function askForOfficeEarly(office: OfficeReadiness | undefined): void {
  office?.onReady();
}

askForOfficeEarly((globalThis as { Office?: OfficeReadiness }).Office);
