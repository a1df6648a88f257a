import type { CatalogOf } from "../catalogOf";
import type { eventEn } from "./en";

export const eventRu: CatalogOf<typeof eventEn> = {};
