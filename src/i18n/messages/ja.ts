import { cloudJa } from "./cloud/ja";
import { coreJa } from "./core/ja";
import { eventJa } from "./event/ja";
import { linkJa } from "./link/ja";
import { listJa } from "./list/ja";
import { openFormJa } from "./openForm/ja";
import type { MessageCatalog } from "./en";

export const ja: MessageCatalog = { ...cloudJa, ...coreJa, ...eventJa, ...linkJa, ...listJa, ...openFormJa };
