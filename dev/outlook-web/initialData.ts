import type { ScenarioProfile } from "../office/scenarios";
import { HOST_PERMISSION_LEVEL, type ManifestPermission } from "./appContext";

/** `HostItemType.AppointmentCompose` in the Outlook host scripts. */
const APPOINTMENT_COMPOSE = 5;

/** The width Outlook on the web reports as `OWAView` for a pane of this size. */
function owaView(width: number): string {
  if (width < 436) return "OneColumnNarrow";
  if (width < 536) return "OneColumn";
  if (width < 780) return "TwoColumns";
  return "ThreeColumns";
}

export interface InitialDataInput {
  profile: ScenarioProfile;
  permission: ManifestPermission;
  windowWidth: number;
}

/**
 * The answer to `GetInitialData` (dispatch id 1): the item open in the form and the mailbox around it, as the
 * Outlook host script reads them (`getInitialDataProp`). A compose form hands out no item properties here: the
 * add-in reads them through the getters.
 */
export function initialDataFor(input: InitialDataInput): Record<string, unknown> {
  const { profile } = input;
  return {
    itemType: APPOINTMENT_COMPOSE,
    permissionLevel: HOST_PERMISSION_LEVEL[input.permission],
    hostVersion: profile.hostVersion,
    owaView: owaView(input.windowWidth),
    userDisplayName: profile.user.displayName,
    userEmailAddress: profile.user.upn,
    userTimeZone: profile.user.timeZone,
    userProfileType: "office365",
    ewsUrl: "https://outlook.office365.com/EWS/Exchange.asmx",
    restUrl: "https://outlook.office.com/api",
    seriesId: profile.seriesId,
    isFromSharedFolder: profile.delegatePermissions !== undefined,
    isRestIdSupported: profile.restIds,
  };
}
