import { Button, Field, Input, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { SearchRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { EventSummary, GraphClient } from "../../../graph";
import type { MessageId } from "../../../i18n/messages/en";
import type { ReadyEvent } from "../../../office";
import { describeError, type DescribedError } from "../../describeError";
import { useAttachRequest } from "../../hooks/useAttachRequest";
import { isCancellation } from "../../../shared/ReasonedError";
import { useAttachSession, useOutlookTimeZone } from "../../session/sessionContext";
import { AttachActions } from "./AttachActions";
import { EventPreview, type BodyState } from "./EventPreview";
import { EventResults } from "./EventResults";
import { useEventStyles } from "./eventStyles";
import { pickedEventInput, readEventBody } from "./pickedEvent";
import { checkSearchRange, defaultSearchRange } from "./searchRange";
import { deviceTimeZone, resolveTimeZone } from "../../../shared/time/timeZones";
import { useFormatWhen } from "./useFormatWhen";

type SearchState =
  | { status: "idle" }
  | { status: "searching" }
  | { status: "declined" }
  | { status: "failed"; error: DescribedError }
  | { status: "done"; events: EventSummary[]; graph: GraphClient };

type RangeProblem = { field: "from" | "to"; id: MessageId } | undefined;

/**
 * Find an event in the organizer's own calendar by subject within a period, look at it, and attach it. Loaded
 * only when the organizer first chooses this way of attaching.
 */
export function EventPicker(): ReactNode {
  const styles = useEventStyles();
  const intl = useIntl();
  const session = useAttachSession();
  const outlookZone = useOutlookTimeZone();
  const request = useAttachRequest();
  const iana = resolveTimeZone(outlookZone ?? deviceTimeZone())?.iana ?? "UTC";
  const formatWhen = useFormatWhen(iana);
  const [range, setRange] = useState(() => defaultSearchRange(Date.now(), iana));
  const [text, setText] = useState("");
  const [rangeProblem, setRangeProblem] = useState<RangeProblem>();
  const [search, setSearch] = useState<SearchState>({ status: "idle" });
  const [selectedId, setSelectedId] = useState<string>();
  const [body, setBody] = useState<BodyState>({ status: "loading" });
  const [pickProblem, setPickProblem] = useState<MessageId>();
  const searchController = useRef<AbortController | null>(null);

  const runSearch = useCallback(
    async (known?: ReadyEvent): Promise<void> => {
      const checked = checkSearchRange(range.from, range.to, iana);
      if (!checked.ok) {
        setRangeProblem({ field: checked.field, id: checked.id });
        return;
      }
      setRangeProblem(undefined);
      searchController.current?.abort();
      const controller = new AbortController();
      searchController.current = controller;
      setSearch({ status: "searching" });
      try {
        // The session hands out Graph clients only per meeting (graphFor picks the sign-in scope from where the
        // meeting lives). peekEvent never asks anything, so a saved meeting is searched without a question; an
        // unsaved one has no event yet, and ensureEvent asks to save it, which attaching needs anyway.
        const meeting = known ?? (await session.peekEvent()) ?? (await session.ensureEvent());
        if (!meeting) {
          setSearch({ status: "declined" });
          return;
        }
        const graph = await session.graphFor(meeting);
        const found = await graph.listCalendarView(session.ownMailbox, {
          start: checked.start,
          end: checked.end,
          search: text,
          signal: controller.signal,
        });
        // The meeting being edited is in the organizer's calendar too; attaching it to itself helps no one.
        const events = found.filter((event) => event.id !== meeting.ref.eventId);
        setSearch({ status: "done", events, graph });
        setSelectedId((current) => (events.some((event) => event.id === current) ? current : undefined));
      } catch (error: unknown) {
        if (controller.signal.aborted || isCancellation(error)) return;
        setSearch({ status: "failed", error: describeError(error, intl) });
      } finally {
        if (searchController.current === controller) searchController.current = null;
      }
    },
    [iana, range.from, range.to, session, text, intl],
  );

  // Show what is coming up straight away, but only for a saved meeting: never ask to save just to list events.
  const searchedOnOpen = useRef(false);
  useEffect(() => {
    if (searchedOnOpen.current) return;
    searchedOnOpen.current = true;
    session
      .peekEvent()
      .then((meeting) => (meeting ? runSearch(meeting) : undefined))
      .catch((error: unknown) => setSearch({ status: "failed", error: describeError(error, intl) }));
  }, [runSearch, session, intl]);
  useEffect(() => () => searchController.current?.abort(), []);

  const events = search.status === "done" ? search.events : [];
  const selected = events.find((event) => event.id === selectedId);
  const searchGraph = search.status === "done" ? search.graph : undefined;

  // The list asks for as little as possible; the body comes with the chosen event.
  useEffect(() => {
    if (!selected || !searchGraph) return;
    const listed = readEventBody(selected);
    if (listed) {
      setBody({ status: "ready", body: listed });
      return;
    }
    const controller = new AbortController();
    setBody({ status: "loading" });
    searchGraph
      .getEvent({ mailbox: session.ownMailbox, eventId: selected.id }, { signal: controller.signal })
      .then((full) => setBody({ status: "ready", body: readEventBody(full) }))
      .catch(() => {
        // The preview says the description is missing; attaching works without it, and any real failure
        // (sign-in, network) shows when the organizer presses Attach.
        if (!controller.signal.aborted) setBody({ status: "failed" });
      });
    return () => controller.abort();
  }, [searchGraph, selected, session.ownMailbox]);

  const attach = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (request.sending) return;
    if (!selected) {
      setPickProblem("event.pick.chooseFirst");
      request.reset();
      return;
    }
    const input = pickedEventInput(
      selected,
      body.status === "ready" ? body.body : undefined,
      intl.formatMessage({ id: "meeting.noSubject" }),
    );
    if (!input) {
      setPickProblem("event.pick.noTimes");
      request.reset();
      return;
    }
    setPickProblem(undefined);
    // Where the meeting window keeps its own copy, the session puts the event into the window, which sends it.
    const result = await request.run({ kind: "pickedEvent", graphEventId: selected.id, input });
    if (result?.status === "attached") setSelectedId(undefined);
  };

  const rangeMessage = (field: "from" | "to"): { validationMessage?: string; validationState?: "error" } =>
    rangeProblem?.field === field
      ? { validationMessage: intl.formatMessage({ id: rangeProblem.id }), validationState: "error" }
      : {};

  return (
    <div className={styles.form} data-testid="event-picker">
      <form
        className={styles.form}
        role="search"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void runSearch();
        }}
      >
        <Field label={intl.formatMessage({ id: "event.pick.search" })}>
          <Input
            type="search"
            value={text}
            dir="auto"
            placeholder={intl.formatMessage({ id: "event.pick.searchPlaceholder" })}
            onChange={(_event, data) => setText(data.value)}
            data-testid="event-search-text"
          />
        </Field>
        <div className={styles.row}>
          <Field
            className={styles.grow}
            label={intl.formatMessage({ id: "event.pick.from" })}
            {...rangeMessage("from")}
          >
            <Input
              type="date"
              value={range.from}
              onChange={(_event, data) => setRange((current) => ({ ...current, from: data.value }))}
              data-testid="event-search-from"
            />
          </Field>
          <Field className={styles.grow} label={intl.formatMessage({ id: "event.pick.to" })} {...rangeMessage("to")}>
            <Input
              type="date"
              value={range.to}
              onChange={(_event, data) => setRange((current) => ({ ...current, to: data.value }))}
              data-testid="event-search-to"
            />
          </Field>
        </div>
        <div className={styles.actions}>
          <Button type="submit" icon={<SearchRegular />} data-testid="event-search">
            <FormattedMessage id="event.pick.find" />
          </Button>
          {search.status === "searching" && (
            <Spinner size="tiny" labelPosition="after" label={intl.formatMessage({ id: "event.pick.searching" })} />
          )}
        </div>
      </form>
      {search.status === "declined" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <FormattedMessage id="save.declined" />
          </MessageBarBody>
        </MessageBar>
      )}
      {search.status === "failed" && (
        <MessageBar intent="error" layout="multiline" data-testid="event-search-error">
          <MessageBarBody className={styles.text}>{search.error.message}</MessageBarBody>
        </MessageBar>
      )}
      <div role="status" aria-live="polite">
        {search.status === "done" && (
          <Text data-testid="event-results-count">
            <FormattedMessage id="event.pick.results" values={{ count: events.length }} />
          </Text>
        )}
      </div>
      {events.length > 0 && (
        <EventResults
          events={events}
          selectedId={selectedId}
          onSelect={(id) => {
            setSelectedId(id);
            setPickProblem(undefined);
            request.reset();
          }}
          formatWhen={formatWhen}
        />
      )}
      <form className={styles.form} noValidate onSubmit={(event) => void attach(event)}>
        {selected ? (
          <EventPreview event={selected} when={formatWhen(selected)} body={body} />
        ) : (
          <Text>
            <FormattedMessage id="event.pick.noneSelected" />
          </Text>
        )}
        {pickProblem && (
          <Text role="alert" className={styles.error} data-testid="event-pick-problem">
            <FormattedMessage id={pickProblem} />
          </Text>
        )}
        <AttachActions request={request} fieldErrorShown={false} testIdPrefix="event-pick" />
      </form>
    </div>
  );
}

export default EventPicker;
