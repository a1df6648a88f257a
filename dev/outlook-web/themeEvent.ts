import { THEME_COLORS, type SimulatedTheme } from "../office/themes";

/** The cross-frame event name office.js registers for `Office.EventType.OfficeThemeChanged`. */
export const THEME_EVENT = "officeThemeChanged";

/** The colours as Outlook reports them: a JSON object of integers (office.js makes `#rrggbb` of them). */
export function themeColorsJson(theme: SimulatedTheme): string {
  const colors = THEME_COLORS[theme];
  const asIntegers = Object.fromEntries(
    Object.entries(colors).map(([name, hex]) => [name, parseInt(hex.replace("#", ""), 16)]),
  );
  return JSON.stringify(asIntegers);
}

/** The colours as the host sends them in the event: that JSON string in an array. */
export function themeEventData(theme: SimulatedTheme): unknown {
  return [themeColorsJson(theme)];
}
