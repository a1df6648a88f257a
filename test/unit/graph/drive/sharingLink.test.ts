import { graphError, json } from "../support/fakeFetch";
import { GRAPH, driveSetup } from "./support/fakeDrive";

const ITEM = { id: "01ITEM", driveId: "b!lib", driveType: "documentLibrary" as const };

const permission = (link: Record<string, unknown>) => ({
  id: "123ABC",
  roles: ["write"],
  link: { application: { id: "1234", displayName: "Sample Application" }, ...link },
});

describe("createLink", () => {
  it("posts the kind and returns the new link (201)", async () => {
    const { fake, client } = driveSetup(() =>
      json(
        201,
        permission({ type: "edit", scope: "organization", webUrl: "https://contoso.sharepoint.com/:w:/s/x/abc" }),
      ),
    );
    const link = await client.createLink(ITEM, { type: "edit", scope: "organization" });
    expect(fake.requests[0]?.url).toBe(`${GRAPH}/drives/b!lib/items/01ITEM/createLink`);
    expect(fake.requests[0]?.method).toBe("POST");
    expect(JSON.parse(fake.requests[0]?.bodyText ?? "")).toEqual({ type: "edit", scope: "organization" });
    expect(link).toEqual({
      webUrl: "https://contoso.sharepoint.com/:w:/s/x/abc",
      type: "edit",
      scope: "organization",
      created: true,
      permissionId: "123ABC",
    });
  });

  it("an existing link (200) is a success too", async () => {
    const { client } = driveSetup(() =>
      json(
        200,
        permission({ type: "view", scope: "anonymous", webUrl: "https://1drv.ms/A6913278E564460AA616C71B28AD6EB6" }),
      ),
    );
    await expect(client.createLink({ id: "x" }, { type: "view", scope: "anonymous" })).resolves.toMatchObject({
      created: false,
      webUrl: "https://1drv.ms/A6913278E564460AA616C71B28AD6EB6",
    });
  });

  it("describes the link Graph made, when it differs from the one asked for", async () => {
    const { client } = driveSetup(() =>
      json(200, { link: { type: "view", scope: "organization", webUrl: "https://c.example/l" } }),
    );
    await expect(client.createLink({ id: "x" }, { type: "edit", scope: "organization" })).resolves.toMatchObject({
      type: "view",
      scope: "organization",
      permissionId: null,
    });
    const odd = driveSetup(() => json(201, { link: { type: "embed", scope: "users", webUrl: "https://c.example/l" } }));
    await expect(odd.client.createLink({ id: "x" }, { type: "edit", scope: "anonymous" })).resolves.toMatchObject({
      type: "edit",
      scope: "anonymous",
    });
  });

  it("refuses a link that is not https", async () => {
    const { client } = driveSetup(() => json(201, { link: { webUrl: "http://contoso.example/x" } }));
    await expect(client.createLink({ id: "x" }, { type: "view", scope: "anonymous" })).rejects.toMatchObject({
      reason: "unexpectedResponse",
    });
    const none = driveSetup(() => json(201, {}));
    await expect(none.client.createLink({ id: "x" }, { type: "view", scope: "anonymous" })).rejects.toMatchObject({
      reason: "unexpectedResponse",
    });
  });

  it("retries a throttled createLink (the action returns the same link again)", async () => {
    const { fake, client } = driveSetup((_request, index) =>
      index === 0
        ? graphError(429, "activityLimitReached", "throttled", { "Retry-After": "0" })
        : json(201, permission({ type: "view", scope: "organization", webUrl: "https://c.example/l" })),
    );
    await client.createLink(ITEM, { type: "view", scope: "organization" });
    expect(fake.requests).toHaveLength(2);
  });

  it("refuses an unknown kind", async () => {
    const { client } = driveSetup(() => json(201, {}));
    await expect(client.createLink(ITEM, { type: "embed" as "view", scope: "organization" })).rejects.toThrow(
      TypeError,
    );
  });
});

describe("policy refusals keep the refused kind", () => {
  const cases: Array<[string, () => Response, { type: "view" | "edit"; scope: "organization" | "anonymous" }]> = [
    [
      "anonymous links disabled (403, the admin message)",
      () =>
        graphError(403, "accessDenied", "The feature has been disabled. Please contact your admin to get it enabled."),
      { type: "view", scope: "anonymous" },
    ],
    [
      "edit links not allowed (403 notAllowed)",
      () => graphError(403, "notAllowed", "Sharing links with edit permission are not allowed."),
      { type: "edit", scope: "organization" },
    ],
    [
      "external sharing off for the site (400 invalidRequest)",
      () =>
        graphError(
          400,
          "invalidRequest",
          "Sharing with external users is disabled by the sharing policy of this site.",
        ),
      { type: "edit", scope: "anonymous" },
    ],
  ];

  it.each(cases)("%s", async (_title, answer, kind) => {
    const { client } = driveSetup(answer);
    await expect(client.createLink(ITEM, kind)).rejects.toMatchObject({
      name: "DriveRequestError",
      reason: "linkKindRefused",
      operation: "createLink",
      refused: kind,
    });
  });

  it("organization links do not exist on a personal OneDrive: refused without asking", async () => {
    const { fake, client } = driveSetup(() => json(201, {}));
    await expect(
      client.createLink(
        { id: "1312def!9943", driveId: "1312def", driveType: "personal" },
        { type: "view", scope: "organization" },
      ),
    ).rejects.toMatchObject({ reason: "linkKindRefused", refused: { type: "view", scope: "organization" } });
    expect(fake.requests).toHaveLength(0);
  });

  it("an item that cannot be shared at all is not a kind refusal", async () => {
    const { client } = driveSetup(() =>
      graphError(
        400,
        "notSupported",
        "You cannot break inheritance for this item because there are too many items with unique permissions in this list.",
      ),
    );
    await expect(client.createLink(ITEM, { type: "view", scope: "anonymous" })).rejects.toMatchObject({
      reason: "sharingNotSupported",
      refused: undefined,
    });
  });

  it("without the write scope on the user's own item it is consent; on someone else's, access", async () => {
    const own = driveSetup(() => graphError(403, "accessDenied", "Access denied"));
    await expect(own.client.createLink({ id: "mine" }, { type: "view", scope: "organization" })).rejects.toMatchObject({
      reason: "consentRequired",
      ownDrive: true,
    });
    const other = driveSetup(() => graphError(403, "accessDenied", "Access denied"));
    await expect(other.client.createLink(ITEM, { type: "view", scope: "organization" })).rejects.toMatchObject({
      reason: "accessDenied",
      ownDrive: false,
    });
  });

  it("a missing item", async () => {
    const { client } = driveSetup(() => graphError(404, "itemNotFound", "Item not found"));
    await expect(client.createLink(ITEM, { type: "view", scope: "organization" })).rejects.toMatchObject({
      reason: "itemNotFound",
    });
  });
});
