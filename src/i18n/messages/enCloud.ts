import { cloudEn } from "./cloud/en";

/** The OneDrive upload's English, loaded with a file row that offers it (precompiled like every catalog). */
export const enCloud = cloudEn;
