import { checkLink, MAX_LINK_LENGTH, type LinkProblem } from "../../../../src/taskpane/components/link/checkLink";

function problemOf(text: string): LinkProblem | "ok" {
  const result = checkLink(text);
  return result.ok ? "ok" : result.problem;
}

describe("checkLink refuses, with a specific reason,", () => {
  test.each<[string, LinkProblem]>([
    ["", "empty"],
    ["   \n", "empty"],
    ["http://contoso.sharepoint.com/x.docx", "http"],
    ["HTTP://example.com/", "http"],
    ["javascript:alert(document.cookie)", "javascript"],
    ["JavaScript://%0Aalert(1)", "javascript"],
    ["vbscript:msgbox(1)", "javascript"],
    ["data:text/html,<script>alert(1)</script>", "data"],
    ["data:application/pdf;base64,JVBERi0=", "data"],
    ["ftp://files.example.com/a.zip", "otherScheme"],
    ["file:///C:/Users/megan/Plan.docx", "otherScheme"],
    ["mailto:megan@contoso.com", "otherScheme"],
    ["contoso.sharepoint.com/sites/x/Plan.docx", "noScheme"],
    ["www.example.com:443/x", "noScheme"],
    ["//contoso.sharepoint.com/x", "noScheme"],
    ["https://contoso.sharepoint.com/Shared Documents/Plan.docx", "whitespace"],
    ["https://example.com/a\tb", "whitespace"],
    ["https://example.com/a\nb", "whitespace"],
    ["https://example.com/a\u0000b", "invisibleCharacters"],
    ["https://example.com/\u202Excod.exe", "invisibleCharacters"],
    ["https://exam\u200Bple.com/x", "invisibleCharacters"],
    ["https://", "noHost"],
    ["https:///contoso.sharepoint.com/x", "noHost"],
    ["https:/contoso.sharepoint.com/x", "noHost"],
    ["https:contoso.sharepoint.com/x", "noHost"],
    ["https:\\\\contoso.sharepoint.com\\x", "noHost"],
    ["https://?x=1", "noHost"],
    ["https://megan:secret@contoso.sharepoint.com/x", "credentials"],
    ["https://megan@contoso.sharepoint.com/x", "credentials"],
    ["https://exa mple.com", "whitespace"],
    ["https://example.com:99999/x", "invalid"],
    ["https://[::1/x", "invalid"],
    ["https://exa<mple.com/", "invalid"],
  ])("%j: %s", (text, problem) => {
    expect(problemOf(text)).toBe(problem);
  });

  test(`links longer than ${MAX_LINK_LENGTH} characters`, () => {
    const base = "https://contoso.sharepoint.com/";
    expect(problemOf(base + "a".repeat(MAX_LINK_LENGTH - base.length))).toBe("ok");
    expect(problemOf(base + "a".repeat(MAX_LINK_LENGTH - base.length + 1))).toBe("tooLong");
  });

  test("a link that only grows past the limit once the parser escapes it", () => {
    const base = "https://example.com/";
    // Each "é" is one character typed, six once percent-encoded.
    const text = base + "é".repeat(400);
    expect(text.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(problemOf(text)).toBe("tooLong");
  });
});

describe("checkLink accepts https links", () => {
  test("and gives the link to send and the host to show", () => {
    const result = checkLink("  https://contoso.sharepoint.com/sites/Team/Plan.docx?web=1  ");
    expect(result).toMatchObject({
      ok: true,
      href: "https://contoso.sharepoint.com/sites/Team/Plan.docx?web=1",
      displayHost: "contoso.sharepoint.com",
    });
  });

  test("with upper-case scheme and host, normalised by the URL parser", () => {
    expect(checkLink("HTTPS://Contoso.SharePoint.com/x")).toMatchObject({
      ok: true,
      href: "https://contoso.sharepoint.com/x",
    });
  });

  test("with an IDN host: shown decoded, sent in Punycode", () => {
    const result = checkLink("https://bücher.example/Katalog 2025.pdf".replace(" ", "%20"));
    expect(result).toMatchObject({
      ok: true,
      href: "https://xn--bcher-kva.example/Katalog%202025.pdf",
      displayHost: "bücher.example",
    });
  });

  test("pasted in Punycode: shown decoded as well", () => {
    expect(checkLink("https://xn--bcher-kva.example/")).toMatchObject({ ok: true, displayHost: "bücher.example" });
  });

  test.each([
    "https://1drv.ms/w/s!AbCdEfGh12345",
    "https://www.dropbox.com/scl/fi/abc/Report.pdf?rlkey=x&dl=0",
    "https://contoso.sharepoint.com/:f:/r/sites/Team/Shared%20Documents/Plans?csf=1&web=1",
    "https://example.com:8443/path#section",
    "https://192.0.2.10/share/file.pdf",
    "https://[2001:db8::1]/share/file.pdf",
  ])("%s", (text) => {
    expect(problemOf(text)).toBe("ok");
  });
});
