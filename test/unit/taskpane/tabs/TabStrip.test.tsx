import { act, fireEvent, render, screen } from "@testing-library/react";
import { createRef, useState, type ReactNode } from "react";
import { TabStrip, type StripTab } from "../../../../src/taskpane/components/tabs/TabStrip";

type Value = "file" | "event" | "link";

const linkRef = createRef<HTMLButtonElement>();
const TABS: ReadonlyArray<StripTab<Value>> = [
  { value: "file", label: "File" },
  { value: "event", label: "Event" },
  { value: "link", label: "Cloud link", ref: linkRef },
];

function Strip({ onSelect }: { onSelect: (value: Value) => void }): ReactNode {
  const [selected, setSelected] = useState<Value>("file");
  return (
    <TabStrip
      tabs={TABS}
      selected={selected}
      onSelect={(value) => {
        onSelect(value);
        setSelected(value);
      }}
    />
  );
}

function renderStrip(): Value[] {
  const selections: Value[] = [];
  render(
    <>
      <Strip onSelect={(value) => selections.push(value)} />
      <button type="button">After the strip</button>
    </>,
  );
  return selections;
}

const tab = (name: string): HTMLElement => screen.getByRole("tab", { name });

/** Focus moved by the test itself, not by an event testing-library fires: the strip's state changes inside act. */
function focus(element: HTMLElement): void {
  act(() => element.focus());
}

test("the tabs are named by their labels alone, tied to their panels, and only the selected one is in the Tab order", () => {
  renderStrip();
  expect(screen.getByRole("tablist").getAttribute("aria-orientation")).toBe("horizontal");
  expect(screen.getAllByRole("tab").map((button) => button.textContent)).toEqual(["File", "Event", "Cloud link"]);
  expect(tab("Cloud link").id).toBe("tab-link");
  expect(tab("Cloud link").getAttribute("aria-controls")).toBe("panel-link");
  expect(screen.getAllByRole("tab").map((button) => [button.getAttribute("aria-selected"), button.tabIndex])).toEqual([
    ["true", 0],
    ["false", -1],
    ["false", -1],
  ]);
});

test("the arrow keys move focus and wrap, Home and End go to the ends, and none of them selects", () => {
  const selections = renderStrip();
  focus(tab("File"));
  fireEvent.keyDown(document.activeElement as Element, { key: "ArrowRight" });
  expect(document.activeElement).toBe(tab("Event"));
  fireEvent.keyDown(document.activeElement as Element, { key: "ArrowRight" });
  fireEvent.keyDown(document.activeElement as Element, { key: "ArrowRight" });
  expect(document.activeElement).toBe(tab("File"));
  fireEvent.keyDown(document.activeElement as Element, { key: "ArrowLeft" });
  expect(document.activeElement).toBe(tab("Cloud link"));
  fireEvent.keyDown(document.activeElement as Element, { key: "Home" });
  expect(document.activeElement).toBe(tab("File"));
  fireEvent.keyDown(document.activeElement as Element, { key: "End" });
  expect(document.activeElement).toBe(linkRef.current);
  expect(selections).toEqual([]);
  expect(tab("File").getAttribute("aria-selected")).toBe("true");
});

test("the focused tab is the one in the Tab order while focus is in the strip, the selected one once it leaves", () => {
  renderStrip();
  const tabIndexes = (): number[] => screen.getAllByRole("tab").map((button) => button.tabIndex);
  focus(tab("File"));
  fireEvent.keyDown(tab("File"), { key: "ArrowRight" });
  expect(tabIndexes()).toEqual([-1, 0, -1]);
  fireEvent.keyDown(tab("Event"), { key: "ArrowRight" });
  expect(tabIndexes()).toEqual([-1, -1, 0]);
  focus(screen.getByRole("button", { name: "After the strip" }));
  expect(tabIndexes()).toEqual([0, -1, -1]);
});

test("a key with a modifier, or another key, is left to the browser and to Outlook", () => {
  renderStrip();
  focus(tab("File"));
  const withAlt = fireEvent.keyDown(document.activeElement as Element, { key: "ArrowRight", altKey: true });
  const letter = fireEvent.keyDown(document.activeElement as Element, { key: "e" });
  expect([withAlt, letter]).toEqual([true, true]);
  expect(document.activeElement).toBe(tab("File"));
  const arrow = fireEvent.keyDown(document.activeElement as Element, { key: "ArrowRight" });
  expect(arrow).toBe(false);
});

test("choosing a tab selects it and makes it the one Tab lands on", () => {
  const selections = renderStrip();
  fireEvent.click(tab("Event"));
  expect(selections).toEqual(["event"]);
  expect(tab("Event").getAttribute("aria-selected")).toBe("true");
  expect(screen.getAllByRole("tab").map((button) => button.tabIndex)).toEqual([-1, 0, -1]);
});
