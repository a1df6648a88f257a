import type { DriveReach } from "../../../../src/auth";
import {
  DriveRequestError,
  type CreateLinkOptions,
  type DriveClient,
  type DriveEntry,
  type DriveLink,
  type DriveSite,
  type DriveSummary,
  type DriveUpload,
  type LinkableItem,
} from "../../../../src/graph";

/** A file or folder as the drive client returns it, with defaults a test can override. */
export function driveEntry(overrides: Partial<DriveEntry> & Pick<DriveEntry, "name">): DriveEntry {
  const extension = overrides.name.includes(".") ? (overrides.name.split(".").pop() ?? null) : null;
  return {
    id: `item-${overrides.name}`,
    driveId: "drive-own",
    isFolder: false,
    size: 20_480,
    lastModified: "2030-01-02T10:00:00Z",
    webUrl: `https://contoso-my.sharepoint.com/personal/megan/Documents/${overrides.name}`,
    mimeType: null,
    extension: overrides.isFolder ? null : extension,
    childCount: overrides.isFolder ? 2 : null,
    driveType: "business",
    provider: "oneDriveBusiness",
    remote: false,
    ...overrides,
  };
}

/**
 * A hand-written drive client: folders and search results the test sets, links of every kind except those it
 * refuses, and a record of each call (with the reach the session asked for).
 */
export class FakeDrive {
  recentItems: DriveEntry[] = [];
  folders = new Map<string, DriveEntry[]>();
  searchResults: DriveEntry[] = [];
  sites: DriveSite[] = [];
  libraries: DriveSummary[] = [];
  /** Link kinds ("view/anonymous", …) the tenant refuses. */
  refusedKinds = new Set<string>();
  /** The first list call of a reach fails so (consent declined, for instance), once. */
  failFirst = new Map<DriveReach, Error>();
  readonly calls: string[] = [];
  readonly links: Array<{ item: LinkableItem; kind: string }> = [];

  for(reach: DriveReach): Promise<DriveClient> {
    return Promise.resolve(this.client(reach));
  }

  private failure(reach: DriveReach): Promise<never> | null {
    const error = this.failFirst.get(reach);
    if (!error) return null;
    this.failFirst.delete(reach);
    return Promise.reject(error);
  }

  private client(reach: DriveReach): DriveClient {
    const record = (call: string): void => {
      this.calls.push(`${reach}:${call}`);
    };
    return {
      recent: () => (record("recent"), this.failure(reach) ?? Promise.resolve([...this.recentItems])),
      search: (text) => (record(`search ${text}`), this.failure(reach) ?? Promise.resolve([...this.searchResults])),
      children: (folder) => {
        const key = folder?.id ?? folder?.driveId ?? "root";
        record(`children ${key}`);
        return this.failure(reach) ?? Promise.resolve([...(this.folders.get(key) ?? [])]);
      },
      followedSites: () => (record("sites"), this.failure(reach) ?? Promise.resolve([...this.sites])),
      siteDrives: (siteId) => (record(`drives ${siteId}`), Promise.resolve([...this.libraries])),
      createLink: (item: LinkableItem, options: CreateLinkOptions): Promise<DriveLink> => {
        const kind = `${options.type}/${options.scope}`;
        record(`createLink ${kind}`);
        this.links.push({ item, kind });
        if (this.refusedKinds.has(kind)) return Promise.reject(linkRefused(options));
        return Promise.resolve({
          webUrl: `https://contoso-my.sharepoint.com/:w:/g/personal/megan/${item.id}-${options.type}-${options.scope}`,
          type: options.type,
          scope: options.scope,
          created: true,
          permissionId: "perm-1",
        });
      },
      uploadFile: () => Promise.reject(new Error("uploadFile is not used by the pane")),
      startUpload: (): DriveUpload => {
        throw new Error("startUpload: use FakeUploads");
      },
    };
  }
}

function linkRefused(options: CreateLinkOptions): Error {
  // What the real client throws for SharePoint's refusal (403 with a sharing-policy message).
  return new DriveRequestError(
    "linkKindRefused",
    "The organization's sharing settings do not allow this kind of link.",
    {
      operation: "createLink",
      refused: { type: options.type, scope: options.scope },
      status: 403,
      code: "accessDenied",
    },
  );
}

/**
 * Uploads the test drives by hand: each run waits until the test completes or fails it; pause ends the run as the
 * real handle does (its result rejects) and resume starts the next from the bytes already sent.
 */
export class FakeUploads {
  readonly runs: Array<{ from: number; finish: (entry: DriveEntry) => void; fail: (error: Error) => void }> = [];
  readonly events: string[] = [];
  progress: ((sent: number) => void) | null = null;
  private sent = 0;

  constructor(private readonly totalBytes: number) {}

  /** Sends `bytes` more of the current run. */
  send(bytes: number): void {
    this.sent += bytes;
    this.progress?.(this.sent);
  }

  install(drive: FakeDrive): void {
    const original = drive.for.bind(drive);
    const sent = (): number => this.sent;
    const totalBytes = this.totalBytes;
    const note = (event: string): void => {
      this.events.push(event);
    };
    const nextRun = (): Promise<DriveEntry> => this.run();
    const stopRun = (): void => this.runs[this.runs.length - 1]?.fail(new DOMException("Paused.", "AbortError"));
    drive.for = async (reach) => {
      const client = await original(reach);
      return {
        ...client,
        startUpload: (_file, options = {}): DriveUpload => {
          note("start");
          this.progress = (bytes) => options.onProgress?.({ bytesSent: bytes, totalBytes });
          let result = nextRun();
          return {
            state: "uploading",
            get progress() {
              return { bytesSent: sent(), totalBytes };
            },
            error: undefined,
            get result() {
              return result;
            },
            resume: () => {
              note(`resume from ${sent()}`);
              result = nextRun();
              return result;
            },
            pause: () => {
              note("pause");
              stopRun();
              return Promise.resolve();
            },
            cancel: () => {
              note("cancel");
              return Promise.resolve();
            },
          };
        },
      };
    };
  }

  private run(): Promise<DriveEntry> {
    return new Promise((resolve, reject) => {
      this.runs.push({ from: this.sent, finish: resolve, fail: reject });
    });
  }
}
