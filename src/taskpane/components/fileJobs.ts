import type { Remedy } from "../describeError";

/** The state of one picked file in the file form. Kept as plain data so the reducer below stays testable. */
/** "refused" files never left the pane (empty, too large…): they can only be removed, not retried. */
export type FileJobStatus = "queued" | "uploading" | "attached" | "failed" | "refused" | "cancelled";

export interface FileJob {
  id: string;
  file: File;
  status: FileJobStatus;
  /** 0…1 while uploading. */
  progress: number;
  /** The size Graph reports for the created attachment. */
  attachedSize?: number;
  /** Where it went: the event on the server, or the open meeting window (which sends it). */
  attachedTo?: "server" | "window";
  /** Handed to Outlook's meeting window: from then on it cannot be called back, so there is no Cancel. */
  committed?: boolean;
  /** A message already in the organizer's language. */
  error?: string;
  /** What the failure's message suggests doing instead, which the row offers as a button. */
  remedy?: Remedy;
  /** Refused for its size: the row offers to upload it to OneDrive and attach a link. */
  tooLargeToAttach?: boolean;
}

export type FileJobAction =
  | { type: "add"; jobs: FileJob[] }
  | { type: "start"; id: string }
  | { type: "progress"; id: string; progress: number }
  | { type: "committed"; id: string }
  | { type: "attached"; id: string; size: number; to: "server" | "window" }
  | { type: "failed"; id: string; error: string; remedy?: Remedy }
  | { type: "cancelled"; id: string }
  | { type: "requeue"; id: string }
  | { type: "remove"; id: string };

function update(jobs: FileJob[], id: string, change: Partial<FileJob>): FileJob[] {
  return jobs.map((job) => (job.id === id ? { ...job, ...change } : job));
}

export function fileJobsReducer(jobs: FileJob[], action: FileJobAction): FileJob[] {
  switch (action.type) {
    case "add":
      return [...jobs, ...action.jobs];
    case "start":
      return update(jobs, action.id, {
        status: "uploading",
        progress: 0,
        error: undefined,
        remedy: undefined,
        committed: false,
      });
    case "committed":
      return update(jobs, action.id, { committed: true });
    case "progress":
      return update(jobs, action.id, { progress: Math.min(1, Math.max(0, action.progress)) });
    case "attached":
      return update(jobs, action.id, {
        status: "attached",
        progress: 1,
        attachedSize: action.size,
        attachedTo: action.to,
        committed: false,
      });
    case "failed":
      return update(jobs, action.id, { status: "failed", error: action.error, remedy: action.remedy });
    case "cancelled":
      return update(jobs, action.id, { status: "cancelled" });
    case "requeue":
      return update(jobs, action.id, { status: "queued", progress: 0, error: undefined });
    case "remove":
      return jobs.filter((job) => job.id !== action.id);
  }
}
