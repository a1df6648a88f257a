import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
import { IntlProvider } from "react-intl";
import { createSimulatedOffice } from "../../../dev/office";
import type { TokenProvider } from "../../../src/auth";
import { en } from "../../../src/i18n/messages/en";
import { Taskpane } from "../../../src/taskpane/components/Taskpane";

/** The pane on the simulated Outlook's saved meeting, counting its reads of the subject; sign-in never answers. */
function renderPane() {
  const office = createSimulatedOffice({ scenario: "saved" });
  const subjectReads = jest.spyOn(office.context.mailbox.item.subject, "getAsync");
  const tokens: TokenProvider = {
    getToken: () => new Promise<string>(() => undefined),
    signOut: () => Promise.resolve(),
    lastPath: null,
  };
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <IntlProvider locale="en" messages={en}>
        <Taskpane services={{ office, tokens, cloud: "global" }} />
      </IntlProvider>
    </FluentProvider>,
  );
  return { subjectReads, result };
}

/** The next frame, then a task after it: when the browser has painted what React committed. */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

test("the pane reads the meeting only once its first screen has painted, so the first click does not wait for it", async () => {
  let pane: ReturnType<typeof renderPane> | undefined;
  // Effects and every promise they start have run here; no frame has.
  await act(async () => {
    pane = renderPane();
    await Promise.resolve();
  });
  expect(screen.getByRole("button", { name: "Choose files" })).toBeTruthy();
  expect(pane?.subjectReads).not.toHaveBeenCalled();

  await act(afterNextFrame);
  expect(pane?.subjectReads).toHaveBeenCalledTimes(1);
});

test("a pane closed before its first paint never reads the meeting", async () => {
  let pane: ReturnType<typeof renderPane> | undefined;
  await act(async () => {
    pane = renderPane();
    await Promise.resolve();
  });
  pane?.result.unmount();
  await act(afterNextFrame);
  expect(pane?.subjectReads).not.toHaveBeenCalled();
});
