import type { FormAttacher } from "../office";

/**
 * A FormAttacher loaded on its first use, so the first screen does not carry it (only classic Outlook and Outlook
 * on Mac ever use it). One real attacher is made, so every attachment shares its queue. A failed load is not
 * remembered: the next attachment tries again.
 */
export function lazyFormAttacher(load: () => Promise<FormAttacher>): FormAttacher {
  let loading: Promise<FormAttacher> | null = null;
  const attacher = (): Promise<FormAttacher> => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
  return {
    attachFile: async (file, name, options) => (await attacher()).attachFile(file, name, options),
    attachItem: async (itemId, name, options) => (await attacher()).attachItem(itemId, name, options),
  };
}
