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
  /** `Office.AsyncResultStatus`: `"succeeded"` or `"failed"` at run time (typed as a numeric enum). */
  status: unknown;
  value: T;
  error?: OfficeErrorLike;
}

export type OfficeDialogEventArgs = { message: string; origin: string | undefined } | { error: number };

export interface OfficeDialogLike {
  /**
   * `eventType` is `"dialogMessageReceived"` or `"dialogEventReceived"`: the run-time values of
   * `Office.EventType`, which @types/office-js declares as a numeric enum (hence the union).
   */
  addEventHandler(eventType: Office.EventType | string, handler: (args: OfficeDialogEventArgs) => void): void;
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

// Office.EventType.DialogMessageReceived / DialogEventReceived, spelled out so this module does not need the
// Office global at run time (tests, and code that runs before office.js loads).
export const DIALOG_MESSAGE_RECEIVED = "dialogMessageReceived";
export const DIALOG_EVENT_RECEIVED = "dialogEventReceived";
