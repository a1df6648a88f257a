/** What the page found itself in once Office.js had its say. */
export type HostCheck = { kind: "outlook" } | { kind: "elsewhere" } | { kind: "officeMissing" };

export interface OfficeGlobal {
  onReady(): Promise<{ host: Office.HostType | null }>;
}

/**
 * Waits for `Office.onReady`. Outside any Office host office.js resolves with `host: null`; when office.js did not load
 * (blocked, offline) there is no `Office` at all, and when the host never answers we stop waiting after `timeoutMs`
 * so the organizer sees a message instead of a blank pane.
 */
export async function waitForOutlook(office: OfficeGlobal | undefined, timeoutMs: number): Promise<HostCheck> {
  if (!office) return { kind: "officeMissing" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<HostCheck>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "officeMissing" }), timeoutMs);
  });
  const ready = office.onReady().then(
    (info): HostCheck => (String(info.host) === "Outlook" ? { kind: "outlook" } : { kind: "elsewhere" }),
    (): HostCheck => ({ kind: "officeMissing" }),
  );
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
