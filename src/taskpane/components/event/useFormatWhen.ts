import { useCallback } from "react";
import { useIntl } from "react-intl";
import type { EventSummary } from "../../../graph";
import { eventWhen } from "./eventWhen";

/** "When" of an event in the organizer's language and zone; all-day events as dates. Empty when Graph gave none. */
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
      const date =
        when.first.getTime() === when.last.getTime()
          ? intl.formatDate(when.first, { dateStyle: "medium", timeZone: "UTC" })
          : intl.formatDateTimeRange(when.first, when.last, { dateStyle: "medium", timeZone: "UTC" });
      return intl.formatMessage({ id: "event.pick.allDay" }, { date });
    },
    [intl, iana],
  );
}
