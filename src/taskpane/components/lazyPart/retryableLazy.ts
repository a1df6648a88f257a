import { createElement, lazy, type ComponentType, type ReactNode } from "react";

/** A part of the pane whose code (or the stylesheet its chunk waits for) did not arrive. */
export class PartLoadError extends Error {
  override readonly name = "PartLoadError";
}

/** Every lazy part whose last load failed, to be loaded again at the next render after a retry. */
const failedParts = new Set<() => void>();

/**
 * React's `lazy` for the component a module exports as `name`, with a failed load that can be tried again: `lazy`
 * keeps a failed load's error for good, so the part would stay broken until the pane is reloaded (and what the
 * organizer typed elsewhere in it lost). webpack lets a chunk that failed be requested again.
 */
export function retryableLazy<Module extends Record<Name, (props: never) => ReactNode>, Name extends keyof Module>(
  load: () => Promise<Module>,
  name: Name,
): Module[Name] {
  // The props pass through untouched, so the part's own props type is the one callers see (the return type).
  type Part = ComponentType<object>;
  let current: Part;
  const reload = (): void => {
    current = lazy(() =>
      load().then(
        (loaded) => ({ default: loaded[name] as unknown as Part }),
        (error: unknown) => {
          failedParts.add(reload);
          throw new PartLoadError("A part of the pane failed to load.", { cause: error });
        },
      ),
    );
  };
  reload();
  function RetryableLazy(props: object): ReactNode {
    return createElement(current, props);
  }
  return RetryableLazy as unknown as Module[Name];
}

/** Makes every part whose load failed load again when it next renders. */
export function retryFailedParts(): void {
  const parts = [...failedParts];
  failedParts.clear();
  for (const reload of parts) reload();
}
