/**
 * jsdom leaves out TextEncoder and TextDecoder, which ky (under src/graph) reads when it loads; Node has them.
 * Run before every test of the "dom" project.
 */
import { TextDecoder, TextEncoder } from "node:util";

Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom has the <dialog> element but not its methods; these play the part of them the pane relies on (the open
// state). Focus, inertness and Escape are the browser's, and the end-to-end tests check them in Chromium.
if (typeof HTMLDialogElement !== "undefined" && typeof HTMLDialogElement.prototype.showModal !== "function") {
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement): void {
      this.setAttribute("open", "");
    },
    close(this: HTMLDialogElement): void {
      if (!this.hasAttribute("open")) return;
      this.removeAttribute("open");
      this.dispatchEvent(new Event("close"));
    },
  });
}
