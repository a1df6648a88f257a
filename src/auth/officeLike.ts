/**
 * The parts of Office.js the sign-in code uses, as structural types, so tests and the simulated host can
 * stand in for `Office`. The real `Office` object satisfies them (checked by a type test).
 */
export interface OfficeErrorLike {
  code: number;
  name?: string;
  message: string;
}

export interface OfficeAsyncResultLike<T> {
  /** `"succeeded"` or `"failed"` (`Office.AsyncResultStatus`). */
  status: string;
  value: T;
  error?: OfficeErrorLike;
}

export type OfficeDialogEventArgs = { message: string; origin: string | undefined } | { error: number };

export interface OfficeDialogLike {
  /** `eventType` is `"dialogMessageReceived"` or `"dialogEventReceived"` (`Office.EventType`). */
  addEventHandler(eventType: string, handler: (args: OfficeDialogEventArgs) => void): void;
  close(): void;
}

export interface OfficeDialogOptionsLike {
  height?: number;
  width?: number;
  promptBeforeOpen?: boolean;
}

/** `Office.auth.getAuthContext()` (NestedAppAuth 1.1). */
export interface OfficeAuthContextLike {
  authorityType?: string;
  loginHint?: string;
  userPrincipalName?: string;
  userObjectId?: string;
  tenantId?: string;
}

export interface OfficeLike {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    mailbox?: { userProfile?: { emailAddress?: string; accountType?: string } } | null;
    ui: {
      displayDialogAsync(
        startAddress: string,
        options?: OfficeDialogOptionsLike,
        callback?: (result: OfficeAsyncResultLike<OfficeDialogLike>) => void,
      ): void;
    };
  };
  auth?: { getAuthContext?(): Promise<OfficeAuthContextLike> };
}

export const DIALOG_MESSAGE_RECEIVED = "dialogMessageReceived";
export const DIALOG_EVENT_RECEIVED = "dialogEventReceived";
