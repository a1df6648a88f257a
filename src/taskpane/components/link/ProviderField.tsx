import { Button, Caption1, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { REFERENCE_PROVIDERS, type ReferenceProvider } from "../../../graph";
import { PROVIDER_CHOICES } from "./linkChoices";
import { providerName } from "./linkMessages";

const useStyles = makeStyles({
  // A select is as wide as its longest option unless told otherwise; the pane may be 320 px.
  select: { width: "100%", minWidth: 0 },
  note: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    overflowWrap: "anywhere",
  },
});

export interface ProviderFieldProps {
  provider: ReferenceProvider;
  /** What the link is recognised as; null while there is no valid link. */
  recognised: ReferenceProvider | null;
  /** The organizer picked the provider rather than following the link. */
  chosen: boolean;
  error: string | undefined;
  disabled: boolean;
  onChoose: (provider: ReferenceProvider) => void;
  onUseRecognised: () => void;
}

function isProvider(value: string): value is ReferenceProvider {
  return (REFERENCE_PROVIDERS as readonly string[]).includes(value);
}

/** Where the file is stored: recognised from the link, and the organizer's to change. */
export function ProviderField(props: ProviderFieldProps): ReactNode {
  const { provider, recognised, chosen, error, disabled, onChoose, onUseRecognised } = props;
  const styles = useStyles();
  const intl = useIntl();
  const differs = chosen && recognised !== null && recognised !== provider;
  return (
    <Field
      label={intl.formatMessage({ id: "link.provider.label" })}
      validationState={error ? "error" : "none"}
      validationMessage={error}
    >
      <Select
        className={styles.select}
        value={provider}
        disabled={disabled}
        onChange={(_event, data) => {
          if (isProvider(data.value)) onChoose(data.value);
        }}
        data-testid="link-provider"
      >
        {PROVIDER_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {providerName(choice, intl)}
          </option>
        ))}
      </Select>
      {recognised !== null && !chosen && (
        <Caption1 data-testid="link-provider-note">
          <FormattedMessage id="link.provider.recognised" />
        </Caption1>
      )}
      {differs && (
        <div className={styles.note}>
          <Caption1 data-testid="link-provider-note">
            <FormattedMessage id="link.provider.differs" values={{ name: providerName(recognised, intl) }} />
          </Caption1>
          <Button size="small" appearance="transparent" disabled={disabled} onClick={onUseRecognised}>
            <FormattedMessage id="link.provider.useRecognised" />
          </Button>
        </div>
      )}
    </Field>
  );
}
