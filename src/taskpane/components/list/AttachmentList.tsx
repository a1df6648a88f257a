import type { ReactNode } from "react";

export interface AttachmentListProps {
  /** Changes whenever something was attached or removed: the list reloads from Graph. */
  refreshKey: number;
  /** The sum of the sizes Graph reports for the event's attachments, once known. */
  onTotalSizeChange: (bytes: number) => void;
}

/** The meeting's attachments as Graph holds them, each removable after a confirmation. */
export function AttachmentList(_props: AttachmentListProps): ReactNode {
  return null;
}
