import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  describeNetworkError,
  parseValidatorOutput,
  probeValidationService,
  runOnlineCheck,
  stripAnsi,
} from "../../scripts/manifest/onlineCheck";

// validate-unreachable.txt was captured from `office-addin-manifest validate` on a machine without access to the
// service. The service cannot be reached from here, so the other two follow the report format printed by
// office-addin-manifest 3.0.0 (lib/commands.js), colour codes included.
const sample = (name: string): string => readFileSync(join(__dirname, "samples", name), "utf8");

describe("parseValidatorOutput", () => {
  it("reads a passing report, keeping its warnings", () => {
    expect(parseValidatorOutput(sample("validate-valid.txt"), 0)).toEqual({
      kind: "valid",
      warnings: [
        "Warning: Mobile support: The add-in does not declare a MobileFormFactor, so it will not appear in Outlook mobile.",
      ],
    });
  });

  it("fails a report that lists errors even though the command exited 0", () => {
    const verdict = parseValidatorOutput(sample("validate-errors-exit0.txt"), 0);
    expect(verdict.kind).toBe("invalid");
    if (verdict.kind !== "invalid") return;
    expect(verdict.errors).toHaveLength(2);
    expect(verdict.errors[0]).toContain("XML Schema Violation");
    expect(verdict.errors[0]).toContain("SupportsSharedFolder");
    expect(verdict.errors[0]).toContain("Line: 152");
    expect(verdict.errors[1]).toContain("could not be downloaded");
  });

  it("treats an unreachable service as unavailable, with the reason", () => {
    const verdict = parseValidatorOutput(sample("validate-unreachable.txt"), 1);
    expect(verdict).toEqual({
      kind: "unavailable",
      reason: expect.stringContaining("getaddrinfo ENOTFOUND validationgateway.omex.office.net") as unknown,
    });
  });

  it("fails on 'not valid' even without numbered errors", () => {
    expect(parseValidatorOutput("The manifest is not valid.\n", 0)).toEqual({
      kind: "invalid",
      errors: ["The validation service reported the manifest as not valid."],
      warnings: [],
    });
  });

  it("treats a server error answer as unavailable and a client error answer as a finding", () => {
    expect(parseValidatorOutput("Unable to validate the manifest.\n503\nService Unavailable\n", 1)).toEqual({
      kind: "unavailable",
      reason: "the service answered HTTP 503 Service Unavailable",
    });
    const refused = parseValidatorOutput("Unable to validate the manifest.\n400\nBad Request\n", 1);
    expect(refused.kind).toBe("invalid");
  });

  it("does not call output without a verdict a pass", () => {
    const verdict = parseValidatorOutput("npm error could not determine executable to run\n", 1);
    expect(verdict).toEqual({
      kind: "unavailable",
      reason: "office-addin-manifest gave no verdict (exit code 1): npm error could not determine executable to run",
    });
  });

  it("strips colour codes", () => {
    expect(stripAnsi("\u001b[1m\u001b[31mError #1: \u001b[39m\u001b[22m")).toBe("Error #1: ");
  });
});

describe("probeValidationService", () => {
  it("counts any HTTP answer as reachable", async () => {
    const fetchStub: typeof fetch = () => Promise.resolve(new Response(null, { status: 405 }));
    await expect(probeValidationService(50, fetchStub)).resolves.toEqual({ reachable: true });
  });

  it("reports a DNS failure with its code", async () => {
    const failure = Object.assign(new TypeError("fetch failed"), {
      cause: Object.assign(new Error("getaddrinfo ENOTFOUND example.invalid"), { code: "ENOTFOUND" }),
    });
    const fetchStub: typeof fetch = () => Promise.reject(failure);
    await expect(probeValidationService(50, fetchStub)).resolves.toEqual({
      reachable: false,
      reason: "getaddrinfo ENOTFOUND example.invalid",
    });
  });

  it("gives up after the timeout", async () => {
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => {
        // Behaves like fetch: the abort from the timeout signal rejects with a TimeoutError.
        init?.signal?.addEventListener("abort", () =>
          reject(new DOMException("The operation timed out.", "TimeoutError")),
        );
      });
    await expect(probeValidationService(5, hanging)).resolves.toEqual({
      reachable: false,
      reason: "no answer within 5 ms",
    });
  });

  it("describes errors without a cause by their message", () => {
    expect(describeNetworkError(new Error("socket hang up"), 10)).toBe("socket hang up");
    expect(describeNetworkError({ cause: { message: "connect ECONNREFUSED", code: "ECONNREFUSED" } }, 10)).toBe(
      "connect ECONNREFUSED",
    );
    expect(describeNetworkError("odd", 10)).toBe("odd");
  });
});

describe("runOnlineCheck", () => {
  it("skips the command when the service is unreachable", async () => {
    const run = jest.fn();
    const verdict = await runOnlineCheck("manifest.xml", {
      probe: () => Promise.resolve({ reachable: false, reason: "no answer within 3000 ms" }),
      run,
    });
    expect(run).not.toHaveBeenCalled();
    expect(verdict).toEqual({
      kind: "unavailable",
      reason: "validationgateway.omex.office.net is unreachable (no answer within 3000 ms)",
    });
  });

  it("runs the command on the given file and parses what it printed", async () => {
    const run = jest.fn((path: string) => {
      expect(path).toBe("dist/manifest.xml");
      return Promise.resolve({ output: sample("validate-errors-exit0.txt"), exitCode: 0 });
    });
    const verdict = await runOnlineCheck("dist/manifest.xml", {
      probe: () => Promise.resolve({ reachable: true }),
      run,
    });
    expect(run).toHaveBeenCalledTimes(1);
    expect(verdict.kind).toBe("invalid");
  });
});
