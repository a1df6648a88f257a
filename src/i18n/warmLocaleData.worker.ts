/**
 * Runs on a worker thread while office.js starts: the first `Intl` call in a renderer process builds the browser's
 * locale tables (tens of ms on a slow machine), and Chromium keeps them for the whole process, so the pane's first
 * render, whose React Intl checks the locale with the same calls, then finds them built. The date format warms the
 * locale data the meeting's header reads next.
 */
const languages = [...navigator.languages];
Intl.NumberFormat.supportedLocalesOf(languages);
Intl.DateTimeFormat.supportedLocalesOf(languages);
new Intl.DateTimeFormat(languages, { dateStyle: "medium", timeStyle: "short" }).format(0);
postMessage("warm");
