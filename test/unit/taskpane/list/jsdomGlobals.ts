/**
 * jsdom leaves out TextEncoder and TextDecoder, which ky (under src/graph) reads when it loads. Node has them;
 * imported first, this hands them over before anything else loads.
 */
import { TextDecoder, TextEncoder } from "node:util";

Object.assign(globalThis, { TextEncoder, TextDecoder });
