import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import type { FormSendReport, MeetingWindow, WindowAttachment } from "../office";

/** The demo's hold on the simulated meeting window. */
export interface MeetingWindowControl {
  window: MeetingWindow;
  send(): Promise<FormSendReport>;
}

const useStyles = makeStyles({
  controls: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
    maxWidth: "100%",
  },
  text: { overflowWrap: "anywhere" },
});

type SendState =
  | { status: "idle" }
  | { status: "sending" }
  | { status: "sent"; report: FormSendReport }
  | { status: "failed"; message: string };

function list(names: readonly string[]): string {
  return names.length > 0 ? names.join(", ") : "nothing";
}

/**
 * The simulated meeting window's own part of the demo: what has been attached to the window itself, and the
 * organizer pressing Send in it. The emulator then holds what Exchange would after such a send; in classic
 * Outlook and Outlook on Mac that drops what Graph added while the window was open.
 */
export function MeetingWindowControls({ control }: { control: MeetingWindowControl }): ReactNode {
  const styles = useStyles();
  const { window: meetingWindow } = control;
  const [held, setHeld] = useState<readonly WindowAttachment[]>(() => meetingWindow.list());
  const [send, setSend] = useState<SendState>({ status: "idle" });

  useEffect(() => {
    const stop = meetingWindow.onChange(() => setHeld(meetingWindow.list()));
    return () => {
      stop();
    };
  }, [meetingWindow]);

  const sendFromWindow = (): void => {
    setSend({ status: "sending" });
    control.send().then(
      (report) => setSend({ status: "sent", report }),
      (error: unknown) =>
        setSend({ status: "failed", message: error instanceof Error ? error.message : String(error) }),
    );
  };

  return (
    <div className={styles.controls} role="group" aria-label="Meeting window">
      <Caption1 className={styles.text} data-testid="window-attachments">
        Attached in the window: {list(held.map((attachment) => attachment.name))}
      </Caption1>
      <Button size="small" disabled={send.status === "sending"} onClick={sendFromWindow} data-testid="window-send">
        Send the update from the window
      </Button>
      {send.status === "sent" && (
        <Caption1 className={styles.text} role="status" data-testid="window-send-report">
          Sent. Attendees receive: {list(send.report.sent)}. Dropped by the window: {list(send.report.dropped)}.
        </Caption1>
      )}
      {send.status === "failed" && (
        <Caption1 className={styles.text} role="alert">
          The window could not send: {send.message}
        </Caption1>
      )}
    </div>
  );
}
