/**
 * Fault soak of the Graph client against the Graph emulator over loopback HTTP.
 * Run: npx tsx scripts/soak.ts [--count 500] [--seed N] [--max-mb 20] [--per-taskpane 3] [--deadline-s N]
 * Exits non-zero on any duplicate, loss, misreport, corruption, stray, give-up or timeout.
 */
import { parseSoakArgs } from "./soak/options";
import { formatSoakReport } from "./soak/report";
import { runSoak, soakPassed } from "./soak/runSoak";

async function main(): Promise<void> {
  const options = { ...parseSoakArgs(process.argv.slice(2)), log: (line: string) => console.log(line) };
  console.log(`Soak: ${options.count} attachments, files up to ${options.maxMb} MB, seed ${options.seed}`);
  const report = await runSoak(options);
  for (const line of formatSoakReport(report)) console.log(line);
  if (!soakPassed(report)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
