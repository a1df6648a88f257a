import { demoSignInFrom, paneSignInParameters } from "../../../dev/naa/demo/signInChoice";
import { hostOriginFromXdmInfo } from "../../../dev/naa/demo/xdmHostOrigin";
import { outlookWebFrameUrl } from "../../../dev/outlook-web/frameUrl";

const query = (text: string) => new URLSearchParams(text);

describe("which sign-in the demo runs", () => {
  it.each([
    ["", "naa"],
    ["signIn=demo", "demo"],
    ["signIn=naa&authFail=timeout", "naa"],
    // Failures the broker plays stay with nested app auth; the others need the demo sign-in.
    ["authFail=consentRequired", "naa"],
    ["authFail=noBridge", "naa"],
    ["authFail=popupBlocked", "demo"],
    ["authFail=timeout", "demo"],
    ["signIn=other", "naa"],
  ])("%s → %s", (text, expected) => {
    expect(demoSignInFrom(query(text))).toBe(expected);
  });

  it("tells the pane the sign-in chosen, and that the host has no bridge for noBridge", () => {
    expect(paneSignInParameters(query("host=saved"))).toEqual({ signIn: "naa" });
    expect(paneSignInParameters(query("authFail=noBridge"))).toEqual({ signIn: "naa", naaBridge: "none" });
    expect(paneSignInParameters(query("signIn=demo&authFail=noBridge"))).toEqual({ signIn: "demo" });
  });
});

describe("the host's origin as the pane's frame address gives it", () => {
  it("reads it from the _xdm_Info the simulated Outlook on the web writes", () => {
    const frameUrl = outlookWebFrameUrl({
      addinPageUrl: "https://localhost:3000/demo-taskpane.html?graph=x",
      language: "en-US",
      conversationId: "ma-1",
      addinId: "0f5d8a6e-1",
      hostPageUrl: "http://localhost:3001/demo.html",
    });
    expect(hostOriginFromXdmInfo(new URL(frameUrl).hash)).toBe("http://localhost:3001");
  });

  it.each(["", "#", "#&_xdm_Info=", "#&_xdm_Info=ma-1$id$not a url", "#&other=1"])("gives null for %j", (hash) => {
    expect(hostOriginFromXdmInfo(hash)).toBeNull();
  });
});
