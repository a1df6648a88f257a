import { act, type RenderResult } from "@testing-library/react";
import { SAVED_MEETING_REST_ID, type HostScenario } from "../../../../dev/office";
import type { EventRef } from "../../../../src/graph";
import type { MessageCatalog } from "../../../../src/i18n/messages/en";
import { en } from "../../../../src/i18n/messages/en";
import { AttachmentList } from "../../../../src/taskpane/components/list/AttachmentList";
import { attachedBytesOf } from "../../../../src/taskpane/session/attachmentListState";
import type { AttachSession } from "../../../../src/taskpane/session/attachSession";
import { renderInSession } from "../support/renderInSession";
import type { FakeGraph } from "./fakeGraph";

/** The event the simulated Outlook's saved meeting resolves to. */
export const EVENT_REF: EventRef = { mailbox: { kind: "me" }, eventId: SAVED_MEETING_REST_ID };

export interface ListHarness {
  result: RenderResult;
  session: AttachSession;
  /** Every total the session's list gave, in order, each change once. */
  totals: number[];
  /** Ids of the attachments the session removed. */
  removed: string[];
  /** Reloads the list, as the session does after an attach. */
  refresh: () => void;
}

interface Options {
  /** The simulated Outlook's meeting: saved (default), never saved (`new`), or in a read-only delegate calendar. */
  scenario?: Extract<HostScenario, "saved" | "new" | "delegate-readonly">;
  graph: FakeGraph;
  locale?: string;
  messages?: MessageCatalog;
}

/** Renders the list in a real attach session on the simulated Outlook, with the fake Graph client. */
export function renderList({ scenario = "saved", graph, locale = "en", messages = en }: Options): ListHarness {
  const totals: number[] = [];
  const removed: string[] = [];
  const { session, result } = renderInSession(<AttachmentList />, { scenario, graph: graph.client, locale, messages });
  session.subscribe(() => {
    const total = attachedBytesOf(session.getState().list);
    if (total !== null && total !== totals.at(-1)) totals.push(total);
  });
  const remove = session.removeAttachment;
  session.removeAttachment = async (event, attachment) => {
    await remove(event, attachment);
    removed.push(attachment.id);
  };
  return { result, session, totals, removed, refresh: () => act(() => session.reloadList()) };
}
