import { useCallback, useEffect, useState } from "react";
import { readMeeting, type MeetingDetails, type OfficeLike } from "../../office";

export type MeetingState =
  { status: "loading" } | { status: "ready"; meeting: MeetingDetails } | { status: "failed"; error: unknown };

/** The meeting's details from Outlook, read at start and again on `refresh()` (after a save, for instance). */
export function useMeeting(office: OfficeLike): { state: MeetingState; refresh: () => void } {
  const [state, setState] = useState<MeetingState>({ status: "loading" });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    readMeeting(office, { signal: controller.signal }).then(
      (meeting) => !controller.signal.aborted && setState({ status: "ready", meeting }),
      (error: unknown) => !controller.signal.aborted && setState({ status: "failed", error }),
    );
    return () => controller.abort();
  }, [office, generation]);

  const refresh = useCallback(() => setGeneration((value) => value + 1), []);
  return { state, refresh };
}
