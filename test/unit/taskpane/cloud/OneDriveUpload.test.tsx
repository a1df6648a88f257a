import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { AttachmentInfo, GraphClient, LinkAttachmentInput } from "../../../../src/graph";
import { FileAttachPanel } from "../../../../src/taskpane/components/FileAttachPanel";
import { attachment } from "../list/fakeGraph";
import { renderInSession } from "../support/renderInSession";
import { driveEntry, FakeDrive, FakeUploads } from "./fakeDrive";

const MB = 1024 * 1024;

/** A picked file of `size` bytes without holding them (the pane only reads the size before uploading). */
function bigFile(name: string, size: number): File {
  const file = new File(["x"], name, { type: "video/mp4" });
  Object.defineProperty(file, "size", { value: size });
  return file;
}

function renderPanel(drive: FakeDrive) {
  const links: LinkAttachmentInput[] = [];
  const graph = {
    listAttachments: (): Promise<AttachmentInfo[]> => Promise.resolve([]),
    attachLink: (_ref: unknown, input: LinkAttachmentInput) => {
      links.push(input);
      return Promise.resolve(attachment({ name: input.name, kind: "reference", size: null }));
    },
  } as unknown as GraphClient;
  const harness = renderInSession(<FileAttachPanel onAttachLinkInstead={() => undefined} />, {
    graph,
    drive: (reach) => drive.for(reach),
  });
  return { ...harness, links };
}

function pick(file: File): void {
  fireEvent.change(screen.getByTestId("file-input"), { target: { files: [file] } });
}

describe("a file too large for the meeting goes to OneDrive and is attached as a link", () => {
  test("upload with progress, stop, resume from where it stopped, then the link with the chosen permission", async () => {
    const drive = new FakeDrive();
    const uploads = new FakeUploads(200 * MB);
    uploads.install(drive);
    const { links } = renderPanel(drive);
    pick(bigFile("Site walk.mp4", 200 * MB));
    const row = await screen.findByTestId("file-row");
    expect(within(row).getByTestId("file-error").textContent).toContain("150 MB");
    fireEvent.change(await within(row).findByTestId("upload-kind"), { target: { value: "organizationEdit" } });
    fireEvent.click(within(row).getByTestId("upload-offer"));
    await waitFor(() => expect(uploads.runs).toHaveLength(1));
    act(() => uploads.send(50 * MB));
    expect((await within(row).findByTestId("upload-progress")).textContent).toBe("Uploading to OneDrive: 25%");

    fireEvent.click(within(row).getByTestId("upload-stop"));
    expect((await within(row).findByTestId("upload-stopped")).textContent).toBe(
      "Upload stopped at 25%. Resume goes on from there.",
    );
    fireEvent.click(within(row).getByTestId("upload-resume"));
    await waitFor(() => expect(uploads.runs).toHaveLength(2));
    act(() => uploads.send(150 * MB));
    act(() => uploads.runs[1]?.finish(driveEntry({ name: "Site walk.mp4", id: "item-walk", size: 200 * MB })));
    expect((await within(row).findByTestId("upload-attached")).textContent).toBe(
      "In OneDrive, and attached as a link.",
    );
    expect(uploads.events).toEqual(["start", "pause", `resume from ${50 * MB}`]);
    expect(drive.links.map((link) => link.kind)).toEqual(["edit/organization"]);
    expect(links).toEqual([
      {
        name: "Site walk.mp4",
        sourceUrl: "https://contoso-my.sharepoint.com/:w:/g/personal/megan/item-walk-edit-organization",
        providerType: "oneDriveBusiness",
        permission: "organizationEdit",
        isFolder: false,
      },
    ]);
  });

  test("a refused link kind keeps the uploaded file and offers the kinds that remain", async () => {
    const drive = new FakeDrive();
    drive.refusedKinds.add("view/organization");
    const uploads = new FakeUploads(40 * MB);
    uploads.install(drive);
    const { links } = renderPanel(drive);
    pick(bigFile("Plans.zip", 40 * MB));
    const row = await screen.findByTestId("file-row");
    fireEvent.click(await within(row).findByTestId("upload-offer"));
    await waitFor(() => expect(uploads.runs).toHaveLength(1));
    act(() => uploads.runs[0]?.finish(driveEntry({ name: "Plans.zip", id: "item-plans" })));
    expect((await within(row).findByTestId("upload-link-error")).textContent).toBe(
      "Your organization does not allow this kind of link.",
    );
    const kind = within(row).getByTestId<HTMLSelectElement>("upload-kind");
    // Nothing wider is chosen for the organizer.
    expect(kind.value).toBe("");
    expect(within(row).getByTestId<HTMLButtonElement>("upload-attach-link").disabled).toBe(true);
    expect(within(kind).getByRole<HTMLOptionElement>("option", { name: /can view \(Not allowed/ }).disabled).toBe(true);
    fireEvent.change(kind, { target: { value: "organizationEdit" } });
    fireEvent.click(within(row).getByTestId("upload-attach-link"));
    await within(row).findByTestId("upload-attached");
    expect(uploads.events).toEqual(["start"]);
    expect(links).toMatchObject([{ name: "Plans.zip", permission: "organizationEdit" }]);
  });

  test("a pane without OneDrive offers no upload", async () => {
    const graph = { listAttachments: () => Promise.resolve([]) } as unknown as GraphClient;
    renderInSession(<FileAttachPanel onAttachLinkInstead={() => undefined} />, { graph });
    pick(bigFile("Site walk.mp4", 200 * MB));
    await screen.findByTestId("file-error");
    expect(screen.queryByTestId("upload-offer")).toBeNull();
  });
});
