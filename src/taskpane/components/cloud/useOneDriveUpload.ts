import { useCallback, useEffect, useRef, useState } from "react";
import { useIntl } from "react-intl";
import { isAuthError } from "../../../auth";
import type { DriveEntry, DriveUpload } from "../../../graph";
import { isCancellation } from "../../../shared/ReasonedError";
import { describeError } from "../../describeError";
import { useAttach } from "../../hooks/useAttach";
import { useAttachSession } from "../../session/sessionContext";
import { choiceOf, linkKindOf, type LinkKindChoice } from "./linkKinds";

/** Where a file too large to attach stands on its way to OneDrive and into the meeting as a link. */
export type OneDriveUploadState =
  | { phase: "offered" }
  | { phase: "uploading"; fraction: number }
  /** Stopped by the organizer, or by a failure (`error`): Resume goes on from where OneDrive says it stands. */
  | { phase: "stopped"; fraction: number; error?: string }
  /** In OneDrive; the link is still to attach (a refused kind, a declined save or a failure say why in `error`). */
  | { phase: "uploaded"; entry: DriveEntry; error?: string }
  | { phase: "linking"; entry: DriveEntry }
  | { phase: "attached"; entry: DriveEntry };

export interface OneDriveUploadControls {
  state: OneDriveUploadState;
  /** Link kinds the organization refused for the uploaded file. */
  refused: ReadonlySet<LinkKindChoice>;
  start: (kind: LinkKindChoice) => void;
  stop: () => void;
  resume: (kind: LinkKindChoice) => void;
  attachLink: (kind: LinkKindChoice) => void;
}

/**
 * Uploads a file into the organizer's OneDrive (its Attachments folder) through a drive upload session, then
 * attaches a sharing link of the chosen kind. Stop keeps the session, so Resume sends only what is missing; a
 * failure can be resumed the same way. The upload is cancelled (its session deleted) when the row goes away.
 */
export function useOneDriveUpload(file: File): OneDriveUploadControls {
  const session = useAttachSession();
  const attach = useAttach();
  const intl = useIntl();
  const [state, setState] = useState<OneDriveUploadState>({ phase: "offered" });
  const [refused, setRefused] = useState<ReadonlySet<LinkKindChoice>>(new Set());
  const upload = useRef<DriveUpload | null>(null);
  const stopping = useRef(false);
  const fraction = useRef(0);

  // A row removed mid-upload deletes its session; a finished upload has none left to delete.
  useEffect(
    () => () => {
      const current = upload.current;
      if (current && current.state !== "completed") void current.cancel();
    },
    [],
  );

  const describe = useCallback(
    (error: unknown): string =>
      isAuthError(error) && (error.reason === "userCancelled" || error.reason === "consentRequired")
        ? intl.formatMessage({ id: "cloud.consentDeclined" })
        : describeError(error, intl).message,
    [intl],
  );

  const attachLink = useCallback(
    (kind: LinkKindChoice, entry?: DriveEntry) => {
      const target = entry ?? (state.phase === "uploaded" ? state.entry : undefined);
      if (!target) return;
      setState({ phase: "linking", entry: target });
      void attach({ kind: "driveLink", entry: target, link: linkKindOf(kind) }).then((result) => {
        if (result.status === "attached") {
          setState({ phase: "attached", entry: target });
          return;
        }
        if (result.status === "failed" && result.error.refusedLink) {
          const choice = choiceOf(result.error.refusedLink);
          setRefused((previous) => new Set(previous).add(choice));
          setState({ phase: "uploaded", entry: target, error: result.error.message });
          return;
        }
        const error =
          result.status === "failed"
            ? result.error.message
            : result.status === "declined"
              ? intl.formatMessage({ id: "save.declined" })
              : undefined;
        setState({ phase: "uploaded", entry: target, ...(error ? { error } : {}) });
      });
    },
    [attach, intl, state],
  );

  const follow = useCallback(
    (run: Promise<DriveEntry>, kind: LinkKindChoice) => {
      stopping.current = false;
      setState({ phase: "uploading", fraction: fraction.current });
      run.then(
        (entry) => attachLink(kind, entry),
        (error: unknown) => {
          const stoppedByOrganizer = stopping.current || isCancellation(error);
          setState({
            phase: "stopped",
            fraction: fraction.current,
            ...(stoppedByOrganizer ? {} : { error: describe(error) }),
          });
        },
      );
    },
    [attachLink, describe],
  );

  const start = useCallback(
    (kind: LinkKindChoice) => {
      fraction.current = 0;
      const run = session.driveFor("ownDrive").then((client) => {
        const handle = client.startUpload(file, {
          onProgress: (progress) => {
            fraction.current = progress.totalBytes ? progress.bytesSent / progress.totalBytes : 0;
            setState((current) =>
              current.phase === "uploading" ? { phase: "uploading", fraction: fraction.current } : current,
            );
          },
        });
        upload.current = handle;
        return handle.result;
      });
      follow(run, kind);
    },
    [file, follow, session],
  );

  const stop = useCallback(() => {
    stopping.current = true;
    void upload.current?.pause();
  }, []);

  const resume = useCallback(
    (kind: LinkKindChoice) => {
      // Before the upload had a session (sign-in or consent failed): start it afresh.
      if (!upload.current) start(kind);
      else follow(upload.current.resume(), kind);
    },
    [follow, start],
  );

  return { state, refused, start, stop, resume, attachLink: (kind) => attachLink(kind) };
}
