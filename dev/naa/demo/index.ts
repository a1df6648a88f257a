/** The stand-in bridge in the demo: the pane's side, the simulated Outlook's side, and which sign-in runs. */
export { demoSignInFrom, paneSignInParameters, type DemoSignIn } from "./signInChoice";
export { installDemoBridge, nestedAppAuthTokens, warmUpNestedAppAuth } from "./paneSignIn";
export { startDemoBroker, type DemoBrokerWindow } from "./hostBroker";
