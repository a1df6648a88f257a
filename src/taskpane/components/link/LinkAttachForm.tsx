import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular, LinkAddRegular } from "@fluentui/react-icons";
import { useEffect, useReducer, useRef, useState, type FormEvent, type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import type { LinkAttachmentInput } from "../../../graph";
import { validateAttachmentName } from "../../../graph/payloads/validateName";
import { useAttachTarget } from "../../attachTarget";
import { checkLink } from "./checkLink";
import { detectProvider } from "./detectProvider";
import { EMPTY_LINK_FORM, linkFormReducer } from "./linkFormState";
import { linkProblemMessage } from "./linkMessages";
import { LinkUrlField } from "./LinkUrlField";
import { PermissionField } from "./PermissionField";
import { ProviderField } from "./ProviderField";
import { useLinkSender, type LinkSendOutcome } from "./useLinkSender";
import { enLinkForm } from "../../../i18n/messages/enLinkForm";
import { FormMessages } from "../FormMessages";
import { useVisuallyHiddenStyles } from "../useVisuallyHiddenStyles";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  name: { overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  notice: { overflowWrap: "anywhere" },
});

/** The form fields a failure can be pinned to (the `field` of an AttachmentInputError). */
type LinkField = "sourceUrl" | "name" | "providerType" | "permission";
type FieldErrors = Partial<Record<LinkField, string>>;
const LINK_FIELDS: readonly string[] = ["sourceUrl", "name", "providerType", "permission"] satisfies LinkField[];

function isLinkField(field: string | undefined): field is LinkField {
  return field !== undefined && LINK_FIELDS.includes(field);
}

type Notice =
  | { kind: "attached"; name: string }
  | { kind: "declined" }
  | { kind: "cancelled" }
  | { kind: "failed"; message: string };

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
  const hidden = useVisuallyHiddenStyles();
  const intl = useIntl();
  const target = useAttachTarget();
  const sender = useLinkSender();
  const [state, dispatch] = useReducer(linkFormReducer, EMPTY_LINK_FORM);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [announcement, setAnnouncement] = useState("");
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
    if (sender.sending) cancelRef.current?.focus();
  }, [sender.sending]);

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
      errors.name = target.describeError(error).message;
    }
    if (state.permission === null) errors.permission = intl.formatMessage({ id: "error.input.permissionUnknown" });
    return errors;
  };

  const report = (outcome: LinkSendOutcome, name: string): void => {
    switch (outcome.status) {
      case "attached": {
        const message = intl.formatMessage({ id: "link.attached" }, { name: outcome.attachment.name || name });
        dispatch({ type: "attached" });
        setNotice({ kind: "attached", name: outcome.attachment.name || name });
        setAnnouncement(message);
        linkRef.current?.focus();
        return;
      }
      case "declined":
        setNotice({ kind: "declined" });
        setAnnouncement(intl.formatMessage({ id: "save.declined" }));
        attachRef.current?.focus();
        return;
      case "cancelled":
        setNotice({ kind: "cancelled" });
        setAnnouncement(intl.formatMessage({ id: "link.cancelled" }));
        attachRef.current?.focus();
        return;
      case "failed": {
        const { message, field } = outcome.error;
        if (isLinkField(field)) {
          setFieldErrors({ [field]: message });
          focusField(field);
        } else {
          setNotice({ kind: "failed", message });
          attachRef.current?.focus();
        }
        setAnnouncement(message);
      }
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (sender.sending) return;
    dispatch({ type: "submitted" });
    setNotice(null);
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
    report(await sender.send(input), state.name.trim());
  };

  return (
    <form className={styles.form} noValidate onSubmit={(event) => void submit(event)} data-testid="link-form">
      <LinkUrlField
        value={state.link}
        check={check}
        error={linkError}
        disabled={sender.sending}
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
          disabled={sender.sending}
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
        disabled={sender.sending}
        onChoose={(choice) => {
          dispatch({ type: "providerChosen", provider: choice });
          clearFieldError("providerType");
        }}
        onUseRecognised={() => dispatch({ type: "providerDetected" })}
      />
      <PermissionField
        permission={state.permission}
        error={fieldErrors.permission}
        disabled={sender.sending}
        groupRef={permissionRef}
        onChoose={(permission) => {
          dispatch({ type: "permissionChosen", permission });
          clearFieldError("permission");
        }}
      />
      <Checkbox
        label={intl.formatMessage({ id: "link.folder.label" })}
        checked={state.isFolder}
        disabled={sender.sending}
        onChange={(_event, data) => dispatch({ type: "folderChanged", isFolder: data.checked === true })}
        data-testid="link-folder"
      />
      <div className={styles.actions}>
        {sender.sending ? (
          <>
            <Spinner size="tiny" label={intl.formatMessage({ id: "link.sending" })} data-testid="link-sending" />
            <Button ref={cancelRef} icon={<DismissRegular />} onClick={sender.cancel} data-testid="link-cancel">
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
      {notice?.kind === "attached" && (
        <MessageBar intent="success" className={styles.notice} data-testid="link-result">
          <MessageBarBody dir="auto">
            <FormattedMessage id="link.attached" values={{ name: notice.name }} />
          </MessageBarBody>
        </MessageBar>
      )}
      {notice?.kind === "declined" && (
        <MessageBar intent="info" data-testid="link-declined">
          <MessageBarBody>
            <FormattedMessage id="save.declined" />
          </MessageBarBody>
        </MessageBar>
      )}
      {notice?.kind === "cancelled" && (
        <MessageBar intent="info" data-testid="link-cancelled">
          <MessageBarBody>
            <FormattedMessage id="link.cancelled" />
          </MessageBarBody>
        </MessageBar>
      )}
      {notice?.kind === "failed" && (
        <MessageBar intent="error" className={styles.notice} data-testid="link-error">
          <MessageBarBody>{notice.message}</MessageBarBody>
        </MessageBar>
      )}
      <div className={hidden.visuallyHidden} role="status" aria-live="polite" data-testid="link-announcement">
        {announcement}
      </div>
    </form>
  );
}
