import { isRecord } from "../shared/isRecord";

/**
 * What the task pane and the sign-in dialog page (src/dialog) tell each other. The request travels in the
 * dialog's query string (scopes, login hint, claims: nothing secret); the answer travels back through
 * `messageParent`, never through a URL or storage.
 */
export interface DialogSignInRequest {
  scopes: string[];
  loginHint?: string;
  claims?: string;
}

export interface DialogAccount {
  username: string;
  name?: string;
}

export type DialogResultMessage =
  | { type: "token"; accessToken: string; expiresOn: number | null; account: DialogAccount | null }
  | { type: "error"; name: string; errorCode: string; errorMessage: string; subError: string };

export function buildDialogUrl(pageUrl: string, request: DialogSignInRequest): string {
  const url = new URL(pageUrl);
  url.searchParams.set("scopes", request.scopes.join(" "));
  if (request.loginHint) url.searchParams.set("loginHint", request.loginHint);
  if (request.claims) url.searchParams.set("claims", request.claims);
  return url.toString();
}

export function readDialogRequest(search: string): DialogSignInRequest | null {
  const params = new URLSearchParams(search);
  const scopes = (params.get("scopes") ?? "").split(" ").filter(Boolean);
  if (scopes.length === 0) return null;
  const request: DialogSignInRequest = { scopes };
  const loginHint = params.get("loginHint");
  const claims = params.get("claims");
  if (loginHint) request.loginHint = loginHint;
  if (claims) request.claims = claims;
  return request;
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function readAccount(value: unknown): DialogAccount | null {
  if (!isRecord(value) || typeof value.username !== "string") return null;
  return typeof value.name === "string" ? { username: value.username, name: value.name } : { username: value.username };
}

function readExpiry(value: unknown): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string") {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? null : parsed;
  }
  return null;
}

/** Parses a message from the dialog page; anything else (another page, a malformed message) gives null. */
export function parseDialogResult(message: string): DialogResultMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(message);
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  if (value.type === "token" && typeof value.accessToken === "string" && value.accessToken) {
    return {
      type: "token",
      accessToken: value.accessToken,
      expiresOn: readExpiry(value.expiresOn),
      account: readAccount(value.account),
    };
  }
  if (value.type === "error") {
    return {
      type: "error",
      name: text(value.name),
      errorCode: text(value.errorCode),
      errorMessage: text(value.errorMessage),
      subError: text(value.subError),
    };
  }
  return null;
}
