/**
 * The page-load benchmark's baseline pane (`demo.html?pane=baseline`): office.js in the simulated Outlook on the
 * web's frame, as the add-in's pane, then one Fluent UI "Choose files" button, built with the product's React and
 * Fluent UI in the same demo build. What the add-in's pane takes beyond it is the cost of our own code.
 */
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

const office = (globalThis as { Office?: typeof Office }).Office;
const container = document.getElementById("root");
if (office && container) {
  void office.onReady().then(() => {
    createRoot(container).render(
      <FluentProvider theme={webLightTheme}>
        <Button appearance="primary">Choose files</Button>
      </FluentProvider>,
    );
  });
}
