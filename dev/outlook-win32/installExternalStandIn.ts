import { readWin32FrameContext } from "./frameContext";
import { namesOutlookWin32 } from "./frameUrl";
import { createExternalStandIn } from "./externalStandIn";

/**
 * Puts the stand-in `window.external` in place, as Outlook's web view has it before any script runs, when the
 * page was opened by the simulated classic Outlook on Windows: its `_host_Info` names Win32 and its fragment
 * carries the native context. Anywhere else it leaves the page alone.
 */
export function installExternalStandIn(win: Window): boolean {
  if (!namesOutlookWin32(win.location.search) || win.parent === win) return false;
  const frameContext = readWin32FrameContext(win.location.hash);
  if (!frameContext) {
    console.warn("The page names classic Outlook as its host, but its address carries no Outlook context.");
    return false;
  }
  const external = createExternalStandIn({ frame: win, host: win.parent }, frameContext);
  // Chromium's own window.external is replaceable; Outlook's web view puts its object in the same place.
  Object.defineProperty(win, "external", { value: external, configurable: true, writable: true });
  return true;
}
