import type { CatalogOf } from "../catalogOf";
import type { listEn } from "./en";

export const listFr: CatalogOf<typeof listEn> = {};
