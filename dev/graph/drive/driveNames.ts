import { driveErrors, driveFail } from "./driveErrors";

/** Characters OneDrive for Business and SharePoint refuse in a file or folder name. */
const FORBIDDEN = /["*:<>?/\\|]/;

/** Refuses a name SharePoint would: empty, forbidden characters, outer spaces, or a trailing dot. */
export function checkItemName(name: string): void {
  if (name === "" || FORBIDDEN.test(name) || name.trim() !== name || name.endsWith(".")) {
    driveFail(driveErrors.invalidName(name));
  }
}
