import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, type RenderResult } from "@testing-library/react";
import { useMemo, useState, type ReactNode } from "react";
import { createIntl, IntlProvider } from "react-intl";
import type { EventRef } from "../../../../src/graph";
import type { MessageCatalog } from "../../../../src/i18n/messages/en";
import { en } from "../../../../src/i18n/messages/en";
import type { ReadyEvent } from "../../../../src/office";
import { AttachTargetContext, type AttachTarget } from "../../../../src/taskpane/attachTarget";
import { AttachmentList } from "../../../../src/taskpane/components/list/AttachmentList";
import { describeError } from "../../../../src/taskpane/describeError";
import { isCancellation } from "../../../../src/taskpane/isCancellation";
import type { FakeGraph } from "./fakeGraph";

export const EVENT_REF: EventRef = { mailbox: { kind: "me" }, eventId: "AAMkAGI2TG93AAA=" };

export function readyEvent(overrides: Partial<ReadyEvent> = {}): ReadyEvent {
  return {
    status: "ready",
    ref: EVENT_REF,
    sharedCalendar: false,
    canWrite: true,
    justSaved: false,
    ...overrides,
  };
}

export interface ListHarness {
  result: RenderResult;
  /** Every total the list reported, in order. */
  totals: number[];
  /** Ids passed to `onRemoved`. */
  removed: string[];
  peekCount: () => number;
  /** Re-renders with a new refreshKey, as the taskpane does after an attach. */
  refresh: () => void;
}

interface Options {
  /** The event `peekEvent` finds; null for a meeting never saved. */
  event: ReadyEvent | null;
  graph: FakeGraph;
  locale?: string;
  messages?: MessageCatalog;
}

/**
 * Renders the list as the taskpane does: Fluent and react-intl around it, an AttachTarget in context, and
 * `onRemoved` bumping the refreshKey (the taskpane's behaviour).
 */
export function renderList({ event, graph, locale = "en", messages = en }: Options): ListHarness {
  const totals: number[] = [];
  const removed: string[] = [];
  let peeks = 0;
  let bump: () => void = () => undefined;
  const intl = createIntl({ locale, messages });

  function Harness(): ReactNode {
    const [refreshKey, setRefreshKey] = useState(0);
    bump = () => setRefreshKey((key) => key + 1);
    const target = useMemo<AttachTarget>(
      () => ({
        ensureEvent: () => Promise.reject(new Error("the list never saves the meeting")),
        peekEvent: () => {
          peeks += 1;
          return Promise.resolve(event);
        },
        graphFor: () => graph.client,
        ownMailbox: { kind: "me" },
        timeZone: "W. Europe Standard Time",
        describeError: (error) => describeError(error, intl),
        isCancellation,
        onAttached: () => undefined,
        onRemoved: (id) => {
          removed.push(id);
          setRefreshKey((key) => key + 1);
        },
        openForm: null,
      }),
      [],
    );
    return (
      <AttachTargetContext.Provider value={target}>
        <AttachmentList refreshKey={refreshKey} onTotalSizeChange={(bytes) => totals.push(bytes)} />
      </AttachTargetContext.Provider>
    );
  }

  const result = render(
    <FluentProvider theme={webLightTheme}>
      <IntlProvider locale={locale} messages={messages} defaultLocale="en">
        <Harness />
      </IntlProvider>
    </FluentProvider>,
  );
  return { result, totals, removed, peekCount: () => peeks, refresh: () => act(() => bump()) };
}
