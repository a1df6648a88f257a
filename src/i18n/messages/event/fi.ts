import type { CatalogOf } from "../catalogOf";
import type { eventEn } from "./en";

export const eventFi: CatalogOf<typeof eventEn> = {};
