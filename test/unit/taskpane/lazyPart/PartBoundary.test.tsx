import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { Component, type ReactNode } from "react";
import { IntlProvider } from "react-intl";
import { en, type MessageCatalog } from "../../../../src/i18n/messages/en";
import { fr } from "../../../../src/i18n/messages/fr";
import { PartBoundary } from "../../../../src/taskpane/components/lazyPart/PartBoundary";
import { retryableLazy } from "../../../../src/taskpane/components/lazyPart/retryableLazy";

function Greeting({ name }: { name: string }): ReactNode {
  return <p>Hello {name}</p>;
}

/** A module load that fails `failures` times (as a chunk that did not arrive), then gives the module. */
function flakyModule(failures: number): { load: () => Promise<{ Greeting: typeof Greeting }>; calls: () => number } {
  let calls = 0;
  return {
    load: () => {
      calls += 1;
      return calls <= failures
        ? Promise.reject(Object.assign(new Error("Loading chunk 42 failed."), { name: "ChunkLoadError" }))
        : Promise.resolve({ Greeting });
    },
    calls: () => calls,
  };
}

class Outer extends Component<{ children: ReactNode }, { error: string | null }> {
  override state: { error: string | null } = { error: null };
  static getDerivedStateFromError(error: unknown): { error: string } {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  override render(): ReactNode {
    return this.state.error ? <p>outer caught: {this.state.error}</p> : this.props.children;
  }
}

function renderIn(messages: MessageCatalog, locale: string, children: ReactNode) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <IntlProvider locale={locale} messages={messages}>
        <Outer>
          <input aria-label="Typed elsewhere" defaultValue="" />
          {children}
        </Outer>
      </IntlProvider>
    </FluentProvider>,
  );
}

describe("a lazily loaded part of the pane", () => {
  beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it("that did not load says so in its place, keeps the rest of the pane, and loads on retry", async () => {
    const module = flakyModule(2);
    const Part = retryableLazy(module.load, "Greeting");
    renderIn(
      en,
      "en",
      <PartBoundary>
        <Part name="Ada" />
      </PartBoundary>,
    );
    fireEvent.change(screen.getByLabelText("Typed elsewhere"), { target: { value: "Budget review" } });
    expect((await screen.findByTestId("part-load-failed")).textContent).toBe(
      `${en["part.loadFailed"]}${en["part.retry"]}`,
    );
    expect(screen.getByRole("alert")).toBeTruthy();

    // Fails once more: the message comes back, the load was tried again.
    fireEvent.click(screen.getByRole("button", { name: en["part.retry"] }));
    await screen.findByTestId("part-load-failed");
    expect(module.calls()).toBe(2);

    fireEvent.click(screen.getByRole("button", { name: en["part.retry"] }));
    expect((await screen.findByText("Hello Ada")).tagName).toBe("P");
    expect(module.calls()).toBe(3);
    expect(screen.queryByTestId("part-load-failed")).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>("Typed elsewhere").value).toBe("Budget review");
  });

  it("speaks the pane's language", async () => {
    const Part = retryableLazy(flakyModule(1).load, "Greeting");
    renderIn(
      fr,
      "fr",
      <PartBoundary>
        <Part name="Ada" />
      </PartBoundary>,
    );
    await screen.findByText(fr["part.loadFailed"]);
    expect(screen.getByRole("button", { name: fr["part.retry"] })).toBeTruthy();
  });

  it("shows the caller's own failure view where one is given", async () => {
    const Part = retryableLazy(flakyModule(1).load, "Greeting");
    renderIn(
      en,
      "en",
      <PartBoundary failed={() => <p>plain words</p>}>
        <Part name="Ada" />
      </PartBoundary>,
    );
    await screen.findByText("plain words");
  });

  it("leaves an error that is not a failed load to the boundary above", async () => {
    function Broken(): ReactNode {
      throw new Error("a bug, not the network");
    }
    renderIn(
      en,
      "en",
      <PartBoundary>
        <Broken />
      </PartBoundary>,
    );
    await screen.findByText("outer caught: a bug, not the network");
    expect(screen.queryByTestId("part-load-failed")).toBeNull();
  });

  it("loads once and shows the part when nothing fails", async () => {
    const module = flakyModule(0);
    const Part = retryableLazy(module.load, "Greeting");
    renderIn(
      en,
      "en",
      <PartBoundary loading={<p>loading…</p>}>
        <Part name="Grace" />
      </PartBoundary>,
    );
    expect(screen.getByText("loading…")).toBeTruthy();
    await screen.findByText("Hello Grace");
    expect(module.calls()).toBe(1);
  });
});
