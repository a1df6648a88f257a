import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { ReactNode, Ref } from "react";
import { useIntl } from "react-intl";
import { REFERENCE_PERMISSIONS, type ReferencePermission } from "../../../graph";
import { PERMISSION_CHOICES } from "./linkChoices";
import { permissionLabel } from "./linkMessages";

export interface PermissionFieldProps {
  /** Null until the organizer chooses: no permission is assumed for them. */
  permission: ReferencePermission | null;
  error: string | undefined;
  disabled: boolean;
  groupRef: Ref<HTMLDivElement>;
  onChoose: (permission: ReferencePermission) => void;
}

function isPermission(value: string): value is ReferencePermission {
  return (REFERENCE_PERMISSIONS as readonly string[]).includes(value);
}

/** What attendees may do with the link, each choice said in words. */
export function PermissionField({ permission, error, disabled, groupRef, onChoose }: PermissionFieldProps): ReactNode {
  const intl = useIntl();
  return (
    <Field
      label={intl.formatMessage({ id: "link.permission.label" })}
      hint={intl.formatMessage({ id: "link.permission.hint" })}
      required
      validationState={error ? "error" : "none"}
      validationMessage={error}
    >
      <RadioGroup
        ref={groupRef}
        value={permission ?? ""}
        disabled={disabled}
        onChange={(_event, data) => {
          if (isPermission(data.value)) onChoose(data.value);
        }}
        data-testid="link-permission"
      >
        {PERMISSION_CHOICES.map((choice) => (
          <Radio key={choice} value={choice} label={permissionLabel(choice, intl)} data-permission={choice} />
        ))}
      </RadioGroup>
    </Field>
  );
}
