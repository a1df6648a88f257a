import { linkEn } from "./link/en";

/** The link form's English, loaded with the form (see enFirstScreen.ts); its picker adds enCloud. */
export const enLinkForm = linkEn;
