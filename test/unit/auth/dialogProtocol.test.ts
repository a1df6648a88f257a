import { buildDialogUrl, parseDialogResult, readDialogRequest } from "../../../src/auth/dialogProtocol";

describe("dialog request", () => {
  it("round-trips scopes, login hint and claims through the query string", () => {
    const url = buildDialogUrl("https://localhost:3000/dialog.html", {
      scopes: [
        "https://graph.microsoft.us/Calendars.ReadWrite",
        "https://graph.microsoft.us/Calendars.ReadWrite.Shared",
      ],
      loginHint: "adele+test@contoso.example",
      claims: '{"access_token":{"xms_cc":{"values":["CP1"]}}}',
    });
    expect(url.startsWith("https://localhost:3000/dialog.html?")).toBe(true);
    expect(readDialogRequest(new URL(url).search)).toEqual({
      scopes: [
        "https://graph.microsoft.us/Calendars.ReadWrite",
        "https://graph.microsoft.us/Calendars.ReadWrite.Shared",
      ],
      loginHint: "adele+test@contoso.example",
      claims: '{"access_token":{"xms_cc":{"values":["CP1"]}}}',
    });
  });

  it("leaves out what was not given, and refuses a request without scopes", () => {
    const url = buildDialogUrl("https://localhost:3000/dialog.html", { scopes: ["Calendars.ReadWrite"] });
    expect(new URL(url).search).toBe("?scopes=Calendars.ReadWrite");
    expect(readDialogRequest(new URL(url).search)).toEqual({ scopes: ["Calendars.ReadWrite"] });
    expect(readDialogRequest("")).toBeNull();
    expect(readDialogRequest("?scopes=")).toBeNull();
  });
});

describe("parseDialogResult", () => {
  it("reads a token message, with expiry as epoch milliseconds or an ISO date", () => {
    expect(
      parseDialogResult(
        JSON.stringify({ type: "token", accessToken: "t", expiresOn: 5, account: { username: "u", name: "N" } }),
      ),
    ).toEqual({
      type: "token",
      accessToken: "t",
      expiresOn: 5,
      account: { username: "u", name: "N" },
    });
    expect(
      parseDialogResult(
        JSON.stringify({
          type: "token",
          accessToken: "t",
          expiresOn: "2025-01-06T10:00:00.000Z",
          account: { username: "u" },
        }),
      ),
    ).toEqual({
      type: "token",
      accessToken: "t",
      expiresOn: Date.UTC(2025, 0, 6, 10),
      account: { username: "u" },
    });
    expect(
      parseDialogResult(JSON.stringify({ type: "token", accessToken: "t", expiresOn: "soon", account: 3 })),
    ).toEqual({
      type: "token",
      accessToken: "t",
      expiresOn: null,
      account: null,
    });
  });

  it("reads an error message, filling missing fields with empty text", () => {
    expect(parseDialogResult(JSON.stringify({ type: "error", errorCode: "user_cancelled", subError: 7 }))).toEqual({
      type: "error",
      name: "",
      errorCode: "user_cancelled",
      errorMessage: "",
      subError: "",
    });
  });

  it.each([
    "",
    "not json",
    "null",
    "[]",
    '"text"',
    '{"type":"token"}',
    '{"type":"token","accessToken":""}',
    '{"type":"other"}',
  ])("ignores %p", (message) => {
    expect(parseDialogResult(message)).toBeNull();
  });
});
