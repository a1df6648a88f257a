import { cloudEn } from "./cloud/en";
import { coreEn } from "./core/en";
import { eventEn } from "./event/en";
import { linkEn } from "./link/en";
import { listEn } from "./list/en";
import { openFormEn } from "./openForm/en";

/** Every English message, by id: the source of truth for ids. ICU MessageFormat syntax (plurals, selects). */
export const en = { ...cloudEn, ...coreEn, ...eventEn, ...linkEn, ...listEn, ...openFormEn } as const;

export type MessageId = keyof typeof en;
/** A full catalog: every id, translated. Each language must define every id (checked by type and by a test). */
export type MessageCatalog = Record<MessageId, string>;
