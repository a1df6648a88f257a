import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { ReactNode, Ref } from "react";
import { useIntl } from "react-intl";
import type { DriveType } from "../../../graph";
import { availableOn, LINK_KIND_CHOICES, type LinkKindChoice } from "./linkKinds";

export interface LinkKindFieldProps {
  value: LinkKindChoice | null;
  driveType: DriveType | null;
  /** Kinds the organization's policy refused for this item: shown, disabled, and said why. */
  refused: ReadonlySet<LinkKindChoice>;
  disabled: boolean;
  label?: string;
  groupRef?: Ref<HTMLDivElement>;
  onChoose: (choice: LinkKindChoice) => void;
  testId: string;
}

function isChoice(value: string): value is LinkKindChoice {
  return (LINK_KIND_CHOICES as readonly string[]).includes(value);
}

/** Who can open the sharing link and what they may do: the permission the link is created with. */
export function LinkKindField(props: LinkKindFieldProps): ReactNode {
  const { value, driveType, refused, disabled, groupRef, onChoose, testId } = props;
  const intl = useIntl();
  return (
    <Field
      label={props.label ?? intl.formatMessage({ id: "cloud.kind.label" })}
      hint={intl.formatMessage({ id: "cloud.kind.hint" })}
    >
      <RadioGroup
        ref={groupRef}
        value={value ?? ""}
        disabled={disabled}
        onChange={(_event, data) => {
          if (isChoice(data.value)) onChoose(data.value);
        }}
        data-testid={testId}
      >
        {LINK_KIND_CHOICES.map((choice) => {
          const available = availableOn(choice, driveType);
          const why = !available ? "cloud.kind.personal" : refused.has(choice) ? "cloud.kind.refused" : null;
          const label = intl.formatMessage({ id: `cloud.kind.${choice}` });
          return (
            <Radio
              key={choice}
              value={choice}
              disabled={why !== null}
              label={why ? `${label} (${intl.formatMessage({ id: why })})` : label}
              data-kind={choice}
            />
          );
        })}
      </RadioGroup>
    </Field>
  );
}
