import { Button, Caption1, Checkbox, Field, Input, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { DismissRegular, LinkAddRegular } from "@fluentui/react-icons";
import { useEffect, useReducer, useRef, useState, type FormEvent, type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { LinkAttachmentInput } from "../../../graph";
import { validateAttachmentName } from "../../../graph/payloads/validateName";
import { describeError } from "../../describeError";
import type { AttachResult } from "../../hooks/useAttach";
import { useAttachRequest } from "../../hooks/useAttachRequest";
import { AttachOutcomeNotice, type AttachOutcomeMessages } from "../AttachOutcomeNotice";
import { checkLink } from "./checkLink";
import { detectProvider } from "./detectProvider";
import { EMPTY_LINK_FORM, linkFormReducer } from "./linkFormState";
import { linkProblemMessage } from "./linkMessages";
import { LinkUrlField } from "./LinkUrlField";
import { PermissionField } from "./PermissionField";
import { ProviderField } from "./ProviderField";
import { enCloud } from "../../../i18n/messages/enCloud";
import { enLinkForm } from "../../../i18n/messages/enLinkForm";
import { FormMessages } from "../FormMessages";
import { CloudPicker } from "../cloud/CloudPicker";
import { useAttachSession } from "../../session/sessionContext";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  name: { overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** The form fields a failure can be pinned to (the `field` of an AttachmentInputError). */
type LinkField = "sourceUrl" | "name" | "providerType" | "permission";
type FieldErrors = Partial<Record<LinkField, string>>;
const LINK_FIELDS: readonly string[] = ["sourceUrl", "name", "providerType", "permission"] satisfies LinkField[];

function isLinkField(field: string | undefined): field is LinkField {
  return field !== undefined && LINK_FIELDS.includes(field);
}

const LINK_OUTCOMES: AttachOutcomeMessages = { attached: "link.attached", cancelled: "link.cancelled" };

/** The cloud-link form: an https link, its provider, name, permission and folder flag, attached through beta. */
export function LinkAttachForm(): ReactNode {
  return (
    <FormMessages english={enLinkForm}>
      <LinkAttachFormBody />
    </FormMessages>
  );
}

function LinkAttachFormBody(): ReactNode {
  const styles = useStyles();
  const intl = useIntl();
  const request = useAttachRequest();
  const session = useAttachSession();
  const sending = request.sending;
  const [state, dispatch] = useReducer(linkFormReducer, EMPTY_LINK_FORM);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const linkRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const permissionRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const attachRef = useRef<HTMLButtonElement>(null);

  const check = checkLink(state.link);
  const recognised = check.ok ? detectProvider(check.url) : null;
  const provider = state.providerChoice ?? recognised ?? "other";
  const linkError = state.linkTouched && !check.ok ? linkProblemMessage(check.problem, intl) : fieldErrors.sourceUrl;

  // While a link is on its way, the Cancel button replaces Attach: keep the keyboard on it.
  useEffect(() => {
    if (sending) cancelRef.current?.focus();
  }, [sending]);

  const clearFieldError = (field: LinkField): void =>
    setFieldErrors((errors) => (errors[field] === undefined ? errors : { ...errors, [field]: undefined }));

  const focusField = (field: LinkField | undefined): void => {
    if (field === "sourceUrl") linkRef.current?.focus();
    else if (field === "name") nameRef.current?.focus();
    else if (field === "permission") permissionRef.current?.querySelector<HTMLInputElement>("input")?.focus();
    else attachRef.current?.focus();
  };

  /** Problems found before anything is sent, in the order of the fields on screen. */
  const findInputErrors = (): FieldErrors => {
    const errors: FieldErrors = {};
    try {
      validateAttachmentName(state.name);
    } catch (error) {
      errors.name = describeError(error, intl).message;
    }
    if (state.permission === null) errors.permission = intl.formatMessage({ id: "error.input.permissionUnknown" });
    return errors;
  };

  /** After an attach: a field's refusal goes to that field, and focus goes where the organizer goes on. */
  const report = (result: AttachResult): void => {
    if (result.status === "attached") {
      dispatch({ type: "attached" });
      linkRef.current?.focus();
      return;
    }
    if (result.status === "failed" && isLinkField(result.error.field)) {
      // Shown at the field, which takes the focus: its error is read out with it.
      setFieldErrors({ [result.error.field]: result.error.message });
      focusField(result.error.field);
      return;
    }
    attachRef.current?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (sending) return;
    dispatch({ type: "submitted" });
    request.reset();
    const errors = findInputErrors();
    setFieldErrors(errors);
    if (!check.ok) {
      focusField("sourceUrl");
      return;
    }
    const firstInvalid = (["name", "permission"] as const).find((field) => errors[field] !== undefined);
    if (firstInvalid) {
      focusField(firstInvalid);
      return;
    }
    const input: LinkAttachmentInput = {
      name: state.name,
      sourceUrl: check.href,
      providerType: provider,
      ...(state.permission === null ? {} : { permission: state.permission }),
      isFolder: state.isFolder,
    };
    const result = await request.run({ kind: "link", input });
    if (result) report(result);
  };

  return (
    <div className={styles.form}>
      {session.hasDrive && (
        <>
          <FormMessages english={enCloud}>
            <CloudPicker />
            <Caption1>
              <FormattedMessage id="cloud.orPaste" />
            </Caption1>
          </FormMessages>
        </>
      )}
      <form className={styles.form} noValidate onSubmit={(event) => void submit(event)} data-testid="link-form">
        <LinkUrlField
          value={state.link}
          check={check}
          error={linkError}
          disabled={sending}
          inputRef={linkRef}
          onChange={(text) => {
            dispatch({ type: "linkChanged", text });
            clearFieldError("sourceUrl");
          }}
        />
        <Field
          label={intl.formatMessage({ id: "link.name.label" })}
          hint={intl.formatMessage({ id: "link.name.hint" })}
          required
          validationState={fieldErrors.name ? "error" : "none"}
          validationMessage={fieldErrors.name}
        >
          <Input
            ref={nameRef}
            className={styles.name}
            dir="auto"
            autoComplete="off"
            value={state.name}
            disabled={sending}
            onChange={(_event, data) => {
              dispatch({ type: "nameChanged", text: data.value });
              clearFieldError("name");
            }}
            data-testid="link-name"
          />
        </Field>
        <ProviderField
          provider={provider}
          recognised={recognised}
          chosen={state.providerChoice !== null}
          error={fieldErrors.providerType}
          disabled={sending}
          onChoose={(choice) => {
            dispatch({ type: "providerChosen", provider: choice });
            clearFieldError("providerType");
          }}
          onUseRecognised={() => dispatch({ type: "providerDetected" })}
        />
        <PermissionField
          permission={state.permission}
          error={fieldErrors.permission}
          disabled={sending}
          groupRef={permissionRef}
          onChoose={(permission) => {
            dispatch({ type: "permissionChosen", permission });
            clearFieldError("permission");
          }}
        />
        <Checkbox
          label={intl.formatMessage({ id: "link.folder.label" })}
          checked={state.isFolder}
          disabled={sending}
          onChange={(_event, data) => dispatch({ type: "folderChanged", isFolder: data.checked === true })}
          data-testid="link-folder"
        />
        <div className={styles.actions}>
          {sending ? (
            <>
              <Spinner size="tiny" label={intl.formatMessage({ id: "link.sending" })} data-testid="link-sending" />
              <Button ref={cancelRef} icon={<DismissRegular />} onClick={request.cancel} data-testid="link-cancel">
                <FormattedMessage id="link.cancel" />
              </Button>
            </>
          ) : (
            <Button
              ref={attachRef}
              type="submit"
              appearance="primary"
              icon={<LinkAddRegular />}
              data-testid="link-attach"
            >
              <FormattedMessage id="link.attach" />
            </Button>
          )}
        </div>
        <AttachOutcomeNotice
          state={request.state}
          messages={LINK_OUTCOMES}
          fieldErrorShown={request.state.status === "failed" && isLinkField(request.state.error.field)}
          testIdPrefix="link"
        />
      </form>
    </div>
  );
}
