import type { CatalogOf } from "../catalogOf";
import type { linkEn } from "./en";

export const linkRu: CatalogOf<typeof linkEn> = {};
