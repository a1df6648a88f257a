import { useMemo, type ReactNode } from "react";
import { IntlProvider, useIntl } from "react-intl";

export interface FormMessagesProps {
  /** The form's English messages, which the first screen's English catalog leaves out. */
  english: Readonly<Record<string, unknown>>;
  children: ReactNode;
}

/**
 * Around a lazily loaded form (event, link): its English messages added to the catalog already loaded. That
 * catalog wins, so any other language keeps its own translations.
 */
export function FormMessages({ english, children }: FormMessagesProps): ReactNode {
  const intl = useIntl();
  // Precompiled, the build's catalogs hold ICU ASTs rather than strings; react-intl takes either.
  const messages = useMemo(() => ({ ...english, ...intl.messages }) as typeof intl.messages, [english, intl.messages]);
  return (
    <IntlProvider locale={intl.locale} messages={messages} defaultLocale="en">
      {children}
    </IntlProvider>
  );
}
