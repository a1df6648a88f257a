import { useCallback, useEffect, useRef } from "react";
import { useIntl } from "react-intl";
import { describeError, type DescribedError } from "../describeError";
import type { AttachRequest } from "../session/attachRequest";
import { useAttachSession } from "../session/sessionContext";

/** How one attach ended, for a form: a failure is already told in the organizer's language. */
export type AttachResult =
  | { status: "attached"; to: "server" | "window"; name: string; size: number }
  | { status: "declined" }
  | { status: "cancelled" }
  | { status: "failed"; error: DescribedError; uncertain: boolean };

export interface AttachCallOptions {
  /** Cancels this attach; the hook cancels it too when the form goes away. */
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
  onCommitted?: () => void;
}

/**
 * Every form's way to attach: the session's `attach`, with failures described in the organizer's language and
 * whatever is still running cancelled when the form unmounts (rather than attaching behind the organizer's back).
 * Several attaches may run at once (the file form's rows).
 */
export function useAttach(): (request: AttachRequest, options?: AttachCallOptions) => Promise<AttachResult> {
  const session = useAttachSession();
  const intl = useIntl();
  const running = useRef(new Set<AbortController>());

  useEffect(() => {
    const controllers = running.current;
    return () => controllers.forEach((controller) => controller.abort());
  }, []);

  return useCallback(
    async (request, options = {}) => {
      const controller = new AbortController();
      const stop = (): void => controller.abort();
      if (options.signal?.aborted) controller.abort();
      options.signal?.addEventListener("abort", stop, { once: true });
      running.current.add(controller);
      try {
        const outcome = await session.attach(request, {
          signal: controller.signal,
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
          ...(options.onCommitted ? { onCommitted: options.onCommitted } : {}),
        });
        if (outcome.status === "failed")
          return { status: "failed", error: describeError(outcome.error, intl), uncertain: outcome.uncertain };
        if (outcome.status === "attached")
          return { status: "attached", to: outcome.to, name: outcome.name, size: outcome.size };
        return outcome;
      } finally {
        running.current.delete(controller);
        options.signal?.removeEventListener("abort", stop);
      }
    },
    [session, intl],
  );
}
