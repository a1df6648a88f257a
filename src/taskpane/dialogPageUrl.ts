/**
 * The sign-in dialog's URL: dialog.html next to the page that asks, so the add-in works from any base URL, path
 * included (https://contoso.example/tools/meeting-attachments/). The page's query and fragment (Outlook's
 * `_host_Info`, `_xdm_Info`) are not carried over: the URL is also the redirect URI registered for the app.
 */
export function dialogPageUrl(pageUrl: string): string {
  const url = new URL("dialog.html", pageUrl);
  url.search = "";
  url.hash = "";
  return url.href;
}
