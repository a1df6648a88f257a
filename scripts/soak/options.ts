/** Settings of one soak run, from the command line or a test. */
export interface SoakOptions {
  /** Attachments to attempt. */
  count: number;
  /** Seeds the plan, the file bytes and the emulator's fault draws. */
  seed: number;
  /** Largest upload-session file, in MB (10^6 bytes); the smallest is 3.2 MB. */
  maxMb: number;
  /** Attachments each taskpane sends at once, as an organizer dropping a few files does. */
  perTaskpane: number;
  /** The run fails (and is cancelled) after this long. */
  deadlineMs: number;
  /** Printed as the run goes; the CLI passes console.log, tests nothing. */
  log?: (line: string) => void;
}

export const DEFAULT_SOAK_OPTIONS: Omit<SoakOptions, "deadlineMs"> = {
  count: 500,
  seed: 20_240_611,
  maxMb: 20,
  perTaskpane: 3,
};

/** Generous for loopback: a fixed allowance plus a share per attachment and per large megabyte. */
export function defaultDeadlineMs(count: number, maxMb: number): number {
  return 60_000 + count * 400 + count * maxMb * 15;
}

function positiveInteger(name: string, value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed < 1)
    throw new Error(`--${name} must be a positive integer, got "${value}".`);
  return parsed;
}

/** Reads `--count N --seed N --max-mb N --per-taskpane N --deadline-s N` (each optional). */
export function parseSoakArgs(argv: readonly string[]): SoakOptions {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i] ?? "";
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(flag);
    if (!match?.[1]) throw new Error(`Unknown argument "${flag}".`);
    const value = match[2] ?? argv[(i += 1)];
    if (value === undefined) throw new Error(`--${match[1]} needs a value.`);
    values.set(match[1], value);
  }
  const known = new Set(["count", "seed", "max-mb", "per-taskpane", "deadline-s"]);
  for (const name of values.keys()) if (!known.has(name)) throw new Error(`Unknown option --${name}.`);
  const read = (name: string, fallback: number): number => {
    const value = values.get(name);
    return value === undefined ? fallback : positiveInteger(name, value);
  };
  const count = read("count", DEFAULT_SOAK_OPTIONS.count);
  const maxMb = read("max-mb", DEFAULT_SOAK_OPTIONS.maxMb);
  if (maxMb < 4 || maxMb > 150) throw new Error("--max-mb must be between 4 and 150.");
  const deadlineSeconds = values.get("deadline-s");
  return {
    count,
    seed: read("seed", DEFAULT_SOAK_OPTIONS.seed),
    maxMb,
    perTaskpane: read("per-taskpane", DEFAULT_SOAK_OPTIONS.perTaskpane),
    deadlineMs:
      deadlineSeconds === undefined
        ? defaultDeadlineMs(count, maxMb)
        : positiveInteger("deadline-s", deadlineSeconds) * 1000,
  };
}
