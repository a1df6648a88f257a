import { DROP, json, type RecordedRequest } from "./fakeFetch";

/**
 * A tiny in-memory stand-in for one event's attachments, enough to script lost responses: each POST can be told to
 * commit and then lose its answer.
 */
export interface StoredAttachment {
  "@odata.type": string;
  id: string;
  name: string;
  size: number;
  contentType: string | null;
  isInline: boolean;
  lastModifiedDateTime: string;
}

export type PostOutcome = "ok" | "commitThenDrop" | "dropBeforeCommit" | "commitThen504" | "throttle";

export function createMiniGraph(now: () => number) {
  const attachments: StoredAttachment[] = [];
  const posts: RecordedRequest[] = [];
  const outcomes: PostOutcome[] = [];
  let listFails = false;
  let counter = 0;

  const create = (request: RecordedRequest): StoredAttachment => {
    const body = JSON.parse(request.bodyText) as { "@odata.type": string; name: string; contentBytes?: string };
    counter += 1;
    const bytes = body.contentBytes ? Buffer.from(body.contentBytes, "base64").length : 0;
    const stored: StoredAttachment = {
      "@odata.type": body["@odata.type"],
      id: `AAMkATT${counter}=`,
      name: body.name,
      // Graph reports more than the raw bytes.
      size: bytes + 158,
      contentType: null,
      isInline: false,
      lastModifiedDateTime: new Date(now()).toISOString().replace(/\.\d+Z$/, "Z"),
    };
    attachments.push(stored);
    return stored;
  };

  const handle = (request: RecordedRequest): Response | typeof DROP => {
    if (request.method === "GET") {
      if (listFails) return DROP;
      return json(200, { value: attachments });
    }
    posts.push(request);
    const outcome = outcomes.shift() ?? "ok";
    switch (outcome) {
      case "throttle":
        return json(429, { error: { code: "ApplicationThrottled", message: "…" } }, { "Retry-After": "0" });
      case "dropBeforeCommit":
        return DROP;
      case "commitThenDrop":
        create(request);
        return DROP;
      case "commitThen504":
        create(request);
        return json(504, { error: { code: "UnknownError", message: "" } });
      case "ok":
        return json(201, create(request));
    }
  };

  return {
    attachments,
    posts,
    handle,
    script: (...next: PostOutcome[]) => outcomes.push(...next),
    failLists: () => {
      listFails = true;
    },
    seed: (attachment: StoredAttachment) => attachments.push(attachment),
  };
}
