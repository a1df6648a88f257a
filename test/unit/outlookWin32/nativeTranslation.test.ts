import { createMeetingDraft } from "../../../dev/office/meetingDraft";
import { SCENARIO_PROFILES } from "../../../dev/office/scenarios";
import { composeItemMethods, DISPATCH_ID } from "../../../dev/outlook-web/composeItemMethods";
import { hostError, hostNotSupported, hostValue } from "../../../dev/outlook-web/hostResponses";
import { createNativeDispatcher } from "../../../dev/outlook-win32/nativeDispatcher";
import { NATIVE_PARAMETER_ORDER, namedParametersFromNative } from "../../../dev/outlook-win32/nativeParameters";
import { NATIVE_ERROR, nativeResultOf } from "../../../dev/outlook-win32/nativeResults";

// The native parameter lists below are what outlook-win32-16.02.js's convertToOutlookNativeParameters builds for
// each dispatch id: positional values, then (when there is anything to add) one JSON object.

describe("native parameters become Outlook on the web's named ApiParams", () => {
  it.each([
    ["getTime (start)", DISPATCH_ID.getTime, [1], { TimeProperty: 1 }],
    [
      "getTime (end), with office.js's item number",
      DISPATCH_ID.getTime,
      [2, '{"itemNumber":"3"}'],
      { TimeProperty: 2 },
    ],
    ["getSubject: no parameters at all", DISPATCH_ID.getSubject, null, {}],
    ["getItemId: only the item number", DISPATCH_ID.getItemId, ['{"itemNumber":"1"}'], {}],
    ["saveAsync", DISPATCH_ID.save, null, {}],
    [
      "addFileAttachmentFromBase64Async",
      148,
      ["QUJD", "agenda.txt", false],
      { base64String: "QUJD", name: "agenda.txt", isInline: false },
    ],
    ["getAttachmentsAsync", 149, null, {}],
    ["addItemAttachmentAsync", 19, ["AAMkAD=", "Kickoff"], { itemId: "AAMkAD=", name: "Kickoff" }],
  ] as const)("%s", (_name, dispId, params, expected) => {
    expect(namedParametersFromNative(dispId, params)).toEqual(expected);
  });

  it("keeps what a getter's JSON object carries besides the item number", () => {
    expect(namedParametersFromNative(DISPATCH_ID.getOrganizer, ['{"itemNumber":"2","isRest":true}'])).toEqual({
      isRest: true,
    });
  });

  it("ignores a trailing value that is not a JSON object", () => {
    expect(namedParametersFromNative(DISPATCH_ID.getTime, [1, "not json"])).toEqual({ TimeProperty: 1 });
    expect(namedParametersFromNative(DISPATCH_ID.getSubject, ["[1,2]"])).toEqual({});
  });

  it("knows no layout for a dispatch id it was not told about", () => {
    expect(namedParametersFromNative(999, [1, 2])).toBeNull();
  });

  it("has a layout for every dispatch id the compose item answers", () => {
    const delegate = SCENARIO_PROFILES.delegate;
    const answered = Object.keys(composeItemMethods(delegate, createMeetingDraft(delegate))).map(Number);
    expect(answered.length).toBeGreaterThanOrEqual(Object.keys(DISPATCH_ID).length);
    for (const dispId of answered) expect(NATIVE_PARAMETER_ORDER[dispId]).toBeDefined();
  });
});

describe("HostResponse becomes the native result office.js deserializes", () => {
  it("a value: the response as JSON, then error code 0", () => {
    expect(nativeResultOf(hostValue("Project kickoff"))).toEqual({
      values: ['{"data":"Project kickoff"}', 0],
      resultCode: 0,
    });
  });

  it("an Outlook error: an empty response, then its code", () => {
    expect(nativeResultOf(hostError(9046))).toEqual({ values: ["{}", 9046], resultCode: 0 });
  });

  it("a method the host lacks: a bare error code, operation not supported", () => {
    expect(nativeResultOf(hostNotSupported())).toEqual({ values: [NATIVE_ERROR.operationNotSupported], resultCode: 0 });
  });
});

describe("the native dispatcher answers like Outlook on the web", () => {
  const profile = SCENARIO_PROFILES["cached-delay"];
  const setup = () => {
    const draft = createMeetingDraft(profile);
    const execute = createNativeDispatcher(composeItemMethods(profile, draft), () => ({ itemType: 5 }));
    return { draft, execute };
  };

  beforeEach(() => jest.spyOn(console, "warn").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it("dispatch id 1: the initial data itself, not wrapped in data", async () => {
    expect(await setup().execute(1, null)).toEqual({ values: ['{"itemType":5}', 0], resultCode: 0 });
  });

  it("getters answer from the meeting", async () => {
    const { draft, execute } = setup();
    expect(await execute(DISPATCH_ID.getSubject, null)).toEqual({
      values: [JSON.stringify({ data: draft.fields.subject }), 0],
      resultCode: 0,
    });
    expect(await execute(DISPATCH_ID.getTime, [2])).toEqual({
      values: [JSON.stringify({ data: draft.fields.end.getTime() }), 0],
      resultCode: 0,
    });
  });

  it("getItemIdAsync fails with ItemNotSaved until saveAsync", async () => {
    const { execute } = setup();
    expect(await execute(DISPATCH_ID.getItemId, null)).toEqual({ values: ["{}", 9046], resultCode: 0 });
    const saved = await execute(DISPATCH_ID.save, null);
    const { data } = JSON.parse(String(saved.values[0])) as { data: string };
    expect(await execute(DISPATCH_ID.getItemId, ['{"itemNumber":"1"}'])).toEqual({
      values: [JSON.stringify({ data }), 0],
      resultCode: 0,
    });
  });

  it.each([
    ["an unknown dispatch id", 999],
    ["a known layout the compose item does not answer yet", 149],
  ])("%s: operation not supported", async (_name, dispId) => {
    expect(await setup().execute(dispId, [])).toEqual({
      values: [NATIVE_ERROR.operationNotSupported],
      resultCode: 0,
    });
  });
});
