import { useCallback } from "react";
import { useIntl } from "react-intl";
import type { EventSummary } from "../../../graph";
import { eventWhen } from "./eventWhen";

/**
 * "When" of an event in the organizer's language and zone; all-day events as their dates (the caller adds "All
 * day"). Empty when Graph gave no times.
 */
export function useFormatWhen(iana: string): (event: Pick<EventSummary, "start" | "end" | "isAllDay">) => string {
  const intl = useIntl();
  return useCallback(
    (event) => {
      const when = eventWhen(event);
      if (when.kind === "unknown") return "";
      if (when.kind === "timed") {
        return intl.formatDateTimeRange(when.start, when.end, {
          dateStyle: "medium",
          timeStyle: "short",
          timeZone: iana,
        });
      }
      return when.first.getTime() === when.last.getTime()
        ? intl.formatDate(when.first, { dateStyle: "medium", timeZone: "UTC" })
        : intl.formatDateTimeRange(when.first, when.last, { dateStyle: "medium", timeZone: "UTC" });
    },
    [intl, iana],
  );
}
