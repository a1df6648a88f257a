import { ReasonedError } from "../../shared/ReasonedError";

/** Base of every error `src/graph` throws on purpose: each carries a stable `reason` the UI can translate. */
export abstract class GraphClientError<Reason extends string = string> extends ReasonedError<Reason> {}
