/**
 * What the real MSAL needs from a jsdom window that jsdom leaves out: TextEncoder/TextDecoder (it decodes ID
 * tokens with them) and Web Crypto's `subtle` (its standard client refuses to start without it). Node has both.
 */
import { webcrypto } from "node:crypto";
import "./jsdomGlobals";

Object.defineProperty(window, "crypto", { value: webcrypto, configurable: true });
