import { coreEn } from "./core/en";
import { listEn } from "./list/en";
import { openFormEn } from "./openForm/en";

/**
 * The English the first screen shows: the shell, the meeting, the file form, errors, the list and the open-window
 * notices. The event and link forms bring theirs (enEventForm.ts, enLinkForm.ts); other languages load whole (loadMessages.ts).
 */
export const enFirstScreen = { ...coreEn, ...listEn, ...openFormEn } as const;
