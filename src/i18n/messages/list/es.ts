import type { CatalogOf } from "../catalogOf";
import type { listEn } from "./en";

export const listEs: CatalogOf<typeof listEn> = {};
