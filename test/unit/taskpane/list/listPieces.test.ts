import { storageLabel } from "../../../../src/taskpane/components/list/attachmentKind";
import { totalSize } from "../../../../src/taskpane/components/list/totalSize";

describe("totalSize", () => {
  it("adds Graph's sizes, counting unreported ones as nothing", () => {
    expect(totalSize([])).toBe(0);
    expect(totalSize([{ size: 1000 }, { size: null }, { size: 24 }])).toBe(1024);
  });
});

describe("storageLabel", () => {
  it.each([
    ["oneDriveBusiness", "list.provider.oneDriveBusiness"],
    ["oneDriveConsumer", "list.provider.oneDriveConsumer"],
    ["dropbox", "list.provider.dropbox"],
    ["other", "list.provider.other"],
    ["someFutureProvider", "list.provider.other"],
    [undefined, "list.kind.reference"],
  ])("%s is told as %s", (providerType, expected) => {
    expect(storageLabel(providerType === undefined ? {} : { providerType })).toBe(expected);
  });
});
