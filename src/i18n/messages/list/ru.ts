import type { CatalogOf } from "../catalogOf";
import type { listEn } from "./en";

export const listRu: CatalogOf<typeof listEn> = {};
