import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { formatFileSize } from "../../i18n/formatFileSize";
import { MAX_FORM_FILE_BYTES, type OutlookClient } from "../../office";
import type { OpenFormRoute } from "../openFormRoute";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  paragraph: { margin: 0 },
});

type WindowKinds = "filesAndEvents" | "files" | "events";
type ServerKinds = "linksEventsLargeFiles" | "linksEventsFiles" | "everything";

function windowKinds(route: OpenFormRoute): WindowKinds | null {
  if (route.filesToWindow && route.eventsToWindow) return "filesAndEvents";
  if (route.filesToWindow) return "files";
  return route.eventsToWindow ? "events" : null;
}

function serverKinds(route: OpenFormRoute): ServerKinds {
  if (route.filesToWindow) return "linksEventsLargeFiles";
  return route.eventsToWindow ? "linksEventsFiles" : "everything";
}

/**
 * Shown from the start, before the organizer sends, where the meeting window keeps its own copy: why, what the
 * pane puts into the window, and what to do with what can only go to the server.
 */
export function OpenFormNotice({ client, route }: { client: OutlookClient; route: OpenFormRoute }): ReactNode {
  const styles = useStyles();
  const intl = useIntl();
  const toWindow = windowKinds(route);
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="open-form-notice">
      <MessageBarBody className={styles.body}>
        <p className={styles.paragraph}>
          <FormattedMessage id="openForm.notice.why" values={{ client }} />
        </p>
        {toWindow && (
          <p className={styles.paragraph}>
            <FormattedMessage id="openForm.notice.toWindow" values={{ what: toWindow }} />
          </p>
        )}
        <p className={styles.paragraph}>
          <FormattedMessage
            id="openForm.notice.toServer"
            values={{ what: serverKinds(route), client, limit: formatFileSize(MAX_FORM_FILE_BYTES, intl.locale) }}
          />
        </p>
      </MessageBarBody>
    </MessageBar>
  );
}
