import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { createRoot } from "react-dom/client";

/**
 * How each benchmark baseline pane starts, as Microsoft's template does: once office.js reports ready, it renders
 * `pane` in Fluent's light theme into the page's #root.
 */
export function renderWhenOfficeReady(pane: ReactElement): void {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const container = document.getElementById("root");
  if (!office || !container) return;
  void office.onReady().then(() => {
    createRoot(container).render(<FluentProvider theme={webLightTheme}>{pane}</FluentProvider>);
  });
}
