/**
 * jsdom leaves out TextEncoder and TextDecoder, which ky (under src/graph) reads when it loads; Node has them.
 * Run before every test of the "dom" project.
 */
import { TextDecoder, TextEncoder } from "node:util";

Object.assign(globalThis, { TextEncoder, TextDecoder });
