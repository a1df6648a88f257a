import { Button, Caption1, Input, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import {
  ArrowLeftRegular,
  CloudRegular,
  DismissRegular,
  FolderRegular,
  LinkAddRegular,
  SearchRegular,
} from "@fluentui/react-icons";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { isAuthError } from "../../../auth";
import type { DriveEntry } from "../../../graph";
import { describeError } from "../../describeError";
import { useAttachRequest } from "../../hooks/useAttachRequest";
import { AttachOutcomeNotice, type AttachOutcomeMessages } from "../AttachOutcomeNotice";
import { Notice } from "../notice/Notice";
import type { Crumb, Place, PlaceItem } from "./drivePlaces";
import { LinkKindField } from "./LinkKindField";
import { choiceOf, defaultChoice, linkKindOf, type LinkKindChoice } from "./linkKinds";
import { PlaceItemRow } from "./PlaceItemRow";
import { useDriveListing, type Listing } from "./useDriveListing";

const useStyles = makeStyles({
  picker: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: {
    margin: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  search: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "end" },
  searchInput: { flexGrow: 1, minWidth: 0 },
  list: { margin: 0, padding: 0, maxHeight: "320px", overflowY: "auto" },
  path: { overflowWrap: "anywhere" },
  chosen: { overflowWrap: "anywhere", unicodeBidi: "plaintext" },
});

const OUTCOMES: AttachOutcomeMessages = { attached: "cloud.attached", cancelled: "link.cancelled" };
const RECENT: Place = { kind: "recent" };
const MY_FILES: Place = { kind: "folder", reach: "ownDrive", trail: [{ name: "", folder: undefined }] };
const SITES: Place = { kind: "sites" };

/** Consent declined in Outlook's window (or the window closed): the organizer can ask again. */
function consentDeclined(error: unknown): boolean {
  return isAuthError(error) && (error.reason === "userCancelled" || error.reason === "consentRequired");
}

/**
 * The cloud link tab's picker: the organizer's recent files, their OneDrive's folders, search, and the SharePoint
 * sites they follow. The Files scopes are asked for when it is opened, not before. A chosen file or folder is
 * attached as a sharing link created with the permission chosen; a kind the organization refuses is said, and the
 * kinds that remain are offered.
 */
export function CloudPicker(): ReactNode {
  const styles = useStyles();
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  // My files first: Graph's recent-files list is deprecated and no longer returns items (November 2026).
  const [place, setPlace] = useState<Place>(MY_FILES);
  const [attempt, setAttempt] = useState(0);
  const [searchText, setSearchText] = useState("");
  const [searchProblem, setSearchProblem] = useState<string | undefined>();
  const [chosen, setChosen] = useState<DriveEntry | null>(null);
  // Refused kinds per item: a policy can differ from one site to another.
  const [refused, setRefused] = useState<ReadonlyMap<string, ReadonlySet<LinkKindChoice>>>(new Map());
  const [kind, setKind] = useState<LinkKindChoice | null>(null);
  const [refusal, setRefusal] = useState<LinkKindChoice | null>(null);
  const request = useAttachRequest();
  const listing = useDriveListing(open ? place : null, attempt);
  const openRef = useRef<HTMLButtonElement>(null);
  const placesRef = useRef<HTMLDivElement>(null);
  const kindsRef = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    // Onto the picker's first control, not its heading: Outlook on the web's office.js moves Tab itself among
    // tabbable elements, and from an element outside that list (a heading with tabindex -1) it hands focus back to
    // Outlook instead.
    if (open) placesRef.current?.querySelector("button")?.focus();
    else if (wasOpen.current) openRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const refusedFor = (entry: DriveEntry | null): ReadonlySet<LinkKindChoice> =>
    (entry && refused.get(entry.id)) ?? new Set();

  const choose = (entry: DriveEntry): void => {
    setChosen(entry);
    setRefusal(null);
    request.reset();
    setKind(defaultChoice(entry.driveType, refusedFor(entry)));
  };

  const go = (next: Place): void => {
    setPlace(next);
    setAttempt(0);
  };

  const activate = (item: PlaceItem): void => {
    if (item.kind === "site") go({ kind: "libraries", site: item.site });
    else if (item.kind === "library") {
      go({
        kind: "folder",
        reach: "sharedDrives",
        trail: [{ name: item.library.name, folder: { driveId: item.library.id } }],
      });
    } else if (item.entry.isFolder) {
      const trail: readonly Crumb[] = place.kind === "folder" ? place.trail : [];
      const reach = place.kind === "folder" ? place.reach : item.entry.remote ? "sharedDrives" : "ownDrive";
      go({
        kind: "folder",
        reach,
        trail: [...trail, { name: item.entry.name, folder: item.entry, entry: item.entry }],
      });
    } else choose(item.entry);
  };

  const search = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const text = searchText.trim();
    if (!text) {
      setSearchProblem(intl.formatMessage({ id: "error.drive.searchTextEmpty" }));
      return;
    }
    setSearchProblem(undefined);
    go({ kind: "search", text });
  };

  const attach = async (): Promise<void> => {
    if (!chosen || !kind) return;
    setRefusal(null);
    const result = await request.run({ kind: "driveLink", entry: chosen, link: linkKindOf(kind) });
    if (result?.status !== "failed" || !result.error.refusedLink) return;
    const refusedChoice = choiceOf(result.error.refusedLink);
    const nowRefused = new Set(refusedFor(chosen)).add(refusedChoice);
    setRefused((previous) => new Map(previous).set(chosen.id, nowRefused));
    setRefusal(refusedChoice);
    request.reset();
    // No other kind is picked for the organizer: each one lets more people in, or lets them do more.
    setKind(null);
  };

  // After a refusal, the keyboard goes to the first kind still allowed (once the refused one is rendered disabled).
  const refusedCount = chosen ? (refused.get(chosen.id)?.size ?? 0) : 0;
  useEffect(() => {
    if (refusedCount > 0) kindsRef.current?.querySelector<HTMLInputElement>("input:not(:disabled)")?.focus();
  }, [refusedCount]);

  if (!open) {
    return (
      <div className={styles.row}>
        <Button ref={openRef} icon={<CloudRegular />} onClick={() => setOpen(true)} data-testid="cloud-open">
          <FormattedMessage id="cloud.open" />
        </Button>
        <Caption1>
          <FormattedMessage id="cloud.openHint" />
        </Caption1>
      </div>
    );
  }

  const trail = place.kind === "folder" ? place.trail : null;
  const currentFolder = trail?.[trail.length - 1]?.entry ?? null;
  const upPlace: Place | null =
    place.kind === "folder" && place.trail.length > 1 ? { ...place, trail: place.trail.slice(0, -1) } : null;
  const crumbName = (crumb: Crumb | undefined): string =>
    crumb?.name || intl.formatMessage({ id: "cloud.place.myFiles" });
  const placeButton = (target: Place, id: "cloud.place.recent" | "cloud.place.myFiles" | "cloud.place.sites") => {
    const pressed =
      target === RECENT
        ? place.kind === "recent"
        : target === SITES
          ? place.kind === "sites" || place.kind === "libraries"
          : place.kind === "folder" && place.reach === "ownDrive";
    return (
      <Button
        size="small"
        appearance={pressed ? "primary" : "secondary"}
        aria-pressed={pressed}
        onClick={() => go(target)}
        data-testid={`cloud-place-${id.split(".").pop() ?? ""}`}
      >
        <FormattedMessage id={id} />
      </Button>
    );
  };
  const refusedNow = refusedFor(chosen);

  return (
    <section className={styles.picker} aria-labelledby="cloud-heading" data-testid="cloud-picker">
      <div className={styles.header}>
        <h3 className={styles.heading} id="cloud-heading">
          <FormattedMessage id="cloud.heading" />
        </h3>
        <Button
          appearance="subtle"
          icon={<DismissRegular />}
          aria-label={intl.formatMessage({ id: "cloud.close" })}
          onClick={() => setOpen(false)}
          data-testid="cloud-close"
        />
      </div>
      <div ref={placesRef} className={styles.row} role="group" aria-label={intl.formatMessage({ id: "cloud.places" })}>
        {placeButton(MY_FILES, "cloud.place.myFiles")}
        {placeButton(RECENT, "cloud.place.recent")}
        {placeButton(SITES, "cloud.place.sites")}
      </div>
      <form className={styles.search} role="search" noValidate onSubmit={search}>
        <Input
          className={styles.searchInput}
          type="search"
          value={searchText}
          aria-label={intl.formatMessage({ id: "cloud.search.label" })}
          placeholder={intl.formatMessage({ id: "cloud.search.label" })}
          aria-invalid={searchProblem !== undefined}
          aria-describedby={searchProblem ? "cloud-search-problem" : undefined}
          onChange={(_event, data) => {
            setSearchText(data.value);
            setSearchProblem(undefined);
          }}
          data-testid="cloud-search"
        />
        <Button type="submit" icon={<SearchRegular />} data-testid="cloud-search-button">
          <FormattedMessage id="cloud.search.button" />
        </Button>
      </form>
      {searchProblem && (
        <Caption1 id="cloud-search-problem" role="alert">
          {searchProblem}
        </Caption1>
      )}
      {place.kind === "search" && (
        <Caption1 dir="auto">
          <FormattedMessage id="cloud.search.results" values={{ text: place.text }} />
        </Caption1>
      )}
      {place.kind === "libraries" && (
        <Button size="small" appearance="subtle" icon={<ArrowLeftRegular />} onClick={() => go(SITES)}>
          <FormattedMessage id="cloud.up" values={{ name: intl.formatMessage({ id: "cloud.place.sites" }) }} />
        </Button>
      )}
      {trail && upPlace && (
        <div className={styles.row}>
          <Button
            size="small"
            appearance="subtle"
            icon={<ArrowLeftRegular />}
            onClick={() => go(upPlace)}
            data-testid="cloud-up"
          >
            <FormattedMessage id="cloud.up" values={{ name: crumbName(trail[trail.length - 2]) }} />
          </Button>
          <Caption1 className={styles.path} dir="auto">
            <FormattedMessage id="cloud.folderPath" values={{ path: trail.map(crumbName).join(" › ") }} />
          </Caption1>
          {currentFolder && (
            <Button
              size="small"
              icon={<FolderRegular />}
              onClick={() => choose(currentFolder)}
              data-testid="cloud-share-folder"
            >
              <FormattedMessage id="cloud.shareFolder" values={{ name: currentFolder.name }} />
            </Button>
          )}
        </div>
      )}
      <ListingView
        listing={listing}
        place={place}
        chosenId={chosen?.id}
        disabled={request.sending}
        onActivate={activate}
        onRetry={() => setAttempt((value) => value + 1)}
      />
      {chosen && (
        <>
          <Caption1 className={styles.chosen} dir="auto" data-testid="cloud-chosen">
            <FormattedMessage id="cloud.chosen" values={{ name: chosen.name }} />
          </Caption1>
          <LinkKindField
            value={kind}
            driveType={chosen.driveType}
            refused={refusedNow}
            disabled={request.sending}
            groupRef={kindsRef}
            onChoose={setKind}
            testId="cloud-kind"
          />
          {refusal && (
            <Notice intent="warning" multiline testId="cloud-refused">
              {defaultChoice(chosen.driveType, refusedNow) ? (
                <FormattedMessage id="cloud.refused" values={{ kind: refusal }} />
              ) : (
                <FormattedMessage id="cloud.noKindLeft" />
              )}
            </Notice>
          )}
          <div className={styles.row}>
            {request.sending ? (
              <>
                <Spinner size="tiny" label={intl.formatMessage({ id: "cloud.linking" })} />
                <Button icon={<DismissRegular />} onClick={request.cancel} data-testid="cloud-cancel">
                  <FormattedMessage id="link.cancel" />
                </Button>
              </>
            ) : (
              <Button
                appearance="primary"
                icon={<LinkAddRegular />}
                disabled={kind === null}
                onClick={() => void attach()}
                data-testid="cloud-attach"
              >
                <FormattedMessage id="cloud.attach" />
              </Button>
            )}
          </div>
          <AttachOutcomeNotice state={request.state} messages={OUTCOMES} testIdPrefix="cloud" />
        </>
      )}
    </section>
  );
}

interface ListingViewProps {
  listing: Listing | null;
  place: Place;
  chosenId: string | undefined;
  disabled: boolean;
  onActivate: (item: PlaceItem) => void;
  onRetry: () => void;
}

/** The place's rows, or why there are none: loading, nothing there, consent declined, or a failure. */
function ListingView({ listing, place, chosenId, disabled, onActivate, onRetry }: ListingViewProps): ReactNode {
  const styles = useStyles();
  const intl = useIntl();
  if (!listing || listing.status === "loading") {
    return <Spinner size="tiny" label={intl.formatMessage({ id: "cloud.loading" })} data-testid="cloud-loading" />;
  }
  if (listing.status === "failed") {
    const message = consentDeclined(listing.error)
      ? intl.formatMessage({ id: "cloud.consentDeclined" })
      : describeError(listing.error, intl).message;
    return (
      <div role="alert">
        <Notice
          intent="error"
          multiline
          testId={consentDeclined(listing.error) ? "cloud-consent-declined" : "cloud-error"}
        >
          {message}
        </Notice>
        <Button size="small" onClick={onRetry} data-testid="cloud-retry">
          <FormattedMessage id="cloud.retry" />
        </Button>
      </div>
    );
  }
  if (listing.items.length === 0) {
    const empty =
      place.kind === "search" ? (
        <FormattedMessage id="cloud.empty.search" values={{ text: place.text }} />
      ) : (
        <FormattedMessage
          id={
            place.kind === "recent"
              ? "cloud.empty.recent"
              : place.kind === "sites"
                ? "cloud.empty.sites"
                : place.kind === "libraries"
                  ? "cloud.empty.libraries"
                  : "cloud.empty.folder"
          }
        />
      );
    return (
      <Caption1 role="status" dir="auto" data-testid="cloud-empty">
        {empty}
      </Caption1>
    );
  }
  return (
    <ul className={styles.list} aria-label={intl.formatMessage({ id: "cloud.entries" })} data-testid="cloud-items">
      {listing.items.map((item) => (
        <PlaceItemRow
          key={
            item.kind === "entry"
              ? `${item.entry.driveId ?? ""}/${item.entry.id}`
              : item.kind === "site"
                ? item.site.id
                : item.library.id
          }
          item={item}
          chosen={item.kind === "entry" && item.entry.id === chosenId}
          disabled={disabled}
          onActivate={onActivate}
        />
      ))}
    </ul>
  );
}
