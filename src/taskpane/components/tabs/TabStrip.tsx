import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useCallback, useState, type FocusEvent, type KeyboardEvent, type ReactNode, type Ref } from "react";

/** One tab: its value, its visible name, and optionally a ref to its button (to move focus to it). */
export interface StripTab<T extends string> {
  value: T;
  label: string;
  ref?: Ref<HTMLButtonElement>;
}

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", alignItems: "stretch" },
  tab: {
    position: "relative",
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorTransparentBackgroundHover, color: tokens.colorNeutralForeground2Hover },
    ":active": {
      backgroundColor: tokens.colorTransparentBackgroundPressed,
      color: tokens.colorNeutralForeground2Pressed,
    },
    // The indicator under the tab: the stroke colour on hover, the brand colour once selected. On `::before`, as
    // the focus outline is drawn on `::after`.
    "::before": {
      content: '""',
      position: "absolute",
      bottom: 0,
      left: tokens.spacingHorizontalSNudge,
      right: tokens.spacingHorizontalSNudge,
      height: tokens.strokeWidthThick,
      borderRadius: tokens.borderRadiusCircular,
    },
    ":hover::before": { backgroundColor: tokens.colorNeutralStroke1Hover },
    "@media (forced-colors: active)": { ":hover::before": { backgroundColor: "Highlight" } },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { color: tokens.colorNeutralForeground1Hover },
    "::before": { backgroundColor: tokens.colorCompoundBrandStroke },
    ":hover::before": { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    "@media (forced-colors: active)": { "::before": { backgroundColor: "Highlight" } },
  },
  focus: createFocusOutlineStyle(),
  // Room for the name in bold under the name itself (hidden, and with no text of its own for screen readers), so
  // selecting a tab does not change its width.
  name: {
    display: "inline-flex",
    flexDirection: "column",
    "::after": {
      content: 'attr(data-label) / ""',
      height: 0,
      overflow: "hidden",
      visibility: "hidden",
      fontWeight: tokens.fontWeightSemibold,
    },
  },
});

const NEXT_KEYS: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * A row of tabs with the keyboard behaviour of the WAI-ARIA tabs pattern, manual activation: Tab enters on the
 * selected tab, the arrow keys (wrapping), Home and End move between tabs, Enter or Space selects. The buttons
 * are `tab-{value}` and control `panel-{value}`. Written here rather than Fluent's TabList, whose focus manager
 * (tabster) would be most of the first screen's keyboard code for three buttons.
 */
export function TabStrip<T extends string>(props: {
  tabs: ReadonlyArray<StripTab<T>>;
  selected: T;
  onSelect: (value: T) => void;
}): ReactNode {
  const { tabs, selected, onSelect } = props;
  const styles = useStyles();
  // The one tab in the Tab order: the focused one while focus is in the strip, the selected one otherwise. Outlook
  // on the web's office.js moves focus on Tab itself, from the focused element to the next one outside
  // tabindex="-1"; a focused tab outside that order would make Tab leave the pane for Outlook.
  const [focused, setFocused] = useState<T | null>(null);
  const inTabOrder = focused ?? selected;

  const moveFocus = useCallback((event: KeyboardEvent<HTMLDivElement>) => {
    const next = NEXT_KEYS[event.key];
    if (!next || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
    const index = buttons.findIndex((button) => button === event.target);
    if (index < 0) return;
    event.preventDefault();
    buttons[next(index, buttons.length)]?.focus();
  }, []);

  const leaveStrip = useCallback((event: FocusEvent<HTMLDivElement>) => {
    if (!(event.relatedTarget instanceof Node) || !event.currentTarget.contains(event.relatedTarget)) {
      setFocused(null);
    }
  }, []);

  return (
    <div role="tablist" aria-orientation="horizontal" className={styles.list} onKeyDown={moveFocus} onBlur={leaveStrip}>
      {tabs.map((tab) => {
        const isSelected = tab.value === selected;
        return (
          <button
            key={tab.value}
            ref={tab.ref}
            type="button"
            role="tab"
            id={`tab-${tab.value}`}
            aria-controls={`panel-${tab.value}`}
            aria-selected={isSelected}
            tabIndex={tab.value === inTabOrder ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected, styles.focus)}
            onFocus={() => setFocused(tab.value)}
            onClick={() => onSelect(tab.value)}
          >
            <span className={styles.name} data-label={tab.label}>
              {tab.label}
            </span>
          </button>
        );
      })}
    </div>
  );
}
