import { isGraphRequestError, type GraphClient } from "../graph";

/**
 * The same client, except that when an attach ends with `outcomeUnknown` (the attachment may have been stored) the
 * taskpane is told to reload the list, which the message asks the organizer to check before trying again.
 */
export function refreshWhenUncertain(client: GraphClient, refresh: () => void): GraphClient {
  const watch = <T>(attempt: Promise<T>): Promise<T> =>
    attempt.catch((error: unknown) => {
      if (isGraphRequestError(error, "outcomeUnknown")) refresh();
      throw error;
    });
  return {
    ...client,
    attachFile: (ref, file, options) => watch(client.attachFile(ref, file, options)),
    attachEvent: (ref, input, options) => watch(client.attachEvent(ref, input, options)),
    attachLink: (ref, input, options) => watch(client.attachLink(ref, input, options)),
  };
}
