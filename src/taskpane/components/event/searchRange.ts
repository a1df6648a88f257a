import type { MessageId } from "../../../i18n/messages/en";
import { addDays, parseDateInput, wallClockMs } from "../../../shared/time/localDates";
import { instantOf, todayIn } from "../../../shared/time/zonedTime";

/** The picker's default period: today and the 30 days after it, in the organizer's zone. */
export function defaultSearchRange(now: number, iana: string): { from: string; to: string } {
  const from = todayIn(now, iana);
  return { from, to: addDays(from, 30) };
}

export type SearchRangeCheck =
  { ok: true; start: Date; end: Date } | { ok: false; field: "from" | "to"; id: MessageId };

/**
 * The period to search, both days included: from midnight starting `from` to midnight ending `to`, in the
 * organizer's zone.
 */
export function checkSearchRange(from: string, to: string, iana: string): SearchRangeCheck {
  const first = parseDateInput(from);
  if (!first.ok) {
    return {
      ok: false,
      field: "from",
      id: first.problem === "missing" ? "event.pick.fromMissing" : "event.error.dateImpossible",
    };
  }
  const last = parseDateInput(to);
  if (!last.ok) {
    return {
      ok: false,
      field: "to",
      id: last.problem === "missing" ? "event.pick.toMissing" : "event.error.dateImpossible",
    };
  }
  if (last.value < first.value) return { ok: false, field: "to", id: "error.input.rangeInvalid" };
  return {
    ok: true,
    start: new Date(instantOf(wallClockMs(first.value), iana)),
    end: new Date(instantOf(wallClockMs(addDays(last.value, 1)), iana)),
  };
}
