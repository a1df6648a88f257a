import { fitsForm, type OpenFormPolicy } from "../office";

/**
 * Where each kind of attachment goes. Graph is the path wherever the meeting window edits the server's copy;
 * where the window keeps its own copy (classic Outlook, Outlook on Mac) whatever Office.js can add to the window
 * goes there instead, because the window's send would drop it otherwise. Cloud links and composed events have no
 * Office.js equivalent, and files too large for the window's Base64 limit still go through Graph.
 */
export interface OpenFormRoute {
  formKeepsOwnCopy: boolean;
  fileToWindow(byteLength: number): boolean;
  eventsToWindow: boolean;
  /** Files go through the window at all (up to the size limit). */
  filesToWindow: boolean;
}

export function openFormRoute(policy: OpenFormPolicy): OpenFormRoute {
  const filesToWindow = policy.formKeepsOwnCopy && policy.canAttachFilesToForm;
  return {
    formKeepsOwnCopy: policy.formKeepsOwnCopy,
    filesToWindow,
    fileToWindow: (byteLength) => filesToWindow && fitsForm(byteLength),
    eventsToWindow: policy.formKeepsOwnCopy && policy.canAttachItemsToForm,
  };
}
