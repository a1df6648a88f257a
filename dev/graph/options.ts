import { resolveDriveOptions, type DriveEmulatorOptions, type ResolvedDriveOptions } from "./drive/driveOptions";

/** Settings of the Graph emulator, with the defaults Microsoft Graph itself behaves by (see docs/graph-emulator). */
export interface GraphEmulatorOptions {
  /** Root the handlers answer under, e.g. "https://graph.microsoft.com" (default) or "http://localhost:3001/graph". */
  baseUrl?: string;
  /** Root of upload-session URLs (default "https://outlook.office.com"); in the demo `${baseUrl}/outlook`. */
  uploadBaseUrl?: string;
  /** Injectable clock: session expiry, lastModifiedDateTime, token expiry, event visibility delay. */
  now?: () => Date;
  /** Waits used by `delay` faults; tests pass a controllable one. Defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Largest accepted request body for a plain POST (default 4,194,304 bytes, about a 3,145,611-byte file). */
  maxPostBytes?: number;
  /** Smallest file an upload session accepts (default 2,097,152 bytes). */
  minUploadSessionBytes?: number;
  /** Largest file an upload session accepts (default 150 MiB). */
  maxUploadSessionBytes?: number;
  /** Largest chunk one PUT to an upload URL may carry (default 4 MiB). */
  maxUploadChunkBytes?: number;
  /** Total reported size of one event's attachments (default 35 MiB); beyond it → ErrorMessageSizeExceeded. */
  mailboxSizeLimitBytes?: number;
  /** Requests in flight per mailbox before 429 ApplicationThrottled (default 4); null switches the check off. */
  mailboxConcurrencyLimit?: number | null;
  /** How long an upload session lives (default 15 minutes; Microsoft does not document it). */
  uploadSessionLifetimeMs?: number;
  /** Tenant id used in upload URLs and `@odata.id` values. */
  tenantId?: string;
  /** Seed the demo tenant's events and grants (default true). */
  seedDemoData?: boolean;
  /** OneDrive and SharePoint: limits, sharing link policy (see drive/driveOptions.ts). */
  drive?: DriveEmulatorOptions;
}

export interface ResolvedOptions {
  baseUrl: string;
  uploadBaseUrl: string;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  maxPostBytes: number;
  minUploadSessionBytes: number;
  maxUploadSessionBytes: number;
  maxUploadChunkBytes: number;
  mailboxSizeLimitBytes: number;
  mailboxConcurrencyLimit: number | null;
  uploadSessionLifetimeMs: number;
  tenantId: string;
  seedDemoData: boolean;
  drive: ResolvedDriveOptions;
}

const MIB = 1024 * 1024;

/** The tenant of the Graph documentation's samples. */
export const DEMO_TENANT_ID = "41a5b830-45ac-4f1b-9bfc-baafa3b7db2e";

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

export function resolveOptions(options: GraphEmulatorOptions = {}): ResolvedOptions {
  return {
    baseUrl: withoutTrailingSlash(options.baseUrl ?? "https://graph.microsoft.com"),
    uploadBaseUrl: withoutTrailingSlash(options.uploadBaseUrl ?? "https://outlook.office.com"),
    now: options.now ?? (() => new Date()),
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    maxPostBytes: options.maxPostBytes ?? 4 * MIB,
    minUploadSessionBytes: options.minUploadSessionBytes ?? 2 * MIB,
    maxUploadSessionBytes: options.maxUploadSessionBytes ?? 150 * MIB,
    maxUploadChunkBytes: options.maxUploadChunkBytes ?? 4 * MIB,
    mailboxSizeLimitBytes: options.mailboxSizeLimitBytes ?? 35 * MIB,
    mailboxConcurrencyLimit: options.mailboxConcurrencyLimit === undefined ? 4 : options.mailboxConcurrencyLimit,
    uploadSessionLifetimeMs: options.uploadSessionLifetimeMs ?? 15 * 60 * 1000,
    tenantId: options.tenantId ?? DEMO_TENANT_ID,
    seedDemoData: options.seedDemoData ?? true,
    drive: resolveDriveOptions(options.drive),
  };
}
