import type { CatalogOf } from "../catalogOf";
import type { eventEn } from "./en";

export const eventFr: CatalogOf<typeof eventEn> = {};
