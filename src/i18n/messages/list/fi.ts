import type { CatalogOf } from "../catalogOf";
import type { listEn } from "./en";

export const listFi: CatalogOf<typeof listEn> = {};
