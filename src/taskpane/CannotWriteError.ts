import { ReasonedError } from "../shared/ReasonedError";

/** The organizer can read the calendar the meeting is in, but not change it: nothing may be uploaded. */
export class CannotWriteError extends ReasonedError<"readOnlyCalendar"> {
  override readonly name = "CannotWriteError";

  constructor(readonly owner: string) {
    super("readOnlyCalendar", "The calendar is read-only for this user.");
  }
}
