import { AuthError } from "../../../src/auth/AuthError";
import { NaaTokenSource } from "../../../src/auth/naaTokenSource";
import { FakeNestedClient, fakeMsalModule, PANE_MSAL_CONFIGURATION as CONFIGURATION } from "./fakes";

describe("the nested app authentication source without a host bridge", () => {
  const client = new FakeNestedClient();
  client.noBridge = true;
  const msal = fakeMsalModule(client);
  const source = new NaaTokenSource(msal.load, () => CONFIGURATION);

  it("says the host brokers nothing, and asks MSAL once", async () => {
    await expect(source.isHostBrokered()).resolves.toBe(false);
    await expect(source.isHostBrokered()).resolves.toBe(false);
    expect(msal.configurations).toHaveLength(1);
  });

  it("refuses a silent or pop-up request with a sign-in error rather than failing on a missing client", async () => {
    const request = { scopes: ["Calendars.ReadWrite"], forceRefresh: false, hints: { personal: false } };
    await expect(source.silent(request)).rejects.toBeInstanceOf(AuthError);
    await expect(source.popup(request)).rejects.toMatchObject({ reason: "unknown" });
    expect(client.methods()).toEqual([]);
  });
});
