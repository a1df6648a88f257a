import type { CatalogOf } from "../catalogOf";
import type { listEn } from "./en";

export const listJa: CatalogOf<typeof listEn> = {};
