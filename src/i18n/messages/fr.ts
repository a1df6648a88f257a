import { cloudFr } from "./cloud/fr";
import { coreFr } from "./core/fr";
import { eventFr } from "./event/fr";
import { linkFr } from "./link/fr";
import { listFr } from "./list/fr";
import { openFormFr } from "./openForm/fr";
import type { MessageCatalog } from "./en";

export const fr: MessageCatalog = { ...cloudFr, ...coreFr, ...eventFr, ...linkFr, ...listFr, ...openFormFr };
