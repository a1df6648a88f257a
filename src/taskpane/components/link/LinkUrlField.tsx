import { Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { LinkRegular } from "@fluentui/react-icons";
import type { ReactNode, Ref } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { LinkCheck } from "./checkLink";

const useStyles = makeStyles({
  preview: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
});

export interface LinkUrlFieldProps {
  value: string;
  check: LinkCheck;
  error: string | undefined;
  disabled: boolean;
  inputRef: Ref<HTMLInputElement>;
  onChange: (text: string) => void;
}

/**
 * The pasted link, with where it opens: the host as people read it (IDN decoded), and the exact link that will be
 * sent when the URL parser writes it differently from what was pasted. Shown as text, never as a clickable link.
 */
export function LinkUrlField({ value, check, error, disabled, inputRef, onChange }: LinkUrlFieldProps): ReactNode {
  const styles = useStyles();
  const intl = useIntl();
  return (
    <Field
      label={intl.formatMessage({ id: "link.url.label" })}
      hint={intl.formatMessage({ id: "link.url.hint" })}
      required
      validationState={error ? "error" : "none"}
      validationMessage={error}
    >
      <Input
        ref={inputRef}
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        dir="ltr"
        contentBefore={<LinkRegular aria-hidden />}
        value={value}
        disabled={disabled}
        onChange={(_event, data) => onChange(data.value)}
        data-testid="link-url"
      />
      {check.ok && (
        <div className={styles.preview} data-testid="link-preview">
          <Caption1 dir="auto" data-testid="link-site">
            <FormattedMessage id="link.url.site" values={{ name: check.displayHost }} />
          </Caption1>
          {check.href !== value.trim() && (
            <Caption1 dir="ltr" data-testid="link-sent-as">
              <FormattedMessage id="link.url.sentAs" values={{ detail: check.href }} />
            </Caption1>
          )}
        </div>
      )}
    </Field>
  );
}
