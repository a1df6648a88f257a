import { lazy, Suspense, type ReactNode } from "react";

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
const NoticeBar = lazy(() =>
  import(/* webpackChunkName: "notice" */ "./NoticeBar").then((m) => ({ default: m.NoticeBar })),
);

/** A message bar (info, warning, error, success) that loads its code when it first appears. */
export function Notice(props: NoticeProps): ReactNode {
  return (
    <Suspense fallback={null}>
      <NoticeBar {...props} />
    </Suspense>
  );
}
