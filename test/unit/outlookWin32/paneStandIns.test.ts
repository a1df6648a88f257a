import { OUTLOOK_WIN32_EXTERNAL_STAND_IN, withOutlookWin32External } from "../../../dev/server/paneStandIns";

describe("the demo pane page as classic Outlook on Windows opens it", () => {
  it.each([
    ["as written", '<script src="stand-ins/MicrosoftAjax.js"></script><script src="office-js/office.js"></script>'],
    [
      "as the production build minifies it",
      "<script src=stand-ins/MicrosoftAjax.js></script><script src=office-js/office.js></script>",
    ],
  ])("loads the window.external stand-in right before office.js (%s)", (_name, html) => {
    const page = withOutlookWin32External(html);
    const standIn = page.indexOf(OUTLOOK_WIN32_EXTERNAL_STAND_IN);
    expect(standIn).toBeGreaterThan(page.indexOf("MicrosoftAjax.js"));
    expect(standIn).toBeLessThan(page.indexOf("office-js/office.js"));
  });

  it("refuses a page that does not load office.js", () => {
    expect(() => withOutlookWin32External("<script src=other.js></script>")).toThrow(/office\.js/);
  });
});
