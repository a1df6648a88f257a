/**
 * Runs the bad-input corpus (test/corpus/bad-inputs.json) through the add-in's real checks: every case must end
 * as the corpus says, with a specific message in each of the six languages and no exception nobody expected.
 * Prints the number of cases and outcomes.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createIntl, type IntlShape } from "react-intl";
import { createSimulatedOffice } from "../../../dev/office";
import { toAuthError } from "../../../src/auth";
import {
  AttachmentInputError,
  attachmentsUrl,
  chooseFileRoute,
  createGraphClient,
  EventRefError,
  validateAttachmentName,
} from "../../../src/graph";
import { formatFileSize } from "../../../src/i18n/formatFileSize";
import { loadMessages } from "../../../src/i18n/loadMessages";
import { UI_LOCALES, type UiLocale } from "../../../src/i18n/locales";
import { en, type MessageId } from "../../../src/i18n/messages/en";
import { resolveEvent, supportsMailbox18 } from "../../../src/office";
import { CannotWriteError } from "../../../src/taskpane/CannotWriteError";
import type { ComposeDraft } from "../../../src/taskpane/components/event/composeDraft";
import { validateCompose } from "../../../src/taskpane/components/event/validateCompose";
import { checkLink } from "../../../src/taskpane/components/link/checkLink";
import { linkProblemMessage } from "../../../src/taskpane/components/link/linkMessages";
import { describeError } from "../../../src/taskpane/describeError";
import { precheckFile } from "../../../src/taskpane/precheckFile";

interface Corpus {
  fileNames: { name: string; expect: string }[];
  fileSizes: { bytes: number; expect: string; attachedBytes?: number; pendingBytes?: number; route?: string }[];
  eventDrafts: { change: Partial<ComposeDraft>; expect: "accepted" | Record<string, string> }[];
  links: { url: string; expect: string }[];
  eventIds: { id: string; expect: string }[];
  hostStates: { state: string; expect: string }[];
}

const corpus = JSON.parse(readFileSync(path.resolve("test/corpus/bad-inputs.json"), "utf8")) as Corpus;

/** What a case came to: accepted, or refused with a message (produced for the given language). */
type Outcome =
  { kind: "accepted"; detail?: string } | { kind: "refused"; key: string; message: (intl: IntlShape) => string };

const intls = new Map<UiLocale, IntlShape>();
const tally = new Map<string, number>();

beforeAll(async () => {
  for (const locale of UI_LOCALES) {
    const messages = await loadMessages(locale);
    intls.set(
      locale,
      createIntl({
        locale,
        messages,
        onError: (error) => {
          throw error;
        },
      }),
    );
  }
});

afterAll(() => {
  const lines = [...tally.entries()].sort().map(([outcome, count]) => `  ${String(count).padStart(4)}  ${outcome}`);
  const total = [...tally.values()].reduce((sum, count) => sum + count, 0);
  console.log(`Bad-input corpus: ${total} cases, each checked in ${UI_LOCALES.length} languages\n${lines.join("\n")}`);
});

function message(id: MessageId, values?: Record<string, string>): (intl: IntlShape) => string {
  return (intl) => intl.formatMessage({ id }, values);
}

/** Checks a refusal's message in every language: there, specific, filled in, and translated. */
function expectSpecificMessages(outcome: Outcome): void {
  if (outcome.kind !== "refused") return;
  const english = outcome.message(intls.get("en") as IntlShape);
  const generic = (intls.get("en") as IntlShape).formatMessage({ id: "error.generic" }, { detail: "" });
  expect(english.trim()).not.toBe("");
  expect(english.startsWith(generic.trim())).toBe(false);
  for (const locale of UI_LOCALES) {
    const text = outcome.message(intls.get(locale) as IntlShape);
    expect(text.trim()).not.toBe("");
    expect(text).not.toMatch(/\{[a-z]+\}/i);
    if (locale !== "en") expect(text).not.toBe(english);
  }
}

function record(category: string, outcome: Outcome): void {
  const key = `${category}: ${outcome.kind === "accepted" ? "accepted" : outcome.key}`;
  tally.set(key, (tally.get(key) ?? 0) + 1);
}

function inputRefusal(error: unknown): Outcome {
  if (!(error instanceof AttachmentInputError)) throw error;
  return { kind: "refused", key: error.reason, message: message(`error.input.${error.reason}`) };
}

const label = (text: string): string => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

describe("file names", () => {
  test.each(corpus.fileNames.map((entry) => [label(entry.name), entry] as const))("%s", (_label, entry) => {
    let outcome: Outcome;
    try {
      validateAttachmentName(entry.name);
      outcome = { kind: "accepted" };
    } catch (error) {
      outcome = inputRefusal(error);
    }
    expect(outcome.kind === "accepted" ? "accepted" : outcome.key).toBe(entry.expect);
    expectSpecificMessages(outcome);
    record("file names", outcome);
  });
});

describe("file sizes", () => {
  test.each(corpus.fileSizes.map((entry) => [entry.bytes, entry] as const))("%d bytes", (_bytes, entry) => {
    const file = { size: entry.bytes } as Blob;
    const pending = entry.pendingBytes ? [{ size: entry.pendingBytes } as Blob] : [];
    const pendingBytes = pending.reduce((total, other) => total + other.size, 0);
    const refusal = precheckFile(file, pendingBytes, entry.attachedBytes ?? 0);
    const outcome: Outcome = !refusal
      ? { kind: "accepted", detail: chooseFileRoute("file.bin", entry.bytes) }
      : {
          kind: "refused",
          key: refusal.reason,
          message:
            refusal.reason === "mailboxLimit"
              ? (intl) =>
                  intl.formatMessage(
                    { id: "error.input.mailboxLimit" },
                    { limit: formatFileSize(refusal.limit, intl.locale) },
                  )
              : message(`error.input.${refusal.reason}`),
        };
    expect(outcome.kind === "accepted" ? "accepted" : outcome.key).toBe(entry.expect);
    if (outcome.kind === "accepted" && entry.route) expect(outcome.detail).toBe(entry.route);
    expectSpecificMessages(outcome);
    record("file sizes", outcome);
  });
});

const BASE_DRAFT: ComposeDraft = {
  name: "",
  subject: "Quarterly planning",
  location: "",
  bodyText: "",
  bodyType: "Text",
  isAllDay: false,
  startDate: "2026-12-10",
  startTime: "09:00",
  endDate: "2026-12-10",
  endTime: "10:00",
  timeZone: "Pacific Standard Time",
};

describe("event drafts: dates, times, time zones, names", () => {
  test.each(corpus.eventDrafts.map((entry) => [JSON.stringify(entry.change).slice(0, 80), entry] as const))(
    "%s",
    (_label, entry) => {
      const check = validateCompose({ ...BASE_DRAFT, ...entry.change });
      if (check.ok) {
        expect(entry.expect).toBe("accepted");
        record("event drafts", { kind: "accepted" });
        return;
      }
      const ids = Object.fromEntries(Object.entries(check.problems).map(([field, problem]) => [field, problem?.id]));
      expect(ids).toEqual(entry.expect);
      for (const [field, problem] of Object.entries(check.problems)) {
        if (!problem) continue;
        const outcome: Outcome = {
          kind: "refused",
          key: `${field} ${problem.id}`,
          message: message(problem.id, problem.values),
        };
        expectSpecificMessages(outcome);
        record("event drafts", outcome);
      }
    },
  );
});

describe("links", () => {
  test.each(corpus.links.map((entry) => [label(entry.url), entry] as const))("%s", (_label, entry) => {
    const check = checkLink(entry.url);
    const outcome: Outcome = check.ok
      ? { kind: "accepted" }
      : { kind: "refused", key: check.problem, message: (intl) => linkProblemMessage(check.problem, intl) };
    expect(outcome.kind === "accepted" ? "accepted" : outcome.key).toBe(entry.expect);
    if (check.ok) expect(new URL(check.href).protocol).toBe("https:");
    expectSpecificMessages(outcome);
    record("links", outcome);
  });
});

describe("event ids", () => {
  test.each(corpus.eventIds.map((entry) => [label(entry.id), entry] as const))("%s", (_label, entry) => {
    let outcome: Outcome;
    try {
      const url = new URL(
        attachmentsUrl("https://graph.microsoft.com", "v1.0", { mailbox: { kind: "me" }, eventId: entry.id }),
      );
      // Whatever the id holds stays inside its own path segment.
      expect(url.search).toBe("");
      expect(url.hash).toBe("");
      expect(url.pathname.startsWith("/v1.0/me/events/")).toBe(true);
      expect(url.pathname.endsWith("/attachments")).toBe(true);
      outcome = { kind: "accepted" };
    } catch (error) {
      if (!(error instanceof EventRefError)) throw error;
      outcome = { kind: "refused", key: error.reason, message: (intl) => describeError(error, intl).message };
    }
    expect(outcome.kind === "accepted" ? "accepted" : outcome.key).toBe(entry.expect);
    expectSpecificMessages(outcome);
    record("event ids", outcome);
  });
});

const HOST_STATES: Record<string, () => Promise<Outcome>> = {
  async unsavedDeclined() {
    const office = createSimulatedOffice({ scenario: "new" });
    const resolved = await resolveEvent(office, { confirmSave: () => Promise.resolve(false) });
    expect(resolved).toEqual({ status: "declined" });
    return { kind: "refused", key: "save.declined", message: message("save.declined") };
  },
  async readOnlyDelegate() {
    const office = createSimulatedOffice({ scenario: "delegate-readonly" });
    const resolved = await resolveEvent(office, { confirmSave: () => Promise.resolve(false) });
    if (resolved.status !== "ready" || resolved.canWrite) throw new Error("expected a read-only calendar");
    const error = new CannotWriteError(resolved.owner ?? "");
    return {
      kind: "refused",
      key: "error.office.readOnlyDelegate",
      message: (intl) => describeError(error, intl).message,
    };
  },
  noMailbox18() {
    const office = createSimulatedOffice({ scenario: "no-mailbox-1-8" });
    expect(supportsMailbox18(office)).toBe(false);
    return Promise.resolve({ kind: "refused", key: "meeting.olderOutlook", message: message("meeting.olderOutlook") });
  },
  signInOffline() {
    const error = toAuthError({ errorCode: "no_network_connectivity", errorMessage: "offline" }, false);
    return Promise.resolve({
      kind: "refused",
      key: `error.auth.${error.reason}`,
      message: (intl) => describeError(error, intl).message,
    });
  },
  async graphOffline() {
    const client = createGraphClient({
      getToken: () => Promise.resolve("token"),
      fetch: () => Promise.reject(new TypeError("Failed to fetch")),
      retry: { limit: 0 },
    });
    const error = await client.listAttachments({ mailbox: { kind: "me" }, eventId: "AAMkAGI1AAAt9AHjAAA=" }).then(
      () => new Error("expected a failure"),
      (failure: unknown) => failure,
    );
    return {
      kind: "refused",
      key: `error.graph.${(error as { reason?: string }).reason}`,
      message: (intl) => describeError(error, intl).message,
    };
  },
  async notSynced() {
    const body = { error: { code: "ErrorItemNotFound", message: "The specified object was not found in the store." } };
    const client = createGraphClient({
      getToken: () => Promise.resolve("token"),
      fetch: () =>
        Promise.resolve(new Response(JSON.stringify(body), { status: 404, headers: { "request-id": "r-1" } })),
    });
    const error = await client.listAttachments({ mailbox: { kind: "me" }, eventId: "AAMkAGI1AAAt9AHjAAA=" }).then(
      () => new Error("expected a failure"),
      (failure: unknown) => failure,
    );
    return {
      kind: "refused",
      key: `error.graph.${(error as { reason?: string }).reason}`,
      message: (intl) => describeError(error, intl).message,
    };
  },
};

describe("host states", () => {
  test.each(corpus.hostStates.map((entry) => [entry.state, entry] as const))("%s", async (state, entry) => {
    const run = HOST_STATES[state];
    if (!run) throw new Error(`No runner for host state ${state}`);
    const outcome = await run();
    expect(outcome.kind === "accepted" ? "accepted" : outcome.key).toBe(entry.expect);
    expect(entry.expect in en).toBe(true);
    expectSpecificMessages(outcome);
    record("host states", outcome);
  });
});

test("the corpus has at least 100 cases", () => {
  const count = Object.values(corpus)
    .filter(Array.isArray)
    .reduce((sum, list: unknown[]) => sum + list.length, 0);
  expect(count).toBeGreaterThanOrEqual(100);
});
