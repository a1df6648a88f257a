import { Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { GlobeRegular, LibraryRegular } from "@fluentui/react-icons";
import type { ReactNode } from "react";
import { useIntl, type IntlShape } from "react-intl";
import type { DriveEntry } from "../../../graph";
import { formatFileSize } from "../../../i18n/formatFileSize";
import { DriveIcon } from "./driveIcon";
import type { PlaceItem } from "./drivePlaces";

const useStyles = makeStyles({
  row: { listStyleType: "none" },
  button: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    width: "100%",
    justifyContent: "start",
    textAlign: "start",
    paddingBlock: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  text: { display: "flex", flexDirection: "column", minWidth: 0 },
  name: { overflowWrap: "anywhere", unicodeBidi: "plaintext" },
});

function modified(entry: DriveEntry, intl: IntlShape): string {
  return entry.lastModified ? intl.formatDate(entry.lastModified, { dateStyle: "medium" }) : "—";
}

/** The line under an entry's name: what it is, how big, and when it last changed. */
function detailsOf(item: PlaceItem, intl: IntlShape): string {
  switch (item.kind) {
    case "site":
      return intl.formatMessage({ id: "cloud.entry.site" });
    case "library":
      return intl.formatMessage({ id: "cloud.entry.library" });
    case "entry": {
      const { entry } = item;
      const date = modified(entry, intl);
      if (entry.isFolder)
        return intl.formatMessage({ id: "cloud.entry.folder" }, { count: entry.childCount ?? 0, date });
      const size = entry.size === null ? "—" : formatFileSize(entry.size, intl.locale);
      return intl.formatMessage({ id: "cloud.entry.file" }, { size, date });
    }
  }
}

function nameOf(item: PlaceItem): string {
  return item.kind === "entry" ? item.entry.name : item.kind === "site" ? item.site.name : item.library.name;
}

export interface PlaceItemRowProps {
  item: PlaceItem;
  /** For a file: whether it is the one chosen. */
  chosen: boolean;
  disabled: boolean;
  onActivate: (item: PlaceItem) => void;
}

/**
 * One row of the picker: a button that opens a folder, site or library, or chooses a file. Its accessible name says
 * which, with the name; the details line is read as its description.
 */
export function PlaceItemRow({ item, chosen, disabled, onActivate }: PlaceItemRowProps): ReactNode {
  const styles = useStyles();
  const intl = useIntl();
  const name = nameOf(item);
  const opens = item.kind !== "entry" || item.entry.isFolder;
  const action = intl.formatMessage({ id: opens ? "cloud.entry.open" : "cloud.entry.select" }, { name });
  const details = detailsOf(item, intl);
  const icon =
    item.kind === "entry" ? (
      <DriveIcon entry={item.entry} />
    ) : item.kind === "site" ? (
      <GlobeRegular aria-hidden fontSize={20} />
    ) : (
      <LibraryRegular aria-hidden fontSize={20} />
    );
  return (
    <li className={styles.row}>
      <Button
        className={styles.button}
        appearance={chosen ? "secondary" : "subtle"}
        aria-label={action}
        aria-description={details}
        {...(opens ? {} : { "aria-pressed": chosen })}
        disabled={disabled}
        onClick={() => onActivate(item)}
        data-testid="cloud-item"
        data-kind={item.kind === "entry" ? (item.entry.isFolder ? "folder" : "file") : item.kind}
      >
        {icon}
        <span className={styles.text}>
          <Text className={styles.name} dir="auto" weight={chosen ? "semibold" : "regular"}>
            {name}
          </Text>
          <Caption1>
            {chosen ? `${intl.formatMessage({ id: "cloud.entry.selected" })} · ` : ""}
            {details}
          </Caption1>
        </span>
      </Button>
    </li>
  );
}
