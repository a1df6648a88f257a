/**
 * The page-load benchmark's floor (`demo.html?pane=baseline`): office.js in the simulated Outlook on the
 * web's frame, as the add-in's pane, then one Fluent UI "Choose files" button, built with the product's React and
 * Fluent UI in the same demo build. What the add-in's pane takes beyond it is the cost of our own code.
 */
import { Button } from "@fluentui/react-components";
import { renderWhenOfficeReady } from "./renderWhenOfficeReady";

renderWhenOfficeReady(<Button appearance="primary">Choose files</Button>);
