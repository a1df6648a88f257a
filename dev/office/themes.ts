/** What `Office.context.officeTheme` reports in each theme (Outlook supports neither `isDarkTheme` nor `themeId`). */
export type SimulatedTheme = "light" | "dark" | "highContrast";

export type ThemeColors = Pick<
  Office.OfficeTheme,
  "bodyBackgroundColor" | "bodyForegroundColor" | "controlBackgroundColor" | "controlForegroundColor"
>;

export const THEME_COLORS: Readonly<Record<SimulatedTheme, ThemeColors>> = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#242424",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#242424",
  },
  dark: {
    bodyBackgroundColor: "#292929",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#1F1F1F",
    controlForegroundColor: "#FFFFFF",
  },
  // Windows "Night sky" style contrast theme: black page, white text, yellow controls.
  highContrast: {
    bodyBackgroundColor: "#000000",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#000000",
    controlForegroundColor: "#FFFF00",
  },
};

export function isSimulatedTheme(value: unknown): value is SimulatedTheme {
  return value === "light" || value === "dark" || value === "highContrast";
}
