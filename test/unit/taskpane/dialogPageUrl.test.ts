import { dialogPageUrl } from "../../../src/taskpane/dialogPageUrl";

describe("dialogPageUrl", () => {
  it("is dialog.html next to the task pane at the root of an origin", () => {
    expect(dialogPageUrl("https://localhost:3000/taskpane.html")).toBe("https://localhost:3000/dialog.html");
  });

  it("keeps the path the add-in is served under", () => {
    expect(dialogPageUrl("https://contoso.example/tools/meeting-attachments/taskpane.html")).toBe(
      "https://contoso.example/tools/meeting-attachments/dialog.html",
    );
  });

  it("leaves out the query and fragment Outlook adds to the task pane's URL", () => {
    const pane =
      "https://contoso.example/tools/meeting-attachments/taskpane.html" +
      "?_host_Info=Outlook$Web$16.01$en-US$$$$0#&_xdm_Info=conversation|instance|https://outlook.office.com";
    expect(dialogPageUrl(pane)).toBe("https://contoso.example/tools/meeting-attachments/dialog.html");
  });

  it("resolves against a folder URL as well as a page URL", () => {
    expect(dialogPageUrl("https://contoso.example/tools/meeting-attachments/")).toBe(
      "https://contoso.example/tools/meeting-attachments/dialog.html",
    );
  });
});
