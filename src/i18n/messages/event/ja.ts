import type { CatalogOf } from "../catalogOf";
import type { eventEn } from "./en";

export const eventJa: CatalogOf<typeof eventEn> = {};
