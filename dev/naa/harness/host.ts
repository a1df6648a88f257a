/**
 * Harness page playing Outlook on the web around the add-in: frames frame.html (on another origin when
 * `frame=` says so) and runs the broker that answers the add-in's nested app auth.
 *
 * Query: frame=<address of frame.html>, authFail=<failure> and authFailMode=always (see brokerFailures.ts).
 */
import { startDemoBroker } from "../demo/hostBroker";

const params = new URLSearchParams(window.location.search);
const frameUrl = new URL(params.get("frame") ?? "/naa-harness-frame.html", window.location.href);
frameUrl.searchParams.set("hostOrigin", window.location.origin);
if (params.get("authFail") === "noBridge") frameUrl.searchParams.set("bridge", "none");

const iframe = document.createElement("iframe");
iframe.title = "Add-in";
iframe.src = frameUrl.href;
startDemoBroker(window, { frame: iframe, addinOrigin: frameUrl.origin });
document.body.append(iframe);
