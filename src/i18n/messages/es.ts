import { cloudEs } from "./cloud/es";
import { coreEs } from "./core/es";
import { eventEs } from "./event/es";
import { linkEs } from "./link/es";
import { listEs } from "./list/es";
import { openFormEs } from "./openForm/es";
import type { MessageCatalog } from "./en";

export const es: MessageCatalog = { ...cloudEs, ...coreEs, ...eventEs, ...linkEs, ...listEs, ...openFormEs };
