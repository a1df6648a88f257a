import { GraphRequestError, type AttachmentInfo, type GraphClient } from "../../../src/graph";
import { refreshWhenUncertain } from "../../../src/taskpane/refreshWhenUncertain";

const created: AttachmentInfo = {
  id: "A1",
  kind: "file",
  name: "a.txt",
  contentType: "text/plain",
  size: 160,
  isInline: false,
  lastModifiedDateTime: null,
};
const ref = { mailbox: { kind: "me" as const }, eventId: "AAMk=" };

function clientFailingWith(error: Error): GraphClient {
  const fail = (): Promise<never> => Promise.reject(error);
  return {
    attachFile: fail,
    attachEvent: fail,
    attachLink: fail,
    listAttachments: () => Promise.resolve([created]),
    deleteAttachment: () => Promise.resolve(),
    listCalendarView: () => Promise.resolve([]),
    getEvent: fail,
  };
}

test("an attach whose outcome is unknown asks for the list to be reloaded, and still fails", async () => {
  const refresh = jest.fn();
  const uncertain = new GraphRequestError("outcomeUnknown", "maybe");
  const client = refreshWhenUncertain(clientFailingWith(uncertain), refresh);
  await expect(client.attachFile(ref, Object.assign(new Blob(["x"]), { name: "a.txt" }))).rejects.toBe(uncertain);
  await expect(
    client.attachLink(ref, {
      name: "l",
      sourceUrl: "https://x",
      providerType: "other",
      permission: "view",
      isFolder: false,
    }),
  ).rejects.toBe(uncertain);
  expect(refresh).toHaveBeenCalledTimes(2);
});

test("other failures and successes leave the list alone", async () => {
  const refresh = jest.fn();
  const denied = new GraphRequestError("accessDenied", "no");
  const client = refreshWhenUncertain(clientFailingWith(denied), refresh);
  await expect(client.attachFile(ref, Object.assign(new Blob(["x"]), { name: "a.txt" }))).rejects.toBe(denied);
  await expect(client.listAttachments(ref)).resolves.toEqual([created]);
  expect(refresh).not.toHaveBeenCalled();
});
