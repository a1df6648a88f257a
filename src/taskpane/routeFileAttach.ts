import type { FormAttacher, ReadyEvent } from "../office";
import { CannotWriteError } from "./CannotWriteError";
import type { AttachFileOptions, AttachFileOutcome } from "./components/FileAttachPanel";
import type { OpenFormRoute } from "./openFormRoute";

export type AttachFile = (file: File, options: AttachFileOptions) => Promise<AttachFileOutcome>;

export interface FileRouteDependencies {
  route: OpenFormRoute;
  attacher: FormAttacher;
  /** The meeting as far as the pane knows it without saving (null for a meeting never saved). */
  known: () => ReadyEvent | null;
  /** The Graph path: find or save the event, then upload. */
  attachToServer: AttachFile;
  onWindowAttached: () => void;
}

/**
 * Sends each file where the open meeting window will keep it: into the window itself where it keeps its own copy
 * of the meeting and the file fits its Base64 limit (no save needed, nothing for Graph to duplicate), to the
 * event on the server otherwise.
 */
export function routeFileAttach(dependencies: FileRouteDependencies): AttachFile {
  const { route, attacher, known, attachToServer, onWindowAttached } = dependencies;
  return async (file, options) => {
    if (!route.fileToWindow(file.size)) return attachToServer(file, options);
    const meeting = known();
    if (meeting && !meeting.canWrite) throw new CannotWriteError(meeting.owner ?? "");
    await attacher.attachFile(file, file.name, { signal: options.signal, onCommitted: options.onCommitted });
    onWindowAttached();
    return { status: "attached", size: file.size, to: "window" };
  };
}
