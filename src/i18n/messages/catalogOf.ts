/** A translation of an English catalog: the same ids, each with a string. */
export type CatalogOf<English> = { [Id in keyof English]: string };
