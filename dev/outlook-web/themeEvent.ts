import { THEME_COLORS, type SimulatedTheme } from "../office/themes";

/** The cross-frame event name office.js registers for `Office.EventType.OfficeThemeChanged`. */
export const THEME_EVENT = "officeThemeChanged";

/** The colours as the host sends them: one JSON string of integers in an array (office.js makes `#rrggbb` of them). */
export function themeEventData(theme: SimulatedTheme): unknown {
  const colors = THEME_COLORS[theme];
  const asIntegers = Object.fromEntries(
    Object.entries(colors).map(([name, hex]) => [name, parseInt(hex.replace("#", ""), 16)]),
  );
  return [JSON.stringify(asIntegers)];
}
