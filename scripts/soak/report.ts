import { soakPassed, type SoakReport } from "./runSoak";

function mb(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The soak's summary, one fact per line. */
export function formatSoakReport(report: SoakReport): string[] {
  const { faults, wire, kinds } = report;
  const injected = Object.entries(faults.byStatus)
    .map(([status, count]) => `${count}×${status}`)
    .join(", ");
  const lines = [
    `seed ${report.options.seed}, ${report.events} events in 2 mailboxes, ${report.options.perTaskpane} at a time per taskpane`,
    `attempted     ${report.attempted} (${kinds.smallFile} small files, ${kinds.largeFile} upload sessions, ` +
      `${kinds.event} events, ${kinds.link} cloud links; ${mb(report.fileBytes)} of file bytes)`,
    `created       ${report.created}`,
    `duplicates    ${report.duplicates}`,
    `lost          ${report.lost}`,
    `misreported   ${report.misreports}`,
    `corrupt       ${report.corrupt}`,
    `strays        ${report.strays}`,
    `gave up       ${report.gaveUp} (after ${report.organizerRetries} organizer retries in all)`,
    `retries       ${wire.repeats} client resends of ${wire.sent} requests; ${wire.networkErrors} network errors`,
    `faults        ${faults.total} injected (${injected || "no statuses"}, ${faults.drop} drops, ` +
      `${faults.lostResponse} lost answers) + ${faults.concurrencyThrottled} mailbox-concurrency 429s`,
    `listeners     ${report.leftListeners} abort listeners left on the shared signal`,
    `token         ${report.tokenRefreshes} forced refreshes after the mid-run expiry`,
    `wall time     ${(report.wallMs / 1000).toFixed(1)} s (deadline ${(report.options.deadlineMs / 1000).toFixed(0)} s` +
      `${report.timedOut ? ", PASSED IT" : ""})`,
  ];
  for (const problem of report.problems) lines.push(`  ${problem.kind}: ${problem.detail}`);
  lines.push(soakPassed(report) ? "PASS" : "FAIL");
  return lines;
}
