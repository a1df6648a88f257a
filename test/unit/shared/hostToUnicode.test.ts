import { domainToUnicode } from "node:url";
import { hostToUnicode } from "../../../src/shared/hostToUnicode";

describe("hostToUnicode", () => {
  test.each([
    "xn--bcher-kva.example",
    "xn--mnchen-3ya.de",
    "xn--fiqs8s.xn--fiqz9s",
    "xn--r8jz45g.jp",
    "xn--80ak6aa92e.com",
    "xn--mgbh0fb.xn--kgbechtv",
    "xn--ls8h.la",
    "sub.xn--caf-dma.example",
    "contoso.sharepoint.com",
  ])("%s decodes as Node's domainToUnicode does", (host) => {
    expect(hostToUnicode(host)).toBe(domainToUnicode(host));
  });

  test("labels that are not valid Punycode stay as they are", () => {
    expect(hostToUnicode("xn--a.example")).toBe("xn--a.example");
    expect(hostToUnicode("xn--99999999999999999.example")).toBe("xn--99999999999999999.example");
    expect(hostToUnicode("xn--ab\u00e9-.example")).toBe("xn--ab\u00e9-.example");
  });
});
