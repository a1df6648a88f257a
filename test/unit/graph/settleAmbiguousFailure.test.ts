import type { AttachmentInfo } from "../../../src/graph";
import { GraphRequestError } from "../../../src/graph";
import { settleAmbiguousFailure } from "../../../src/graph/core/settleAmbiguousFailure";

const stored: AttachmentInfo = {
  id: "AAMkAGI1AAAt9AHjAAABEgAQ=",
  kind: "file",
  name: "menu.txt",
  contentType: "text/plain",
  size: 178,
  isInline: false,
  lastModifiedDateTime: "2026-11-23T10:00:00Z",
};

describe.each(["network", "timeout", "server"] as const)("after a final %s failure", (reason) => {
  const failure = new GraphRequestError(reason, "lost", { clientRequestId: "c1", attempts: 5 });

  test("an attachment Graph did store is the result, not a failure", async () => {
    await expect(settleAmbiguousFailure(failure, undefined, () => Promise.resolve(stored))).resolves.toBe(stored);
  });

  test("nothing stored: the original failure stands", async () => {
    await expect(settleAmbiguousFailure(failure, undefined, () => Promise.resolve(undefined))).rejects.toBe(failure);
  });

  test("the check itself fails: the outcome is unknown, with the first failure as its cause", async () => {
    const settled = settleAmbiguousFailure(failure, undefined, () => Promise.reject(new Error("list failed")));
    await expect(settled).rejects.toMatchObject({ reason: "outcomeUnknown", clientRequestId: "c1", attempts: 5 });
    await expect(settled).rejects.toHaveProperty("cause", failure);
  });
});

test("failures that cannot have stored anything are rethrown without a check", async () => {
  const check = jest.fn(() => Promise.resolve(stored));
  for (const reason of ["badRequest", "accessDenied", "throttled", "cancelled"] as const) {
    const failure = new GraphRequestError(reason, reason);
    await expect(settleAmbiguousFailure(failure, undefined, check)).rejects.toBe(failure);
  }
  await expect(settleAmbiguousFailure(new Error("plain"), undefined, check)).rejects.toThrow("plain");
  expect(check).not.toHaveBeenCalled();
});

test("throttling after an ambiguous attempt still ends with a check", async () => {
  const throttled = new GraphRequestError("throttled", "busy", { attempts: 5 });
  await expect(settleAmbiguousFailure(throttled, undefined, () => Promise.resolve(stored), true)).resolves.toBe(stored);
  await expect(settleAmbiguousFailure(throttled, undefined, () => Promise.resolve(undefined), true)).rejects.toBe(
    throttled,
  );
});

test("a cancelled call is not checked, and a check cancelled midway reports the cancellation", async () => {
  const controller = new AbortController();
  controller.abort();
  const failure = new GraphRequestError("network", "lost");
  const check = jest.fn(() => Promise.resolve(stored));
  await expect(settleAmbiguousFailure(failure, controller.signal, check)).rejects.toBe(failure);
  expect(check).not.toHaveBeenCalled();

  const midway = new AbortController();
  const cancelled = new GraphRequestError("cancelled", "cancelled");
  const settled = settleAmbiguousFailure(failure, midway.signal, () => {
    midway.abort();
    return Promise.reject(cancelled);
  });
  await expect(settled).rejects.toBe(cancelled);
});
