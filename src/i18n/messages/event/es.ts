import type { CatalogOf } from "../catalogOf";
import type { eventEn } from "./en";

export const eventEs: CatalogOf<typeof eventEn> = {};
