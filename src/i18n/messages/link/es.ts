import type { CatalogOf } from "../catalogOf";
import type { linkEn } from "./en";

export const linkEs: CatalogOf<typeof linkEn> = {};
