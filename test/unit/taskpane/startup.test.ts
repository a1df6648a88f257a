import { askForOfficeEarly } from "../../../src/taskpane/startup";

test("asks office.js for onReady once, so that office.js does not wait for the main script", () => {
  const onReady = jest.fn(() => Promise.resolve({ host: "Outlook" }));
  askForOfficeEarly({ onReady });
  expect(onReady).toHaveBeenCalledTimes(1);
  expect(onReady).toHaveBeenCalledWith();
});

test("does nothing where office.js did not load, leaving the message to the main script", () => {
  expect(() => askForOfficeEarly(undefined)).not.toThrow();
});
