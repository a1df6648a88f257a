import { cloudEn } from "./cloud/en";
import { linkEn } from "./link/en";

/** The link form's English and its OneDrive and SharePoint picker's, loaded with the form (see enFirstScreen.ts). */
export const enLinkForm = { ...linkEn, ...cloudEn };
