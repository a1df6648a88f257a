/**
 * Starts building the browser's locale data on a worker thread (warmLocaleData.worker.ts says why) and ends the
 * worker once it is done. Nothing depends on it: where workers are missing or refused, the first render builds the
 * data itself, as it would anyway.
 */
export function warmUpLocaleData(): void {
  if (typeof Worker === "undefined") return;
  try {
    const worker = new Worker(
      /* webpackChunkName: "warm-locale-data" */ new URL("./warmLocaleData.worker.ts", import.meta.url),
    );
    const end = (): void => worker.terminate();
    worker.addEventListener("message", end);
    worker.addEventListener("error", end);
  } catch {
    // Refused (a Content-Security-Policy, an unusual host): the first render does the work.
  }
}
