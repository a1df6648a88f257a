/**
 * Harness page playing Outlook on the web around the add-in: frames frame.html (on another origin when
 * `frame=` says so) and runs the broker that answers the add-in's nested app auth.
 *
 * Query: frame=<address of frame.html>, authFail=<failure> and authFailMode=always (see brokerFailures.ts).
 */
import { DEMO_TENANT_ID } from "../../office";
import { DEMO_CLIENT_ID, DEMO_ORGANIZER } from "../../shared/demoIdentity";
import { connectBroker } from "../brokerConnection";
import { brokerFailureFromQuery } from "../brokerFailures";
import { createDemoBroker } from "../demoBroker";
import type { HarnessHostWindow } from "./harnessApi";

// The organizer "reads" the pop-up for a moment before answering it.
const POPUP_ANSWER_MS = 200;

const params = new URLSearchParams(window.location.search);
const failure = brokerFailureFromQuery(window.location.search);
const frameUrl = new URL(params.get("frame") ?? "/naa-harness-frame.html", window.location.href);
frameUrl.searchParams.set("hostOrigin", window.location.origin);
if (failure?.failure === "noBridge") frameUrl.searchParams.set("bridge", "none");

const broker = createDemoBroker({ user: DEMO_ORGANIZER, tenantId: DEMO_TENANT_ID, clientId: DEMO_CLIENT_ID, failure });
const iframe = document.createElement("iframe");
iframe.title = "Add-in";
iframe.src = frameUrl.href;
connectBroker({
  host: window,
  frame: () => iframe.contentWindow,
  frameOrigin: frameUrl.origin,
  broker,
  answerDelayMs: (method) => (method === "GetTokenPopup" ? POPUP_ANSWER_MS : 0),
});
document.body.append(iframe);
(window as HarnessHostWindow).naaHarnessHost = { brokerCalls: () => broker.calls() };
