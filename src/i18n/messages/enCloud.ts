import { cloudEn } from "./cloud/en";

/**
 * The OneDrive and SharePoint picker's and the upload to OneDrive's English, loaded with the link form or with a file
 * row that offers the upload (precompiled like every catalog).
 */
export const enCloud = cloudEn;
