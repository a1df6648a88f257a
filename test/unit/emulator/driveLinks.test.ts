import { createGraphEmulator } from "../../../dev/graph";
import { IDS, control, drive, driveErrorOf, driveToken, jsonOf } from "./driveSupport";
import { START, useEmulator } from "./support";

const { emulator } = useEmulator();
const PLAN = `/v1.0/me/drive/items/${IDS.rolloutPlanDocx}/createLink`;
const BRIEF = `/v1.0/drives/${IDS.marketingDrive}/items/${IDS.campaignBriefDocx}/createLink`;

interface PermissionJson {
  "@odata.context": string;
  id: string;
  roles: string[];
  shareId: string;
  hasPassword: boolean;
  link: { type: string; scope: string; webUrl: string; preventsDownload: boolean };
}

async function createLink(path: string, body: unknown, expected = 201): Promise<PermissionJson> {
  const response = await drive("POST", path, { body });
  expect(response.status).toBe(expected);
  return jsonOf<PermissionJson>(response);
}

describe("createLink", () => {
  it("answers 201 with a permission for a new link", async () => {
    const permission = await createLink(PLAN, { type: "view", scope: "organization" });
    expect(permission).toEqual({
      "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#microsoft.graph.permission",
      id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
      roles: ["read"],
      shareId: `u!${Buffer.from(permission.link.webUrl).toString("base64url")}`,
      hasPassword: false,
      link: {
        scope: "organization",
        type: "view",
        webUrl: expect.stringMatching(
          /^https:\/\/contoso-my\.sharepoint\.com\/:w:\/g\/personal\/adele_vance_contoso_example\/E[\w-]{45}\?e=[\w-]{6}$/,
        ) as unknown,
        preventsDownload: false,
      },
    });
  });

  it("answers 200 with the same permission when an equivalent link exists", async () => {
    const first = await createLink(PLAN, { type: "view", scope: "organization" });
    const again = await createLink(PLAN, { type: "view", scope: "organization" }, 200);
    expect(again).toEqual(first);
    const state = await jsonOf<{ links: unknown[] }>(await control("GET", "/drive/state"));
    expect(state.links).toHaveLength(1);
  });

  it("makes one link, with its own URL, per item, type and scope", async () => {
    const view = await createLink(PLAN, { type: "view", scope: "organization" });
    const edit = await createLink(PLAN, { type: "edit", scope: "organization" });
    const anonymous = await createLink(PLAN, { type: "view", scope: "anonymous" });
    const users = await createLink(PLAN, { type: "view", scope: "users" });
    const other = await createLink(`/v1.0/me/drive/items/${IDS.budgetXlsx}/createLink`, {
      type: "view",
      scope: "organization",
    });
    const urls = [view, edit, anonymous, users, other].map((permission) => permission.link.webUrl);
    expect(new Set(urls).size).toBe(5);
    expect(edit.roles).toEqual(["write"]);
    expect(other.link.webUrl).toContain("/:x:/");
  });

  it("uses the organization's default scope when none is given, and view for an empty body", async () => {
    const scoped = await createLink(PLAN, { type: "edit" });
    expect(scoped.link.scope).toBe("organization");
    const empty = await createLink(PLAN, {});
    expect(empty.link).toMatchObject({ type: "view", scope: "organization" });
  });

  it("links a SharePoint library file under the site's path", async () => {
    const permission = await createLink(BRIEF, { type: "view", scope: "organization" });
    expect(permission.link.webUrl).toMatch(/^https:\/\/contoso\.sharepoint\.com\/:w:\/s\/Marketing\/E/);
  });

  it("marks a password-protected anonymous link and refuses a password on another scope", async () => {
    const protectedLink = await createLink(PLAN, { type: "view", scope: "anonymous", password: "s3cret!" });
    expect(protectedLink.hasPassword).toBe(true);
    const response = await drive("POST", PLAN, { body: { type: "view", scope: "organization", password: "x" } });
    expect(response.status).toBe(400);
  });

  it("refuses an unknown type (embed is OneDrive personal only) or scope with 400 invalidRequest", async () => {
    for (const body of [{ type: "embed" }, { type: "view", scope: "everyone" }]) {
      const response = await drive("POST", PLAN, { body });
      expect(response.status).toBe(400);
      expect(await driveErrorOf(response)).toMatchObject({ code: "invalidRequest", message: "Invalid request" });
    }
  });

  it("refuses a file the caller may only read (the deck shared with her)", async () => {
    const response = await drive(
      "POST",
      `/v1.0/drives/${IDS.calendarOwnerDrive}/items/${IDS.boardDeckPptx}/createLink`,
      {
        body: { type: "view", scope: "organization" },
      },
    );
    expect(response.status).toBe(403);
    expect((await driveErrorOf(response)).code).toBe("accessDenied");
  });
});

describe("tenant and site sharing policy", () => {
  async function expectRefused(path: string, body: unknown): Promise<void> {
    const response = await drive("POST", path, { body });
    expect(response.status).toBe(403);
    expect(response.headers.get("SharePoint-CreateSharingLink-Error")).toBe(
      "Sharing by link is not enabled on the web, site, or tenant.",
    );
    expect(await driveErrorOf(response)).toMatchObject({
      code: "notAllowed",
      message: "The feature has been disabled. Please contact your admin to get it enabled.",
    });
  }

  it("refuses anonymous links when the tenant has them off, and allows them again after a reset", async () => {
    expect((await control("PUT", "/drive/link-policy", { tenant: { disabledScopes: ["anonymous"] } })).status).toBe(
      204,
    );
    await expectRefused(PLAN, { type: "view", scope: "anonymous" });
    await expectRefused(BRIEF, { type: "edit", scope: "anonymous" });
    await createLink(PLAN, { type: "view", scope: "organization" });
    expect((await control("POST", "/reset")).status).toBe(204);
    await createLink(PLAN, { type: "view", scope: "anonymous" });
  });

  it("refuses edit links when the tenant has them off", async () => {
    await control("PUT", "/drive/link-policy", { tenant: { disabledTypes: ["edit"] } });
    await expectRefused(PLAN, { type: "edit", scope: "organization" });
    await createLink(PLAN, { type: "view", scope: "organization" });
  });

  it("refuses an existing link's kind too once the policy forbids it", async () => {
    await createLink(PLAN, { type: "view", scope: "anonymous" });
    await control("PUT", "/drive/link-policy", { tenant: { disabledScopes: ["anonymous"] } });
    await expectRefused(PLAN, { type: "view", scope: "anonymous" });
  });

  it("applies a site's organization-only setting to that site alone", async () => {
    await control("PUT", "/drive/link-policy", {
      sites: { [IDS.marketingSite]: { disabledScopes: ["anonymous", "users"] } },
    });
    await expectRefused(BRIEF, { type: "view", scope: "anonymous" });
    await expectRefused(BRIEF, { type: "view", scope: "users" });
    await createLink(BRIEF, { type: "view", scope: "organization" });
    await createLink(PLAN, { type: "view", scope: "anonymous" });
  });

  it("accepts a drive id as the key too", async () => {
    await control("PUT", "/drive/link-policy", { sites: { [IDS.organizerDrive]: { disabledScopes: ["anonymous"] } } });
    await expectRefused(PLAN, { type: "view", scope: "anonymous" });
    await createLink(BRIEF, { type: "view", scope: "anonymous" });
  });

  it("answers a malformed policy with 400 and DELETE restores the options' policy", async () => {
    const bad = await control("PUT", "/drive/link-policy", { tenant: { disabledScopes: ["everyone"] } });
    expect(bad.status).toBe(400);
    await control("PUT", "/drive/link-policy", { tenant: { disabledTypes: ["view", "edit"] } });
    expect((await control("DELETE", "/drive/link-policy")).status).toBe(204);
    await createLink(PLAN, { type: "view", scope: "organization" });
    expect(emulator.drive.linkPolicy).toEqual({});
  });

  it("takes the policy from the emulator's options", async () => {
    const configured = createGraphEmulator({
      now: () => START,
      drive: { linkPolicy: { tenant: { disabledScopes: ["anonymous"] } }, defaultLinkScope: "users" },
    });
    const call = (body: unknown): Promise<Response> =>
      configured.handle(
        new Request(`https://graph.microsoft.com${PLAN}`, {
          method: "POST",
          headers: { Authorization: `Bearer ${driveToken()}`, "Content-Type": "application/json" },
          body: JSON.stringify(body),
        }),
      );
    expect((await call({ type: "view", scope: "anonymous" })).status).toBe(403);
    const fallback = await call({ type: "view" });
    expect(fallback.status).toBe(201);
    expect((await jsonOf<PermissionJson>(fallback)).link.scope).toBe("users");
    const state = await jsonOf<{ linkPolicy: unknown }>(
      await configured.handle(new Request("https://graph.microsoft.com/_emulator/drive/state")),
    );
    expect(state.linkPolicy).toEqual({ tenant: { disabledScopes: ["anonymous"] } });
  });
});
