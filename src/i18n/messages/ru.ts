import { cloudRu } from "./cloud/ru";
import { coreRu } from "./core/ru";
import { eventRu } from "./event/ru";
import { linkRu } from "./link/ru";
import { listRu } from "./list/ru";
import { openFormRu } from "./openForm/ru";
import type { MessageCatalog } from "./en";

export const ru: MessageCatalog = { ...cloudRu, ...coreRu, ...eventRu, ...linkRu, ...listRu, ...openFormRu };
