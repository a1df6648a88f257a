import { readClaimsChallenge } from "../../../src/graph/utils/claimsChallenge";
import { checkHttpsUrl } from "../../../src/graph/utils/httpsUrl";
import { isMidnight, parseLocalDateTime } from "../../../src/graph/utils/localDateTime";
import { readAttachmentIdFromLocation } from "../../../src/graph/utils/locationId";
import { readNextExpectedOffset } from "../../../src/graph/utils/nextExpectedRanges";
import { raceAbort } from "../../../src/graph/utils/abort";

describe("readClaimsChallenge", () => {
  const claims = '{"access_token":{"xms_cc":{"values":["cp1"]}}}';
  it("decodes base64 and base64url claims", () => {
    expect(readClaimsChallenge(`Bearer realm="", error="insufficient_claims", claims="${btoa(claims)}"`)).toBe(claims);
    const url = btoa(claims).replace(/\+/g, "-").replace(/\//g, "_");
    expect(readClaimsChallenge(`Bearer claims="${url}", error="insufficient_claims"`)).toBe(claims);
  });
  it("returns undefined without a usable challenge", () => {
    expect(readClaimsChallenge(null)).toBeUndefined();
    expect(readClaimsChallenge('Bearer realm="", client_id="00000003-0000-0000-c000-000000000000"')).toBeUndefined();
    expect(readClaimsChallenge('Bearer claims="%%%"')).toBeUndefined();
    expect(readClaimsChallenge(`Bearer claims="${btoa("not json")}"`)).toBeUndefined();
  });
});

describe("readNextExpectedOffset", () => {
  it.each<[unknown, number | undefined]>([
    [{ nextExpectedRanges: ["2097152"] }, 2097152],
    [{ NextExpectedRanges: ["4096"] }, 4096],
    [{ nextExpectedRanges: ["0-"] }, 0],
    [{ nextExpectedRanges: ["100-199", "50-"] }, 50],
    [{ nextExpectedRanges: [] }, undefined],
    [{ nextExpectedRanges: ["abc", 5] }, undefined],
    [{}, undefined],
    [null, undefined],
  ])("%j → %s", (body, offset) => {
    expect(readNextExpectedOffset(body)).toBe(offset);
  });
});

describe("readAttachmentIdFromLocation", () => {
  it("reads the documented Location form and a REST path form", () => {
    expect(
      readAttachmentIdFromLocation(
        "https://outlook.office.com/api/v2.0/Users('a@b')/Events('E=')/Attachments('AAMkAtt%3D')",
      ),
    ).toBe("AAMkAtt=");
    expect(readAttachmentIdFromLocation("http://localhost:3001/v1.0/me/events/E/attachments/ATT1=")).toBe("ATT1=");
    expect(readAttachmentIdFromLocation("https://x/Attachments('bad%E0%A4%A')")).toBe("bad%E0%A4%A");
    expect(readAttachmentIdFromLocation(null)).toBeUndefined();
    expect(readAttachmentIdFromLocation("https://x/y")).toBeUndefined();
  });
});

describe("parseLocalDateTime", () => {
  it("accepts Graph's local times and refuses the rest", () => {
    expect(parseLocalDateTime("2016-12-02T18:00:00")).toBe(Date.UTC(2016, 11, 2, 18));
    expect(parseLocalDateTime("2016-12-02T18:00")).toBe(Date.UTC(2016, 11, 2, 18));
    expect(parseLocalDateTime("2016-12-02T18:00:00.5")).toBe(Date.UTC(2016, 11, 2, 18) + 500);
    for (const bad of [
      "2016-12-02",
      "2016-12-02T24:00:00",
      "2016-12-02T10:60",
      "2016-00-10T10:00",
      "2024-02-30T10:00",
      "x",
    ]) {
      expect(parseLocalDateTime(bad)).toBeUndefined();
    }
    expect(parseLocalDateTime("2024-02-29T10:00")).toBeDefined();
  });
  it("knows midnight", () => {
    expect(isMidnight("2024-05-01T00:00:00.0000000")).toBe(true);
    expect(isMidnight("2024-05-01T00:00")).toBe(true);
    expect(isMidnight("2024-05-01T00:30:00")).toBe(false);
  });
});

describe("checkHttpsUrl", () => {
  it("accepts ordinary https links", () => {
    expect(checkHttpsUrl("https://contoso.sharepoint.com/sites/x/Shared%20Documents/a.docx?web=1#top")).toBeUndefined();
  });
});

describe("raceAbort", () => {
  it("passes values and errors through, and wraps non-errors", async () => {
    const controller = new AbortController();
    await expect(raceAbort(Promise.resolve(1), controller.signal)).resolves.toBe(1);
    await expect(raceAbort(Promise.reject(new Error("e")), controller.signal)).rejects.toThrow("e");
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- checks how a non-Error is wrapped
    await expect(raceAbort(Promise.reject("plain"), controller.signal)).rejects.toThrow("plain");
    await expect(raceAbort(Promise.resolve(2), undefined)).resolves.toBe(2);
  });
  it("rejects at once when already aborted", async () => {
    await expect(raceAbort(new Promise(() => undefined), AbortSignal.abort())).rejects.toMatchObject({
      reason: "cancelled",
    });
  });
});
