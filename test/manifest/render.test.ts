import { checkManifest } from "../../scripts/manifest/check";
import { normalizeBaseUrl, renderManifest } from "../../scripts/manifest/render";
import { manifestXml, testCodeRequirements } from "./helpers";

describe("renderManifest", () => {
  it("moves every URL to the production base and leaves no development URL behind", () => {
    const rendered = renderManifest(manifestXml, "https://addins.example.com");
    expect(rendered).not.toMatch(/localhost:3000\//);
    expect(rendered).toContain('<SourceLocation DefaultValue="https://addins.example.com/taskpane.html"/>');
    expect(rendered).toContain('<IconUrl DefaultValue="https://addins.example.com/assets/icon-64.png"/>');
    expect(rendered).toContain("<AppDomain>https://addins.example.com</AppDomain>");
    const urls = (xml: string): number => (xml.match(/https:\/\/[^"<\s]+/g) ?? []).length;
    expect(urls(rendered)).toBe(urls(manifestXml));
  });

  it("keeps a path base, and gives AppDomain the origin only", () => {
    const rendered = renderManifest(manifestXml, "https://static.example.com/meeting-attachments/");
    expect(rendered).toContain('DefaultValue="https://static.example.com/meeting-attachments/assets/icon-16.png"');
    expect(rendered).toContain("<AppDomain>https://static.example.com</AppDomain>");
    expect(rendered).not.toContain("meeting-attachments//");
  });

  it("produces a manifest that still passes the check against the new base", () => {
    const rendered = renderManifest(manifestXml, "https://addins.example.com:8443/app");
    const findings = checkManifest(rendered, {
      assetsDir: `${__dirname}/../../assets`,
      codeRequirements: testCodeRequirements,
      baseUrl: "https://addins.example.com:8443/app",
    });
    expect(findings).toEqual([]);
  });

  it("does not touch a longer host that starts like the development base", () => {
    const xml = '<a b="https://localhost:3000/x"/><c d="https://localhost:30001/y"/>';
    expect(renderManifest(xml, "https://p.example.com")).toBe(
      '<a b="https://p.example.com/x"/><c d="https://localhost:30001/y"/>',
    );
  });

  it("escapes XML-special characters and keeps $ literal", () => {
    const rendered = renderManifest('<a b="https://localhost:3000/x"/>', "https://p.example.com/a&b/$1");
    expect(rendered).toBe('<a b="https://p.example.com/a&amp;b/$1/x"/>');
  });

  it("refuses a manifest that has no development URL (already rendered)", () => {
    const once = renderManifest(manifestXml, "https://addins.example.com");
    expect(() => renderManifest(once, "https://other.example.com")).toThrow(/already rendered/);
  });

  it.each([
    ["http://addins.example.com", /https/],
    ["addins.example.com", /not a valid URL/],
    ["https://addins.example.com/?v=1", /query or fragment/],
    ["https://addins.example.com/#top", /query or fragment/],
    ["https://user:pw@addins.example.com", /credentials/],
    ["", /not a valid URL/],
  ])("rejects the base URL %p", (base, message) => {
    expect(() => renderManifest(manifestXml, base)).toThrow(message);
  });
});

describe("normalizeBaseUrl", () => {
  it.each([
    ["https://a.example.com", "https://a.example.com"],
    ["https://a.example.com/", "https://a.example.com"],
    ["https://a.example.com//", "https://a.example.com"],
    ["  https://A.Example.com/app/ ", "https://a.example.com/app"],
    ["https://a.example.com:443/", "https://a.example.com"],
  ])("turns %p into %p", (input, expected) => {
    expect(normalizeBaseUrl(input)).toBe(expected);
  });
});
