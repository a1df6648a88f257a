import { DEMO_TENANT_ID } from "../../office";
import { DEMO_CLIENT_ID, DEMO_ORGANIZER } from "../../shared/demoIdentity";
import { connectBroker } from "../brokerConnection";
import { brokerFailureFromQuery, declinedConsentFromQuery } from "../brokerFailures";
import { type BrokerCall, createDemoBroker } from "../demoBroker";

// The organizer "reads" the host's pop-up for a moment before answering it.
const POPUP_ANSWER_MS = 400;

export interface DemoBrokerWindow extends Window {
  /** For the end-to-end tests: every bridge request the broker answered, never a token. */
  naaBrokerCalls?: () => BrokerCall[];
}

/**
 * The simulated Outlook's broker for the demo pane in `frame` (on `addinOrigin`), playing the failure the demo's
 * address asks for (`authFail`, `authFailMode`).
 */
export function startDemoBroker(
  win: DemoBrokerWindow,
  options: { frame: HTMLIFrameElement; addinOrigin: string },
): void {
  const broker = createDemoBroker({
    user: DEMO_ORGANIZER,
    tenantId: DEMO_TENANT_ID,
    clientId: DEMO_CLIENT_ID,
    failure: brokerFailureFromQuery(win.location.search),
    declineConsentTo: declinedConsentFromQuery(win.location.search),
  });
  connectBroker({
    host: win,
    frame: () => options.frame.contentWindow,
    frameOrigin: options.addinOrigin,
    broker,
    answerDelayMs: (method) => (method === "GetTokenPopup" ? POPUP_ANSWER_MS : 0),
  });
  win.naaBrokerCalls = () => broker.calls();
}
