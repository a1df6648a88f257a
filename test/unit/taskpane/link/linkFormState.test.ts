import {
  EMPTY_LINK_FORM,
  linkFormReducer,
  type LinkFormAction,
  type LinkFormState,
} from "../../../../src/taskpane/components/link/linkFormState";

const run = (...actions: LinkFormAction[]): LinkFormState => actions.reduce(linkFormReducer, EMPTY_LINK_FORM);
const paste = (text: string): LinkFormAction => ({ type: "linkChanged", text });

describe("the cloud-link form state", () => {
  test("a pasted link suggests the name", () => {
    expect(run(paste("https://contoso.sharepoint.com/sites/T/Shared%20Documents/Plan%20Q3.docx")).name).toBe(
      "Plan Q3.docx",
    );
  });

  test("a new link replaces a suggested name", () => {
    const state = run(paste("https://example.com/a.pdf"), paste("https://example.com/b.pdf"));
    expect(state.name).toBe("b.pdf");
  });

  test("once the organizer edits the name, a new link keeps it", () => {
    const state = run(
      paste("https://example.com/a.pdf"),
      { type: "nameChanged", text: "Quarterly plan" },
      paste("https://example.com/b.pdf"),
    );
    expect(state).toMatchObject({ name: "Quarterly plan", nameEdited: true });
  });

  test("emptying the name hands it back to the link", () => {
    const state = run(
      paste("https://example.com/a.pdf"),
      { type: "nameChanged", text: "Mine" },
      { type: "nameChanged", text: "" },
      paste("https://example.com/b.pdf"),
    );
    expect(state.name).toBe("b.pdf");
  });

  test("correcting http to https does not blank the suggested name on the way", () => {
    expect(run(paste("http://example.com/a.pdf")).name).toBe("a.pdf");
  });

  test("text that is not a URL suggests no name", () => {
    expect(run(paste("https://example.com/a.pdf"), paste("not a link")).name).toBe("");
  });

  test("the provider follows the link until chosen, and can follow it again", () => {
    const chosen = run({ type: "providerChosen", provider: "dropbox" }, paste("https://example.com/x"));
    expect(chosen.providerChoice).toBe("dropbox");
    expect(linkFormReducer(chosen, { type: "providerDetected" }).providerChoice).toBeNull();
  });

  test("no permission and no folder until the organizer chooses", () => {
    expect(EMPTY_LINK_FORM).toMatchObject({ permission: null, isFolder: false });
    expect(run({ type: "permissionChosen", permission: "organizationEdit" }).permission).toBe("organizationEdit");
    expect(run({ type: "folderChanged", isFolder: true }).isFolder).toBe(true);
  });

  test("link problems show once the form is submitted, not while the organizer is still typing", () => {
    expect(run(paste("http://x")).linkTouched).toBe(false);
    expect(run(paste("http://x"), { type: "submitted" }).linkTouched).toBe(true);
  });

  test("after attaching, everything is cleared for the next link", () => {
    const state = run(
      paste("https://example.com/a.pdf"),
      { type: "nameChanged", text: "Mine" },
      { type: "providerChosen", provider: "other" },
      { type: "permissionChosen", permission: "view" },
      { type: "folderChanged", isFolder: true },
      { type: "submitted" },
      { type: "attached" },
    );
    expect(state).toEqual(EMPTY_LINK_FORM);
  });
});
