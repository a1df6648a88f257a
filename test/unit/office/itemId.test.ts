import { detectIdFormat, OfficeHostError, toEwsId, toRestId } from "../../../src/office";
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

function reasonOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof OfficeHostError ? error.reason : undefined;
  }
  return undefined;
}

describe("toEwsId", () => {
  it("converts REST ids with REST v2.0 and leaves EWS ids alone", () => {
    const host = fakeHost();
    const convert = jest.fn((id: string) => id.replace(/-/g, "/").replace(/_/g, "+"));
    host.context.mailbox.convertToEwsId = convert;
    expect(toEwsId(host, "AAMk-a_b=")).toBe("AAMk/a+b=");
    expect(convert).toHaveBeenCalledWith("AAMk-a_b=", "v2.0");
    expect(toEwsId(host, "AAMk/a+b=")).toBe("AAMk/a+b=");
    expect(convert).toHaveBeenCalledTimes(1);
  });

  it.each<[string, unknown]>([
    ["nothing", undefined],
    ["text that is no id", "not an id!"],
  ])("refuses a conversion that gives %s", (_case, answer) => {
    const host = fakeHost();
    host.context.mailbox.convertToEwsId = jest.fn(() => answer as string);
    expect(reasonOf(() => toEwsId(host, "AAMk-a_b="))).toBe("invalidItemId");
  });

  it("types what the conversion throws", () => {
    const host = fakeHost();
    host.context.mailbox.convertToEwsId = jest.fn(() => {
      const error = new Error("Sys.ArgumentException: Value does not fall within the expected range.");
      error.name = "Sys.ArgumentException";
      throw error;
    });
    expect(reasonOf(() => toEwsId(host, "AAMk-a_b="))).toBe("invalidArgument");
  });
});
