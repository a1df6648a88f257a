/** The organizer can read the calendar the meeting is in, but not change it: nothing may be uploaded. */
export class CannotWriteError extends Error {
  override readonly name = "CannotWriteError";

  constructor(readonly owner: string) {
    super("The calendar is read-only for this user.");
  }
}
