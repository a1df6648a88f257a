import {
  DRIVE_ERROR_REASONS,
  DriveRequestError,
  GraphRequestError,
  isDriveRequestError,
  isGraphRequestError,
} from "../../../../src/graph";
import { driveMessageFor, toDriveError } from "../../../../src/graph/drive/driveErrors";
import { driveScopesFor, graphScopesFor } from "../../../../src/auth/scopes";
import { isCancellation, ReasonedError } from "../../../../src/shared/ReasonedError";
import { cancelledError } from "../../../../src/graph/errors/GraphRequestError";

describe("drive error reasons", () => {
  it("each has an English message for logs", () => {
    for (const reason of DRIVE_ERROR_REASONS) expect(driveMessageFor(reason)).toMatch(/\w/);
  });

  it("are ReasonedErrors of their own, apart from Graph's reasons", () => {
    const error = new DriveRequestError("linkKindRefused", "refused", {
      operation: "createLink",
      refused: { type: "edit", scope: "anonymous" },
    });
    expect(error).toBeInstanceOf(ReasonedError);
    expect(isDriveRequestError(error)).toBe(true);
    expect(isDriveRequestError(error, "linkKindRefused")).toBe(true);
    expect(isDriveRequestError(error, "quotaExceeded")).toBe(false);
    expect(isGraphRequestError(error)).toBe(false);
    expect(error).toMatchObject({ name: "DriveRequestError", ownDrive: false, status: undefined });
  });

  it("leave transport failures and other errors as they are; a cancelled drive call is a cancellation", () => {
    const throttled = new GraphRequestError("throttled", "slow down", { status: 429 });
    expect(toDriveError(throttled, { operation: "recent", ownDrive: true })).toBe(throttled);
    const plain = new Error("x");
    expect(toDriveError(plain, { operation: "recent", ownDrive: true })).toBe(plain);
    const network = new GraphRequestError("network", "down");
    expect(toDriveError(network, { operation: "upload", ownDrive: true })).toBe(network);
    expect(isCancellation(cancelledError())).toBe(true);
  });

  it("reads the status and code, not the wording alone", () => {
    const make = (status: number, code: string, message = "") =>
      toDriveError(new GraphRequestError("badRequest", "x", { status, code, graphMessage: message }), {
        operation: "upload",
        ownDrive: false,
      });
    expect(make(413, "requestTooLarge")).toMatchObject({ reason: "fileTooLarge" });
    expect(make(409, "nameAlreadyExists")).toMatchObject({ reason: "nameConflict" });
    expect(make(409, "resourceModified")).toBeInstanceOf(GraphRequestError);
    expect(make(400, "quotaLimitReached")).toMatchObject({ reason: "quotaExceeded" });
    expect(make(507, "insufficientStorage")).toMatchObject({ reason: "quotaExceeded" });
    expect(make(403, "accessDenied", "Access denied")).toMatchObject({ reason: "accessDenied" });
  });
});

describe("drive scopes", () => {
  it("own OneDrive: Files.ReadWrite; sites: Files.ReadWrite.All and Sites.Read.All, qualified in national clouds", () => {
    expect(driveScopesFor({ reach: "ownDrive", cloud: "global" })).toEqual(["Files.ReadWrite"]);
    expect(driveScopesFor({ reach: "sharedDrives", cloud: "global" })).toEqual([
      "Files.ReadWrite.All",
      "Sites.Read.All",
    ]);
    expect(driveScopesFor({ reach: "ownDrive", cloud: "usGovL4" })).toEqual([
      "https://graph.microsoft.us/Files.ReadWrite",
    ]);
  });

  it("leave the calendar scopes as they were", () => {
    expect(graphScopesFor({ sharedCalendar: false, cloud: "global" })).toEqual(["Calendars.ReadWrite"]);
    expect(graphScopesFor({ sharedCalendar: true, cloud: "global" })).toEqual([
      "Calendars.ReadWrite",
      "Calendars.ReadWrite.Shared",
    ]);
  });
});
