import { seededRandom } from "../shared/seededRandom";

/** Deterministic fault injection: scripted rules for unit tests, a seeded random mix for soak tests. */
export type Fault =
  | { kind: "status"; status: number; code?: string; message?: string; retryAfter?: string | null }
  /** The connection drops before the server acted. */
  | { kind: "drop" }
  /** The server performed the operation, then the connection dropped before the answer arrived. */
  | { kind: "lostResponse" }
  /** A slow link: the request is handled after `ms` milliseconds. */
  | { kind: "delay"; ms: number }
  /**
   * Continuous access evaluation: 401 with a claims challenge in `WWW-Authenticate` (`error="insufficient_claims"`,
   * `claims` the base64 of the JSON text given here), as Graph answers a CP1 client whose token was revoked.
   */
  | { kind: "claimsChallenge"; claims: string }
  /**
   * The answer, and the answer to the browser's preflight, carries no CORS headers, so a browser page on another
   * origin cannot send the request (preflighted) or read its answer: to the page it is a network failure. The
   * request is otherwise handled as usual; clients outside a browser are not affected. Checked apart from the other
   * rules, so it combines with them.
   */
  | { kind: "corsRefused" };

export interface FaultRule {
  match?: { method?: string; path?: RegExp | string };
  /** How many matching requests the rule hits; unlimited when omitted. */
  times?: number;
  fault: Fault;
}

export interface RandomFaultRates {
  throttle429?: number;
  throttle429NoRetryAfter?: number;
  unavailable503?: number;
  drop?: number;
  lostResponse?: number;
}

export interface FaultStats {
  /** Faults injected by rules or at random. */
  total: number;
  status: number;
  drop: number;
  lostResponse: number;
  delay: number;
  claimsChallenge: number;
  /** Requests and preflights answered without CORS headers. */
  corsRefused: number;
  /** Injected status faults by HTTP status. */
  byStatus: Record<string, number>;
  /** 429s from the mailbox concurrency limit (not injected, but counted here for soak reports). */
  concurrencyThrottled: number;
}

interface ActiveRule {
  method: string | null;
  path: RegExp | null;
  remaining: number;
  fault: Fault;
}

function emptyStats(): FaultStats {
  return {
    total: 0,
    status: 0,
    drop: 0,
    lostResponse: 0,
    delay: 0,
    claimsChallenge: 0,
    corsRefused: 0,
    byStatus: {},
    concurrencyThrottled: 0,
  };
}

export class FaultInjector {
  private rules: ActiveRule[] = [];
  private random: { next: () => number; rates: Required<RandomFaultRates> } | null = null;
  private readonly revokedTokens = new Set<string>();
  private counts = emptyStats();

  /** Adds a rule; rules are tried in the order they were added, and the first one that matches applies. */
  inject(rule: FaultRule): void {
    const path = rule.match?.path;
    this.rules.push({
      method: rule.match?.method?.toUpperCase() ?? null,
      path: path === undefined ? null : typeof path === "string" ? new RegExp(path) : path,
      remaining: rule.times ?? Number.POSITIVE_INFINITY,
      fault: rule.fault,
    });
  }

  /** For every request no rule matches, draws one fault (or none) with the given probabilities. */
  randomly(options: { seed: number; rates: RandomFaultRates }): void {
    const rates = options.rates;
    this.random = {
      next: seededRandom(options.seed),
      rates: {
        throttle429: rates.throttle429 ?? 0,
        throttle429NoRetryAfter: rates.throttle429NoRetryAfter ?? 0,
        unavailable503: rates.unavailable503 ?? 0,
        drop: rates.drop ?? 0,
        lostResponse: rates.lostResponse ?? 0,
      },
    };
  }

  /** Makes the emulator answer this token with 401 "Lifetime validation failed, the token is expired." */
  expireToken(token: string): void {
    this.revokedTokens.add(token);
  }

  isTokenRevoked(token: string): boolean {
    return this.revokedTokens.has(token);
  }

  /** Removes every rule, the random mix and revoked tokens, and zeroes the counts. */
  clear(): void {
    this.rules = [];
    this.random = null;
    this.revokedTokens.clear();
    this.counts = emptyStats();
  }

  stats(): FaultStats {
    return { ...this.counts, byStatus: { ...this.counts.byStatus } };
  }

  /** The fault for this request, if any; consumes one use of the rule that matched. CORS refusals are not here. */
  pick(method: string, path: string): Fault | null {
    const rule = this.findRule(method, path, (fault) => fault.kind !== "corsRefused");
    if (rule) {
      rule.remaining -= 1;
      return this.count(rule.fault);
    }
    const drawn = this.draw();
    return drawn ? this.count(drawn) : null;
  }

  /**
   * Whether this request (or, for a preflight, the request it asks about: pass its Access-Control-Request-Method)
   * is to be answered without CORS headers; consumes one use of the corsRefused rule that matched.
   */
  refusesCors(method: string, path: string): boolean {
    const rule = this.findRule(method, path, (fault) => fault.kind === "corsRefused");
    if (!rule) return false;
    rule.remaining -= 1;
    this.count(rule.fault);
    return true;
  }

  recordConcurrencyThrottle(): void {
    this.counts.concurrencyThrottled += 1;
  }

  private findRule(method: string, path: string, kind: (fault: Fault) => boolean): ActiveRule | undefined {
    return this.rules.find(
      (candidate) =>
        candidate.remaining > 0 &&
        kind(candidate.fault) &&
        (candidate.method === null || candidate.method === method.toUpperCase()) &&
        (candidate.path === null || candidate.path.test(path)),
    );
  }

  private draw(): Fault | null {
    if (!this.random) return null;
    const { rates } = this.random;
    const roll = this.random.next();
    const choices: Array<[number, Fault]> = [
      [rates.throttle429, { kind: "status", status: 429, retryAfter: "1" }],
      [rates.throttle429NoRetryAfter, { kind: "status", status: 429, retryAfter: null }],
      [rates.unavailable503, { kind: "status", status: 503 }],
      [rates.drop, { kind: "drop" }],
      [rates.lostResponse, { kind: "lostResponse" }],
    ];
    let threshold = 0;
    for (const [rate, fault] of choices) {
      threshold += rate;
      if (roll < threshold) return fault;
    }
    return null;
  }

  private count(fault: Fault): Fault {
    this.counts.total += 1;
    this.counts[fault.kind] += 1;
    if (fault.kind === "status") {
      const key = String(fault.status);
      this.counts.byStatus[key] = (this.counts.byStatus[key] ?? 0) + 1;
    }
    return fault;
  }
}
