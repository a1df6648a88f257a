import { Field, Input, Radio, RadioGroup, Switch, Textarea } from "@fluentui/react-components";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useIntl } from "react-intl";
import type { EventBodyType } from "../../../graph";
import { useAttachRequest } from "../../hooks/useAttachRequest";
import { useOutlookTimeZone } from "../../session/sessionContext";
import { AttachActions } from "./AttachActions";
import { initialDraft, moveStart, type ComposeDraft } from "./composeDraft";
import { useEventStyles } from "./eventStyles";
import { deviceTimeZone } from "../../../shared/time/timeZones";
import { TimeZoneInput } from "./TimeZoneInput";
import { COMPOSE_FIELD_ORDER, validateCompose, type ComposeField, type ComposeProblems } from "./validateCompose";

/** Graph's field names (from `AttachmentInputError.field`) on this form's fields. */
const GRAPH_FIELDS: Partial<Record<string, ComposeField>> = {
  name: "name",
  subject: "subject",
  start: "startDate",
  end: "endDate",
  timeZone: "timeZone",
  isAllDay: "endDate",
};

/** Compose a new event and attach it. Everything typed stays until the event is attached. */
export function ComposeEventForm(): ReactNode {
  const styles = useEventStyles();
  const intl = useIntl();
  const outlookZone = useOutlookTimeZone();
  const request = useAttachRequest();
  const [draft, setDraft] = useState<ComposeDraft>(() => initialDraft(outlookZone ?? deviceTimeZone()));
  const [zoneTouched, setZoneTouched] = useState(false);
  const [problems, setProblems] = useState<ComposeProblems>({});
  const fieldRefs = useRef<Partial<Record<ComposeField, HTMLInputElement | null>>>({});

  // Outlook's zone may arrive after the first render; take it unless the organizer already chose one.
  useEffect(() => {
    if (outlookZone && !zoneTouched) setDraft((current) => ({ ...current, timeZone: outlookZone }));
  }, [outlookZone, zoneTouched]);

  const update = (change: Partial<ComposeDraft>, fields: ComposeField[]): void => {
    setDraft((current) => ({ ...current, ...change }));
    if (fields.some((field) => problems[field])) {
      setProblems((current) => {
        const next = { ...current };
        for (const field of fields) delete next[field];
        return next;
      });
    }
  };

  const focusFirst = (found: ComposeProblems): void => {
    const first = COMPOSE_FIELD_ORDER.find((field) => found[field]);
    if (first) fieldRefs.current[first]?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (request.sending) return;
    const check = validateCompose(draft);
    if (!check.ok) {
      setProblems(check.problems);
      request.reset();
      focusFirst(check.problems);
      return;
    }
    setProblems({});
    const result = await request.run({ kind: "event", input: check.input });
    // Cleared only after success, keeping the zone the organizer works in.
    if (result?.status === "attached") setDraft(initialDraft(draft.timeZone));
  };

  // A Graph refusal that names a field (caught by the client's own checks) is shown at that field.
  const failure = request.state.status === "failed" ? request.state.error : undefined;
  const failedField = failure?.field ? GRAPH_FIELDS[failure.field] : undefined;
  const messageFor = (field: ComposeField): string | undefined => {
    const problem = problems[field];
    if (problem) return intl.formatMessage({ id: problem.id }, problem.values);
    return failedField === field ? failure?.message : undefined;
  };
  const fieldProps = (field: ComposeField): { validationMessage?: string; validationState?: "error" } => {
    const message = messageFor(field);
    return message ? { validationMessage: message, validationState: "error" } : {};
  };
  const refFor = (field: ComposeField) => (element: HTMLInputElement | null) => {
    fieldRefs.current[field] = element;
  };

  return (
    <form className={styles.form} noValidate onSubmit={(event) => void submit(event)} data-testid="event-compose">
      <Field label={intl.formatMessage({ id: "event.subject.label" })} required {...fieldProps("subject")}>
        <Input
          ref={refFor("subject")}
          value={draft.subject}
          dir="auto"
          onChange={(_event, data) => update({ subject: data.value }, ["subject", "name"])}
          data-testid="event-subject"
        />
      </Field>
      <Field
        label={intl.formatMessage({ id: "event.name.label" })}
        hint={intl.formatMessage({ id: "event.name.hint" })}
        {...fieldProps("name")}
      >
        <Input
          ref={refFor("name")}
          value={draft.name}
          placeholder={draft.subject}
          dir="auto"
          onChange={(_event, data) => update({ name: data.value }, ["name"])}
          data-testid="event-name"
        />
      </Field>
      <Field label={intl.formatMessage({ id: "event.location.label" })}>
        <Input
          value={draft.location}
          dir="auto"
          onChange={(_event, data) => update({ location: data.value }, [])}
          data-testid="event-location"
        />
      </Field>
      <Switch
        checked={draft.isAllDay}
        label={intl.formatMessage({ id: "event.allDay.label" })}
        onChange={(_event, data) => update({ isAllDay: data.checked }, ["startTime", "endTime", "endDate"])}
        data-testid="event-all-day"
      />
      <div className={styles.row}>
        <Field
          className={styles.grow}
          label={intl.formatMessage({ id: "event.start.date" })}
          required
          {...fieldProps("startDate")}
        >
          <Input
            ref={refFor("startDate")}
            type="date"
            value={draft.startDate}
            onChange={(_event, data) => {
              setDraft((current) => moveStart(current, data.value, current.startTime));
              update({}, ["startDate", "endDate", "endTime"]);
            }}
            data-testid="event-start-date"
          />
        </Field>
        {!draft.isAllDay && (
          <Field
            className={styles.grow}
            label={intl.formatMessage({ id: "event.start.time" })}
            required
            {...fieldProps("startTime")}
          >
            <Input
              ref={refFor("startTime")}
              type="time"
              value={draft.startTime}
              onChange={(_event, data) => {
                setDraft((current) => moveStart(current, current.startDate, data.value));
                update({}, ["startTime", "endDate", "endTime"]);
              }}
              data-testid="event-start-time"
            />
          </Field>
        )}
      </div>
      <div className={styles.row}>
        <Field
          className={styles.grow}
          label={intl.formatMessage({ id: "event.end.date" })}
          required
          {...fieldProps("endDate")}
        >
          <Input
            ref={refFor("endDate")}
            type="date"
            value={draft.endDate}
            onChange={(_event, data) => update({ endDate: data.value }, ["endDate", "endTime"])}
            data-testid="event-end-date"
          />
        </Field>
        {!draft.isAllDay && (
          <Field
            className={styles.grow}
            label={intl.formatMessage({ id: "event.end.time" })}
            required
            {...fieldProps("endTime")}
          >
            <Input
              ref={refFor("endTime")}
              type="time"
              value={draft.endTime}
              onChange={(_event, data) => update({ endTime: data.value }, ["endTime", "endDate"])}
              data-testid="event-end-time"
            />
          </Field>
        )}
      </div>
      <Field label={intl.formatMessage({ id: "event.timeZone.label" })} required {...fieldProps("timeZone")}>
        <TimeZoneInput
          value={draft.timeZone}
          inputRef={refFor("timeZone")}
          onChange={(value) => {
            setZoneTouched(true);
            update({ timeZone: value }, ["timeZone", "endDate", "endTime"]);
          }}
        />
      </Field>
      <Field
        label={intl.formatMessage({ id: "event.bodyType.label" })}
        hint={draft.bodyType === "HTML" ? intl.formatMessage({ id: "event.bodyType.htmlHint" }) : undefined}
      >
        <RadioGroup
          layout="horizontal"
          value={draft.bodyType}
          onChange={(_event, data) => update({ bodyType: data.value as EventBodyType }, [])}
          data-testid="event-body-type"
        >
          <Radio value="Text" label={intl.formatMessage({ id: "event.bodyType.text" })} />
          <Radio value="HTML" label={intl.formatMessage({ id: "event.bodyType.html" })} />
        </RadioGroup>
      </Field>
      <Field label={intl.formatMessage({ id: "event.body.label" })}>
        <Textarea
          value={draft.bodyText}
          dir="auto"
          resize="vertical"
          rows={4}
          onChange={(_event, data) => update({ bodyText: data.value }, [])}
          data-testid="event-body"
        />
      </Field>
      <AttachActions request={request} fieldErrorShown={failedField !== undefined} testIdPrefix="event-compose" />
    </form>
  );
}
