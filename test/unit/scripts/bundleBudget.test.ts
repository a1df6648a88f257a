import { initialScripts, initialStylesheets, sessionFiles } from "../../../scripts/check-bundle-budget";

describe("one organizer's session", () => {
  const files = [
    { file: "taskpane.1.js", gzipBytes: 100 },
    { file: "msal.2.js", gzipBytes: 50 },
    { file: "event-picker.3.js", gzipBytes: 5 },
    { file: "dialog.4.js", gzipBytes: 40 },
    { file: "i18n-fr.5.js", gzipBytes: 7 },
    { file: "i18n-ru.6.js", gzipBytes: 9 },
    { file: "i18n-ja.7.js", gzipBytes: 8 },
  ];

  it("counts every chunk but the dialog page's and the other languages', with the heaviest language", () => {
    expect(sessionFiles(files, ["dialog.4.js"])).toEqual([
      "taskpane.1.js",
      "msal.2.js",
      "event-picker.3.js",
      "i18n-ru.6.js",
    ]);
  });

  it("adds a language's every chunk when it has several", () => {
    const split = [...files, { file: "i18n-fr-event.8.js", gzipBytes: 3 }];
    expect(sessionFiles(split, ["dialog.4.js"]).filter((file) => file.startsWith("i18n"))).toEqual([
      "i18n-fr.5.js",
      "i18n-fr-event.8.js",
    ]);
  });

  it("reads the dialog page's scripts as the taskpane's are read", () => {
    const html =
      "<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script><script defer src=dialog.4.js></script>";
    expect(initialScripts(html)).toEqual(["dialog.4.js"]);
  });

  it("reads a page's own stylesheets, quoted or not, and leaves out other sites' and other links", () => {
    const html =
      '<link rel=icon href=assets/icon-32.png><link href=griffel.1.css rel=stylesheet><link rel="stylesheet" href="/theme.2.css"><link rel=stylesheet href=https://cdn.example/x.css>';
    expect(initialStylesheets(html)).toEqual(["griffel.1.css", "theme.2.css"]);
  });

  it("counts a stylesheet in the session like a chunk, and leaves out the dialog page's", () => {
    const withCss = [...files, { file: "griffel.9.css", gzipBytes: 12 }, { file: "dialog.10.css", gzipBytes: 2 }];
    expect(sessionFiles(withCss, ["dialog.4.js", "dialog.10.css"])).toContain("griffel.9.css");
    expect(sessionFiles(withCss, ["dialog.4.js", "dialog.10.css"])).not.toContain("dialog.10.css");
  });
});
