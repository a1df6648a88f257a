/**
 * Microsoft's online manifest validation, run through `office-addin-manifest validate`.
 *
 * The command posts the manifest to Microsoft's validation service and prints a report. Its exit code is not a
 * reliable verdict (some versions print errors and still exit 0), so the printed report is parsed instead.
 * Reachability is probed first with a short timeout, so an offline machine skips the check quickly.
 */
import { execFile } from "node:child_process";

export const VALIDATION_SERVICE_URL = "https://validationgateway.omex.office.net/package/api/check";

export type OnlineVerdict =
  | { kind: "valid"; warnings: string[] }
  | { kind: "invalid"; errors: string[]; warnings: string[] }
  | { kind: "unavailable"; reason: string };

export type Reachability = { reachable: true } | { reachable: false; reason: string };

export interface CommandResult {
  output: string;
  exitCode: number | null;
}

/** Removes terminal colour codes, which the command prints when it thinks it writes to a terminal. */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, "");
}

/** Collects the numbered blocks the command prints, e.g. "Error #1:" followed by its detail lines. */
function numberedBlocks(lines: string[], heading: RegExp): string[] {
  const blocks: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!heading.test(lines[i] ?? "")) continue;
    const detail: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const line = (lines[j] ?? "").trim();
      if (line === "" || heading.test(line) || /^(Error|Warning) #\d+:/.test(line)) break;
      detail.push(line);
    }
    blocks.push(detail.join(" ").trim() || "(no details given)");
  }
  return blocks;
}

/** Turns the command's printed report (stdout and stderr together) into a verdict. */
export function parseValidatorOutput(rawOutput: string, exitCode: number | null): OnlineVerdict {
  const output = stripAnsi(rawOutput);
  const lines = output.split(/\r?\n/);

  const contact = lines.findIndex((line) => line.includes("Unable to contact the manifest validation service"));
  if (contact !== -1) {
    const reason = (lines[contact + 1] ?? "").trim();
    return { kind: "unavailable", reason: reason === "" ? "the service could not be contacted" : reason };
  }

  const unable = lines.findIndex((line) => line.includes("Unable to validate the manifest"));
  if (unable !== -1) {
    const status = Number((lines[unable + 1] ?? "").trim());
    const statusText = (lines[unable + 2] ?? "").trim();
    const answer = `the service answered HTTP ${Number.isFinite(status) ? status : "?"} ${statusText}`.trim();
    // Server trouble or throttling says nothing about the manifest; any other refusal is about the manifest.
    if (!Number.isFinite(status) || status >= 500 || status === 408 || status === 429) {
      return { kind: "unavailable", reason: answer };
    }
    return { kind: "invalid", errors: [`The validation service refused the manifest: ${answer}.`], warnings: [] };
  }

  const errors = numberedBlocks(lines, /^\s*Error #\d+:\s*$/);
  const warnings = numberedBlocks(lines, /^\s*Warning #\d+:\s*$/);
  if (errors.length > 0 || output.includes("The manifest is not valid.")) {
    return {
      kind: "invalid",
      errors: errors.length > 0 ? errors : ["The validation service reported the manifest as not valid."],
      warnings,
    };
  }
  if (output.includes("The manifest is valid.")) {
    return { kind: "valid", warnings };
  }
  const lastLine =
    lines
      .map((line) => line.trim())
      .filter((line) => line !== "")
      .pop() ?? "no output";
  return {
    kind: "unavailable",
    reason: `office-addin-manifest gave no verdict (exit code ${exitCode ?? "none"}): ${lastLine}`,
  };
}

function field(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

/** A short reason for a failed probe. Duck-typed, since errors may come from another realm. */
export function describeNetworkError(error: unknown, timeoutMs: number): string {
  const name = field(error, "name");
  if (name === "TimeoutError" || name === "AbortError") return `no answer within ${timeoutMs} ms`;
  const cause = field(error, "cause");
  const causeMessage = field(cause, "message");
  if (typeof causeMessage === "string") {
    const code = field(cause, "code");
    return typeof code === "string" && !causeMessage.includes(code) ? `${code}: ${causeMessage}` : causeMessage;
  }
  const message = field(error, "message");
  return typeof message === "string" ? message : String(error);
}

/** Whether the validation service answers at all (any HTTP status counts), within `timeoutMs`. */
export async function probeValidationService(
  timeoutMs = 3000,
  fetchImpl: typeof fetch = fetch,
  url = VALIDATION_SERVICE_URL,
): Promise<Reachability> {
  try {
    const response = await fetchImpl(url, { method: "HEAD", signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return { reachable: true };
  } catch (error) {
    return { reachable: false, reason: describeNetworkError(error, timeoutMs) };
  }
}

/** Runs `npx office-addin-manifest validate <file>` and returns everything it printed. */
export function runValidatorCommand(manifestPath: string, timeoutMs = 120_000): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      "npx",
      ["--no-install", "office-addin-manifest", "validate", manifestPath],
      { timeout: timeoutMs, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" }, maxBuffer: 10 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const exitCode = error === null ? 0 : typeof error.code === "number" ? error.code : null;
        const failure = error !== null && typeof error.code !== "number" ? `\n${error.message}` : "";
        resolve({ output: `${stdout}\n${stderr}${failure}`, exitCode });
      },
    );
  });
}

export interface OnlineCheckDependencies {
  probe: () => Promise<Reachability>;
  run: (manifestPath: string) => Promise<CommandResult>;
}

/** Probes the service, then validates online only when it answers. */
export async function runOnlineCheck(
  manifestPath: string,
  dependencies: OnlineCheckDependencies = {
    probe: () => probeValidationService(),
    run: (path) => runValidatorCommand(path),
  },
): Promise<OnlineVerdict> {
  const reachability = await dependencies.probe();
  if (!reachability.reachable) {
    return {
      kind: "unavailable",
      reason: `${new URL(VALIDATION_SERVICE_URL).host} is unreachable (${reachability.reason})`,
    };
  }
  const result = await dependencies.run(manifestPath);
  return parseValidatorOutput(result.output, result.exitCode);
}
