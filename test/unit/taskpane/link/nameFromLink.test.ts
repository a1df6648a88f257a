import { nameFromLink } from "../../../../src/taskpane/components/link/nameFromLink";

const nameOf = (text: string): string => nameFromLink(new URL(text));

describe("nameFromLink", () => {
  test.each([
    ["https://contoso.sharepoint.com/sites/Finance/Shared%20Documents/Budget%202025.xlsx", "Budget 2025.xlsx"],
    ["https://contoso.sharepoint.com/sites/Team/Shared%20Documents/Plans/", "Plans"],
    ["https://contoso.sharepoint.com/sites/Team/Plans///", "Plans"],
    ["https://www.dropbox.com/scl/fi/abc123/Report.pdf?rlkey=x&dl=0", "Report.pdf"],
    ["https://example.com/files/R%C3%A9sum%C3%A9.docx#page=2", "Résumé.docx"],
    ["https://example.com/files/Résumé.docx", "Résumé.docx"],
    ["https://example.com/%E6%97%A5%E6%9C%AC%E8%AA%9E.pdf", "日本語.pdf"],
    ["https://example.com/%D7%A9%D7%9C%D7%95%D7%9D.txt", "שלום.txt"],
    ["https://example.com/%F0%9F%93%8A%20Q3.xlsx", "📊 Q3.xlsx"],
    ["https://example.com/a+b.txt", "a+b.txt"],
    ["https://example.com/100%25.txt", "100%.txt"],
    ["https://example.com/a%2Fb.txt", "a/b.txt"],
    ["https://1drv.ms/w/s!AbCdEfGh12345", "s!AbCdEfGh12345"],
    ["https://example.com/%20Notes%20.txt%20", "Notes .txt"],
  ])("%s → %j", (link, name) => {
    expect(nameOf(link)).toBe(name);
  });

  test("a malformed escape keeps the raw segment", () => {
    expect(nameOf("https://example.com/R%E9sum%E9.docx")).toBe("R%E9sum%E9.docx");
    expect(nameOf("https://example.com/100%.txt")).toBe("100%.txt");
    expect(nameOf("https://example.com/bad%ZZname")).toBe("bad%ZZname");
  });

  test("an escape that decodes to a control character keeps the raw segment", () => {
    expect(nameOf("https://example.com/evil%0Aname.txt")).toBe("evil%0Aname.txt");
    expect(nameOf("https://example.com/nul%00.txt")).toBe("nul%00.txt");
  });

  test("a link without a path suggests its host, IDN decoded", () => {
    expect(nameOf("https://contoso.sharepoint.com/")).toBe("contoso.sharepoint.com");
    expect(nameOf("https://xn--bcher-kva.example")).toBe("bücher.example");
  });

  test("a suggestion is cut to the 255 characters Graph accepts, never inside a character", () => {
    const long = nameOf(`https://example.com/${"%F0%9F%98%80".repeat(300)}`);
    expect([...long]).toHaveLength(255);
    expect(long).toBe("😀".repeat(255));
  });

  test("nothing to suggest without a URL", () => {
    expect(nameFromLink(null)).toBe("");
  });
});
