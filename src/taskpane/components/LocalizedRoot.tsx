import { FluentProvider, Spinner, type Theme } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import { IntlProvider } from "react-intl";
import { loadMessages } from "../../i18n/loadMessages";
import type { UiLocale } from "../../i18n/locales";
import type { MessageCatalog } from "../../i18n/messages/en";
import { enFirstScreen } from "../../i18n/messages/enFirstScreen";

/** A whole catalog, or the first screen's English (the forms add theirs: FormMessages). */
type Catalog = MessageCatalog | typeof enFirstScreen;

function catalogFor(locale: UiLocale): Promise<Catalog> {
  return locale === "en" ? Promise.resolve(enFirstScreen) : loadMessages(locale);
}

interface LocalizedRootProps {
  locale: UiLocale;
  theme: Theme;
  children: ReactNode;
}

/** Fluent theme and the UI language around everything; English shows while another language's chunk loads. */
export function LocalizedRoot({ locale, theme, children }: LocalizedRootProps): ReactNode {
  const [messages, setMessages] = useState<{ locale: UiLocale; catalog: Catalog } | null>(
    locale === "en" ? { locale, catalog: enFirstScreen } : null,
  );

  useEffect(() => {
    let current = true;
    catalogFor(locale).then(
      (catalog) => current && setMessages({ locale, catalog }),
      // A language chunk that fails to load (offline) must not leave the pane blank: fall back to English.
      () => current && setMessages({ locale: "en", catalog: enFirstScreen }),
    );
    return () => {
      current = false;
    };
  }, [locale]);

  // Screen readers and hyphenation follow the document's language.
  useEffect(() => {
    if (messages) document.documentElement.lang = messages.locale;
  }, [messages]);

  return (
    <FluentProvider theme={theme} dir="ltr" style={{ minHeight: "100vh" }}>
      {messages ? (
        <IntlProvider locale={messages.locale} messages={messages.catalog} defaultLocale="en">
          {children}
        </IntlProvider>
      ) : (
        <Spinner size="small" label="…" />
      )}
    </FluentProvider>
  );
}
