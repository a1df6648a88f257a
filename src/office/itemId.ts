import { callHostSync } from "./callHost";
import { OfficeHostError } from "./OfficeHostError";
import type { OfficeLike } from "./officeHost";

export type ItemIdFormat = "ews" | "rest" | "unknown";

// EWS ids are standard Base64 (A–Z a–z 0–9 + / =); REST ids are the same bytes in the URL-safe alphabet (- _).
const BASE64_STANDARD = /^[A-Za-z0-9+/]+=*$/;
const BASE64_URL_SAFE = /^[A-Za-z0-9\-_]+=*$/;

/**
 * Tells an EWS id from a REST id. Outlook on Windows, Mac and the web hands out EWS ids; Outlook on iOS and Android
 * hands out REST ids. An id without any of `+ / - _` reads the same in both alphabets, so it is reported as REST:
 * converting it would change nothing.
 */
export function detectIdFormat(id: string): ItemIdFormat {
  if (typeof id !== "string" || id.length === 0) return "unknown";
  if (/[+/]/.test(id)) return BASE64_STANDARD.test(id) ? "ews" : "unknown";
  return BASE64_URL_SAFE.test(id) ? "rest" : "unknown";
}

/**
 * Returns the Graph (REST) id of an Outlook item id. EWS ids go through `mailbox.convertToRestId` with REST v2.0,
 * the version Graph ids share; REST ids are returned as they are. An unconverted EWS id makes Graph answer
 * "Resource not found for the segment", so anything unrecognisable is refused here.
 */
export function toRestId(host: OfficeLike, id: string): string {
  const operation = "mailbox.convertToRestId";
  const format = detectIdFormat(id);
  if (format === "rest") return id;
  if (format === "unknown") {
    throw new OfficeHostError("invalidItemId", "The host returned an item id that is neither an EWS nor a REST id.", {
      operation,
    });
  }
  const mailbox = host.context.mailbox;
  const restId = callHostSync(operation, () =>
    mailbox.convertToRestId(id, host.MailboxEnums.RestVersion.v2_0),
  ) as unknown;
  if (typeof restId !== "string" || detectIdFormat(restId) !== "rest") {
    throw new OfficeHostError("invalidItemId", "convertToRestId did not return a REST id.", { operation });
  }
  return restId;
}

/**
 * Returns the EWS id of a Graph (REST) item id, for the Office.js methods that take Exchange ids
 * (`item.addItemAttachmentAsync`). EWS ids are returned as they are; REST ids go through `mailbox.convertToEwsId`
 * (Mailbox 1.3), which the host computes locally.
 */
export function toEwsId(host: OfficeLike, id: string): string {
  const operation = "mailbox.convertToEwsId";
  const format = detectIdFormat(id);
  if (format === "ews") return id;
  if (format === "unknown") {
    throw new OfficeHostError("invalidItemId", "The item id is neither an EWS nor a REST id.", { operation });
  }
  const mailbox = host.context.mailbox;
  const convert = mailbox.convertToEwsId;
  if (typeof convert !== "function") {
    throw new OfficeHostError("notAvailable", "This Outlook cannot convert item ids (Mailbox 1.3).", {
      operation,
      missingRequirement: "Mailbox 1.3",
    });
  }
  const ewsId = callHostSync(operation, () => convert.call(mailbox, id, host.MailboxEnums.RestVersion.v2_0)) as unknown;
  if (typeof ewsId !== "string" || detectIdFormat(ewsId) === "unknown") {
    throw new OfficeHostError("invalidItemId", "convertToEwsId did not return an EWS id.", { operation });
  }
  return ewsId;
}
