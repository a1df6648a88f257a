import type { ComposeItemMethod } from "../outlook-web/composeItemMethods";
import type { NativeExecuteHandler } from "./nativeEndpoint";
import { INITIAL_DATA_DISPATCH_ID, namedParametersFromNative } from "./nativeParameters";
import { nativeInitialData, nativeNotSupported, nativeResultOf } from "./nativeResults";

/**
 * Answers the pane's `window.external.Execute` calls with the same answers Outlook on the web gives: the native
 * parameters become the web's named `ApiParams`, the compose item's method answers, and its `HostResponse`
 * becomes the native result. Dispatch id 1 is the initial data.
 */
export function createNativeDispatcher(
  methods: Readonly<Record<number, ComposeItemMethod>>,
  initialData: () => Record<string, unknown>,
): NativeExecuteHandler {
  return async (dispId, params) => {
    if (dispId === INITIAL_DATA_DISPATCH_ID) return nativeInitialData(initialData());
    const named = namedParametersFromNative(dispId, params);
    const method = methods[dispId];
    if (named === null || !method) {
      console.warn(`The simulated Outlook does not answer dispatch id ${dispId}.`);
      return nativeNotSupported();
    }
    return nativeResultOf(await method(named));
  };
}
