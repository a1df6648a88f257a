import type { CatalogOf } from "../catalogOf";
import type { linkEn } from "./en";

export const linkFi: CatalogOf<typeof linkEn> = {};
