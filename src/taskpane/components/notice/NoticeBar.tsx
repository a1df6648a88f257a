import { MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { NoticeProps } from "./Notice";

/** Fluent's message bar, in its own chunk: see Notice. */
export function NoticeBar({ intent, multiline, testId, bodyClassName, actions, children }: NoticeProps): ReactNode {
  return (
    <MessageBar intent={intent} {...(multiline ? { layout: "multiline" } : {})} data-testid={testId}>
      <MessageBarBody className={bodyClassName}>{children}</MessageBarBody>
      {actions && <MessageBarActions>{actions}</MessageBarActions>}
    </MessageBar>
  );
}
