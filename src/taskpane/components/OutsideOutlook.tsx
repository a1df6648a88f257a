import { makeStyles, Text, Title3, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { FormattedMessage } from "react-intl";
import { Notice } from "./notice/Notice";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

/** Shown when the page is opened anywhere but an Outlook item (a plain browser tab, another Office app). */
export function OutsideOutlook({ officeMissing }: { officeMissing: boolean }): ReactNode {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">
        <FormattedMessage id="outside.title" />
      </Title3>
      <Text as="p">
        <FormattedMessage id="outside.body" />
      </Text>
      {officeMissing && (
        <Notice intent="warning">
          <FormattedMessage id="outside.noOfficeJs" />
        </Notice>
      )}
    </main>
  );
}
