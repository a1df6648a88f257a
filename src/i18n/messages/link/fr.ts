import type { CatalogOf } from "../catalogOf";
import type { linkEn } from "./en";

export const linkFr: CatalogOf<typeof linkEn> = {};
