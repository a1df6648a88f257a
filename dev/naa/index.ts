/** The stand-in nested-app-auth bridge: never part of the production build (scripts/check-no-stand-ins.sh). */
export {
  installFrameBridge,
  type BridgeResponseText,
  type InstalledFrameBridge,
  type NestedAppAuthBridge,
} from "./frameBridge";
export { connectBroker, type BrokerConnection, type BrokerConnectionOptions } from "./brokerConnection";
export { createDemoBroker, type BrokerCall, type DemoBroker, type DemoBrokerOptions } from "./demoBroker";
export {
  BROKER_FAILURES,
  brokerFailureFromQuery,
  isBrokerFailure,
  type BrokerFailure,
  type BrokerFailurePlan,
} from "./brokerFailures";
