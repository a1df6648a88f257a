import { cloudFi } from "./cloud/fi";
import { coreFi } from "./core/fi";
import { eventFi } from "./event/fi";
import { linkFi } from "./link/fi";
import { listFi } from "./list/fi";
import { openFormFi } from "./openForm/fi";
import type { MessageCatalog } from "./en";

export const fi: MessageCatalog = { ...cloudFi, ...coreFi, ...eventFi, ...linkFi, ...listFi, ...openFormFi };
