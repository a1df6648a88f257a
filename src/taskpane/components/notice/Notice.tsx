import type { ReactNode } from "react";
import { PartBoundary } from "../lazyPart/PartBoundary";
import { retryableLazy } from "../lazyPart/retryableLazy";

export interface NoticeProps {
  intent: "info" | "warning" | "error" | "success";
  /** Fluent's multiline layout: the text wraps under the icon instead of being cut. */
  multiline?: boolean;
  testId?: string;
  bodyClassName?: string;
  /** Buttons at the end of the bar. */
  actions?: ReactNode;
  children: ReactNode;
}

// Fluent's MessageBar (with its motion code) loads with the first notice: the first screen usually shows none.
const NoticeBar = retryableLazy(() => import(/* webpackChunkName: "notice" */ "./NoticeBar"), "NoticeBar");

/** The notice as plain text and its buttons, where the message bar's code did not load: its words still show. */
function PlainNotice({ intent, testId, actions, children }: NoticeProps): ReactNode {
  return (
    <div role={intent === "error" || intent === "warning" ? "alert" : "status"} data-testid={testId}>
      {children}
      {actions}
    </div>
  );
}

/** A message bar (info, warning, error, success) that loads its code when it first appears. */
export function Notice(props: NoticeProps): ReactNode {
  return (
    <PartBoundary failed={() => <PlainNotice {...props} />}>
      <NoticeBar {...props} />
    </PartBoundary>
  );
}
