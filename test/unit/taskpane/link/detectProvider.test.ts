import { detectProvider } from "../../../../src/taskpane/components/link/detectProvider";

describe("detectProvider", () => {
  test.each([
    // SharePoint and OneDrive for work or school, in every cloud
    ["https://contoso.sharepoint.com/sites/Finance/Shared%20Documents/Budget.xlsx", "oneDriveBusiness"],
    ["https://contoso-my.sharepoint.com/personal/megan_contoso_com/Documents/Plan.docx", "oneDriveBusiness"],
    ["https://contoso.sharepoint.com/:w:/s/Team/EaBcD123?e=4fGh", "oneDriveBusiness"],
    ["https://contoso.sharepoint.com/:f:/r/sites/Team/Shared%20Documents/Plans", "oneDriveBusiness"],
    ["https://CONTOSO.SharePoint.COM/sites/x", "oneDriveBusiness"],
    ["https://contoso.sharepoint.com./sites/x", "oneDriveBusiness"],
    ["https://agency.sharepoint.us/sites/Ops/Doc.docx", "oneDriveBusiness"],
    ["https://agency-my.sharepoint.us/personal/a/Documents/x.pdf", "oneDriveBusiness"],
    ["https://army.sharepoint-mil.us/sites/x/y.pptx", "oneDriveBusiness"],
    ["https://contoso.sharepoint.cn/sites/x/y.docx", "oneDriveBusiness"],
    ["https://contoso-my.sharepoint.cn/personal/a/Documents/x.pdf", "oneDriveBusiness"],
    // Personal OneDrive
    ["https://onedrive.live.com/redir?resid=ABC123!456&authkey=!XYZ", "oneDriveConsumer"],
    ["https://1drv.ms/w/s!AbCdEfGh12345", "oneDriveConsumer"],
    ["https://1drv.ms/f/c/abc/EgXyZ", "oneDriveConsumer"],
    ["https://onedrive.com/?id=ABC", "oneDriveConsumer"],
    ["https://photos.onedrive.com/share/ABC", "oneDriveConsumer"],
    ["https://d.docs.live.net/abc123/Documents/Book.xlsx", "oneDriveConsumer"],
    // Dropbox
    ["https://www.dropbox.com/scl/fi/abc/Report.pdf?rlkey=x&dl=0", "dropbox"],
    ["https://dropbox.com/s/abc/Slides.pptx", "dropbox"],
    ["https://paper.dropbox.com/doc/Notes--abc", "dropbox"],
    ["https://db.tt/AbCd1234", "dropbox"],
    // Everything else, including look-alikes
    ["https://sharepoint.com/", "other"],
    ["https://contoso.sharepoint.com.example.net/sites/x", "other"],
    ["https://notsharepoint.com/x", "other"],
    ["https://contososharepoint.com/x", "other"],
    ["https://1drv.ms.example.com/x", "other"],
    ["https://notdropbox.com/s/abc", "other"],
    ["https://dropbox.com.evil.example/s/abc", "other"],
    ["https://live.com/x", "other"],
    ["https://drive.google.com/file/d/abc/view", "other"],
    ["https://example.com/sharepoint.com/file.docx", "other"],
    ["https://user.example/?next=https://contoso.sharepoint.com", "other"],
    ["https://xn--bcher-kva.example/Katalog.pdf", "other"],
  ])("%s → %s", (url, provider) => {
    expect(detectProvider(url)).toBe(provider);
  });

  test("accepts a parsed URL as well as text", () => {
    expect(detectProvider(new URL("https://contoso.sharepoint.com/x"))).toBe("oneDriveBusiness");
  });

  test("looks only at the host, whatever the scheme: the link check refuses http separately", () => {
    expect(detectProvider("http://www.dropbox.com/s/abc")).toBe("dropbox");
  });

  test.each(["", "not a link", "contoso.sharepoint.com/sites/x", "https://"])("%j is other", (text) => {
    expect(detectProvider(text)).toBe("other");
  });
});
