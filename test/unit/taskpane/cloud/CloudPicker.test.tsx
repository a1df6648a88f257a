import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { AuthError } from "../../../../src/auth";
import type { AttachmentInfo, GraphClient, LinkAttachmentInput } from "../../../../src/graph";
import { CloudPicker } from "../../../../src/taskpane/components/cloud/CloudPicker";
import { attachment } from "../list/fakeGraph";
import { renderInSession } from "../support/renderInSession";
import { driveEntry, FakeDrive } from "./fakeDrive";

/** A Graph client that keeps the links it is given. */
function linkGraph(): { client: GraphClient; links: LinkAttachmentInput[] } {
  const links: LinkAttachmentInput[] = [];
  const client = {
    listAttachments: (): Promise<AttachmentInfo[]> => Promise.resolve([]),
    attachLink: (_ref: unknown, input: LinkAttachmentInput) => {
      links.push(input);
      return Promise.resolve(attachment({ name: input.name, kind: "reference", size: null }));
    },
  } as unknown as GraphClient;
  return { client, links };
}

function renderPicker(drive: FakeDrive) {
  const graph = linkGraph();
  const harness = renderInSession(<CloudPicker />, { graph: graph.client, drive: (reach) => drive.for(reach) });
  return { ...harness, links: graph.links };
}

const AGENDA = driveEntry({ name: "Agenda.docx" });
const REPORTS = driveEntry({ name: "Reports", isFolder: true });
const BUDGET = driveEntry({ name: "Budget.xlsx", size: 1_048_576 });

describe("the OneDrive and SharePoint picker", () => {
  test("asks OneDrive for nothing until it is opened, then lists My files with their size and date", async () => {
    const drive = new FakeDrive();
    drive.folders.set("root", [BUDGET]);
    renderPicker(drive);
    expect(drive.calls).toEqual([]);
    fireEvent.click(screen.getByTestId("cloud-open"));
    const item = await screen.findByRole("button", { name: "Choose Budget.xlsx" });
    expect(drive.calls).toEqual(["ownDrive:children root"]);
    expect(item.getAttribute("aria-pressed")).toBe("false");
    expect(item.getAttribute("aria-description")).toBe("1 MB · modified Jan 2, 2030");
    expect(document.activeElement).toBe(screen.getByTestId("cloud-place-myFiles"));
  });

  test("consent declined in Outlook's window says so, keeps the pane, and Try again asks again", async () => {
    const drive = new FakeDrive();
    drive.folders.set("root", [AGENDA]);
    drive.failFirst.set("ownDrive", new AuthError("userCancelled"));
    renderPicker(drive);
    fireEvent.click(screen.getByTestId("cloud-open"));
    expect((await screen.findByTestId("cloud-consent-declined")).textContent).toContain(
      "Meeting Attachments cannot open your files until you allow it. Nothing was changed.",
    );
    fireEvent.click(screen.getByTestId("cloud-retry"));
    await screen.findByRole("button", { name: "Choose Agenda.docx" });
    expect(drive.calls).toEqual(["ownDrive:children root", "ownDrive:children root"]);
  });

  test("a search with no results says what was searched; an empty search is refused before asking", async () => {
    const drive = new FakeDrive();
    renderPicker(drive);
    fireEvent.click(screen.getByTestId("cloud-open"));
    await screen.findByTestId("cloud-empty");
    fireEvent.click(screen.getByTestId("cloud-search-button"));
    expect(screen.getByRole("alert").textContent).toContain("Type something to search for.");
    fireEvent.change(screen.getByTestId("cloud-search"), { target: { value: "  quarterly plan " } });
    fireEvent.click(screen.getByTestId("cloud-search-button"));
    await waitFor(() =>
      expect(screen.getByTestId("cloud-empty").textContent).toContain(
        "Nothing in your OneDrive matches “quarterly plan”.",
      ),
    );
    expect(drive.calls).toEqual(["ownDrive:children root", "ownDrive:search quarterly plan"]);
  });

  test("opens folders, goes back, and attaches a file as an organization view link by default", async () => {
    const drive = new FakeDrive();
    drive.folders.set("root", [AGENDA, REPORTS]);
    drive.folders.set(REPORTS.id, [BUDGET]);
    const { links } = renderPicker(drive);
    fireEvent.click(screen.getByTestId("cloud-open"));
    const rows = await screen.findAllByTestId("cloud-item");
    // Folders first.
    expect(rows.map((row) => row.getAttribute("aria-label"))).toEqual(["Open Reports", "Choose Agenda.docx"]);
    fireEvent.click(rows[0]);
    fireEvent.click(await screen.findByRole("button", { name: "Choose Budget.xlsx" }));
    expect(screen.getByTestId("cloud-chosen").textContent).toContain("To attach: Budget.xlsx");
    const kinds = within(screen.getByTestId("cloud-kind"));
    expect(kinds.getByLabelText<HTMLInputElement>("People in your organization can view").checked).toBe(true);
    fireEvent.click(screen.getByTestId("cloud-attach"));
    await screen.findByTestId("cloud-result");
    expect(links).toEqual([
      {
        name: "Budget.xlsx",
        sourceUrl: "https://contoso-my.sharepoint.com/:w:/g/personal/megan/item-Budget.xlsx-view-organization",
        providerType: "oneDriveBusiness",
        permission: "organizationView",
        isFolder: false,
      },
    ]);
    fireEvent.click(screen.getByTestId("cloud-up"));
    await screen.findByRole("button", { name: "Open Reports" });
  });

  test("a kind the organization refuses is said, marked, and the next kind is offered; a folder can be attached", async () => {
    const drive = new FakeDrive();
    drive.folders.set("root", [REPORTS]);
    drive.folders.set(REPORTS.id, []);
    drive.refusedKinds.add("view/organization");
    const { links } = renderPicker(drive);
    fireEvent.click(screen.getByTestId("cloud-open"));
    fireEvent.click(await screen.findByRole("button", { name: "Open Reports" }));
    expect((await screen.findByTestId("cloud-empty")).textContent).toContain("This folder is empty.");
    fireEvent.click(screen.getByTestId("cloud-share-folder"));
    fireEvent.click(screen.getByTestId("cloud-attach"));
    expect((await screen.findByTestId("cloud-refused")).textContent).toContain(
      "Your organization does not allow links where people in your organization can view.",
    );
    const kinds = within(screen.getByTestId("cloud-kind"));
    expect(kinds.getByLabelText<HTMLInputElement>(/People in your organization can view/).disabled).toBe(true);
    // Nothing wider is chosen for the organizer; the keyboard is on the first kind still allowed.
    expect(screen.getByTestId<HTMLButtonElement>("cloud-attach").disabled).toBe(true);
    expect(document.activeElement).toBe(kinds.getByLabelText("People in your organization can edit"));
    fireEvent.click(kinds.getByLabelText("Anyone with the link can view"));
    fireEvent.click(screen.getByTestId("cloud-attach"));
    await screen.findByTestId("cloud-result");
    expect(drive.links.map((link) => link.kind)).toEqual(["view/organization", "view/anonymous"]);
    expect(links).toMatchObject([{ name: "Reports", permission: "anonymousView", isFolder: true }]);
  });

  test("sites and their libraries use the wider reach; a personal OneDrive offers only anyone links", async () => {
    const drive = new FakeDrive();
    drive.sites = [
      {
        id: "contoso.sharepoint.com,1,2",
        name: "Project Falcon",
        webUrl: "https://contoso.sharepoint.com/sites/falcon",
      },
    ];
    drive.libraries = [
      {
        id: "drive-falcon",
        name: "Documents",
        driveType: "documentLibrary",
        webUrl: null,
        provider: "oneDriveBusiness",
      },
    ];
    drive.folders.set("drive-falcon", []);
    drive.recentItems = [driveEntry({ name: "Holiday.jpg", driveType: "personal", provider: "oneDriveConsumer" })];
    renderPicker(drive);
    fireEvent.click(screen.getByTestId("cloud-open"));
    await screen.findByTestId("cloud-empty");
    fireEvent.click(screen.getByTestId("cloud-place-recent"));
    fireEvent.click(await screen.findByRole("button", { name: "Choose Holiday.jpg" }));
    const kinds = within(screen.getByTestId("cloud-kind"));
    expect(kinds.getByLabelText<HTMLInputElement>(/People in your organization can view/).disabled).toBe(true);
    expect(kinds.getByLabelText<HTMLInputElement>("Anyone with the link can view").checked).toBe(true);
    fireEvent.click(screen.getByTestId("cloud-place-sites"));
    fireEvent.click(await screen.findByRole("button", { name: "Open Project Falcon" }));
    fireEvent.click(await screen.findByRole("button", { name: "Open Documents" }));
    await screen.findByTestId("cloud-empty");
    expect(drive.calls).toEqual([
      "ownDrive:children root",
      "ownDrive:recent",
      "sharedDrives:sites",
      "sharedDrives:drives contoso.sharepoint.com,1,2",
      "sharedDrives:children drive-falcon",
    ]);
  });
});
