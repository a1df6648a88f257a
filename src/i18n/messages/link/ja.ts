import type { CatalogOf } from "../catalogOf";
import type { linkEn } from "./en";

export const linkJa: CatalogOf<typeof linkEn> = {};
