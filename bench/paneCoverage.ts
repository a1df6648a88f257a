import type { CDPSession } from "playwright-core";
import type { FunctionCoverage } from "./coverage";

/** One script's function coverage, as `Profiler.takePreciseCoverage` reports it. */
export interface ScriptCoverage {
  url: string;
  functions: FunctionCoverage[];
}

interface TargetReply {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

/**
 * V8's function coverage of every script in the frames of other sites the page opens (the pane runs in a process of
 * its own), from before each frame runs anything until `load` has resolved. Chromium holds each new frame until
 * the session that asked to auto-attach lets it go, so coverage starts before the frame's first script; messages
 * go wrapped for the child, the protocol's non-flattened form, which Playwright's sessions can send.
 */
export async function paneCoverage(cdp: CDPSession, load: () => Promise<void>): Promise<ScriptCoverage[]> {
  const frames: string[] = [];
  const waiting = new Map<string, (reply: TargetReply) => void>();
  let nextId = 1;
  const send = (sessionId: string, method: string, params: object = {}): Promise<unknown> => {
    const id = nextId++;
    const reply = new Promise<TargetReply>((resolve) => waiting.set(`${sessionId}:${id}`, resolve));
    void cdp
      .send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id, method, params }) })
      .catch(() => undefined);
    return reply.then((answer) => {
      if (answer.error) throw new Error(`${method}: ${answer.error.message}`);
      return answer.result;
    });
  };
  cdp.on("Target.receivedMessageFromTarget", ({ sessionId, message }) => {
    const reply = JSON.parse(message) as TargetReply;
    if (reply.id === undefined) return;
    waiting.get(`${sessionId}:${reply.id}`)?.(reply);
    waiting.delete(`${sessionId}:${reply.id}`);
  });
  const started: Promise<unknown>[] = [];
  cdp.on("Target.attachedToTarget", ({ sessionId, targetInfo }) => {
    // Released whatever the profiler answered, so that no frame or worker is left waiting; not awaited, as a
    // short-lived worker may be gone before it answers.
    const release = (): void => void send(sessionId, "Runtime.runIfWaitingForDebugger").catch(() => undefined);
    if (targetInfo.type !== "iframe") {
      release();
      return;
    }
    const coverageOn = send(sessionId, "Profiler.enable")
      .then(() => send(sessionId, "Profiler.startPreciseCoverage", { callCount: false, detailed: false }))
      .then(() => frames.push(sessionId));
    coverageOn.then(release, release);
    // Its failure is reported once the load is over (Promise.all below), not as an unhandled rejection now.
    coverageOn.catch(() => undefined);
    started.push(coverageOn);
  });
  await cdp.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  await load();
  await Promise.all(started);
  const taken = await Promise.all(
    frames.map(async (sessionId) => {
      const answer = (await send(sessionId, "Profiler.takePreciseCoverage")) as { result: ScriptCoverage[] };
      return answer.result;
    }),
  );
  return taken.flat();
}
