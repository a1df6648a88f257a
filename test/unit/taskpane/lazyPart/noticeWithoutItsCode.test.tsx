import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { IntlProvider } from "react-intl";
import { en } from "../../../../src/i18n/messages/en";
import { Notice } from "../../../../src/taskpane/components/notice/Notice";

// The message bar's chunk does not arrive.
jest.mock("../../../../src/taskpane/components/notice/NoticeBar", () => {
  throw Object.assign(new Error("Loading chunk notice failed."), { name: "ChunkLoadError" });
});

describe("a notice whose message bar did not load", () => {
  beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it("still shows its words and its buttons, as an alert for an error", async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <IntlProvider locale="en" messages={en}>
          <Notice intent="error" testId="upload-error" actions={<button>Retry upload</button>}>
            The upload stopped.
          </Notice>
        </IntlProvider>
      </FluentProvider>,
    );
    const notice = await screen.findByTestId("upload-error");
    expect(notice.getAttribute("role")).toBe("alert");
    expect(notice.textContent).toBe("The upload stopped.Retry upload");
    expect(screen.getByRole("button", { name: "Retry upload" })).toBeTruthy();
  });
});
