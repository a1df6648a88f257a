/** The sign-in implementation, as one chunk the taskpane loads on its first token request. */
export { createOfficeTokenProvider } from "./officeTokenProvider";
export { loadMsalBrowser } from "./loadMsalBrowser";
