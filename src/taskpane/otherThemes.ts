import { teamsHighContrastTheme, webDarkTheme, type Theme } from "@fluentui/react-components";
import type { UiTheme } from "../office";

/** The Fluent UI themes for Office's dark and high-contrast themes (loaded when Office reports one). */
export const otherThemes: Readonly<Record<Exclude<UiTheme, "light">, Theme>> = {
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};
