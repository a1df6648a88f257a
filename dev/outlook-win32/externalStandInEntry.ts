/** Entry of `stand-ins/OutlookWin32External.js` in the demo build (see installExternalStandIn.ts). */
import { installExternalStandIn } from "./installExternalStandIn";

installExternalStandIn(window);
