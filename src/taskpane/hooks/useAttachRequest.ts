import { useCallback, useRef, useState } from "react";
import type { AttachRequest } from "../session/attachRequest";
import { useAttach, type AttachResult } from "./useAttach";

export type AttachRequestState = { status: "idle" } | { status: "sending" } | AttachResult;

export interface SingleAttach {
  state: AttachRequestState;
  sending: boolean;
  /** Attaches, one at a time: a second press while one is on its way does nothing (and resolves null). */
  run: (request: AttachRequest) => Promise<AttachResult | null>;
  cancel: () => void;
  reset: () => void;
}

/** The event and link forms' Attach button: one request at a time through `useAttach`, cancellable. */
export function useAttachRequest(): SingleAttach {
  const attach = useAttach();
  const [state, setState] = useState<AttachRequestState>({ status: "idle" });
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(
    async (request: AttachRequest): Promise<AttachResult | null> => {
      if (controller.current) return null;
      const current = new AbortController();
      controller.current = current;
      setState({ status: "sending" });
      try {
        const result = await attach(request, { signal: current.signal });
        setState(result);
        return result;
      } finally {
        controller.current = null;
      }
    },
    [attach],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setState({ status: "idle" }), []);
  return { state, sending: state.status === "sending", run, cancel, reset };
}
