import { detectIdFormat, toRestId } from "../../../src/office";
import { fakeHost } from "./fakeHost";

describe("detectIdFormat", () => {
  it.each([
    ["AAMkAGI2/Zm+AAA=", "ews"],
    ["AAMkAGI2+AAA=", "ews"],
    ["AAMkAGI2-Zm_AAA=", "rest"],
    ["AAMkAGI2ZmAAA=", "rest"],
    ["AAMk-mixed/AAA=", "unknown"],
    ["has spaces", "unknown"],
    ["AA=A", "unknown"],
    ["", "unknown"],
  ])("%s is %s", (id, format) => {
    expect(detectIdFormat(id)).toBe(format);
  });

  it("treats a non-string as unknown", () => {
    expect(detectIdFormat(undefined as unknown as string)).toBe("unknown");
  });
});

describe("toRestId", () => {
  it("converts EWS ids with REST v2.0 and leaves REST ids alone", () => {
    const host = fakeHost();
    expect(toRestId(host, "AAMk/a+b=")).toBe("AAMk-a_b=");
    expect(host.context.mailbox.convertToRestId).toHaveBeenCalledWith("AAMk/a+b=", "v2.0");
    expect(toRestId(host, "AAMk-a_b=")).toBe("AAMk-a_b=");
    expect(host.context.mailbox.convertToRestId).toHaveBeenCalledTimes(1);
  });

  it("reports a host without convertToRestId as lacking it", () => {
    const host = fakeHost();
    (host.context.mailbox as { convertToRestId?: unknown }).convertToRestId = undefined;
    expect(() => toRestId(host, "AAMk/a+b=")).toThrow(expect.objectContaining({ reason: "notAvailable" }) as Error);
  });
});
