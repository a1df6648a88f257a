import { readRecurrenceKind } from "../../../src/office/recurrence";
import { answering, fakeHost, ok } from "./fakeHost";

describe("readRecurrenceKind", () => {
  it("seriesId marks an occurrence even without a recurrence getter", async () => {
    const host = fakeHost();
    host.context.mailbox.item.seriesId = "AAMk/series+";
    delete host.context.mailbox.item.recurrence;
    expect(await readRecurrenceKind(host, host.context.mailbox.item)).toBe("occurrence");
  });

  it("a recurrence pattern without seriesId is the series", async () => {
    const host = fakeHost();
    host.context.mailbox.item.recurrence = {
      getAsync: answering(ok({ recurrenceType: "daily" } as unknown as Office.Recurrence)),
    };
    expect(await readRecurrenceKind(host, host.context.mailbox.item)).toBe("series");
  });

  it("no recurrence API (before Mailbox 1.7) reads as a single meeting", async () => {
    const host = fakeHost();
    delete host.context.mailbox.item.recurrence;
    delete host.context.mailbox.item.seriesId;
    expect(await readRecurrenceKind(host, host.context.mailbox.item)).toBe("single");
  });
});
