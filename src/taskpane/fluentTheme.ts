import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { UiTheme } from "../office";

/** Office's theme, as src/office reads it, mapped to the matching Fluent UI theme. */
export function fluentThemeFor(theme: UiTheme): Theme {
  switch (theme) {
    case "dark":
      return webDarkTheme;
    case "highContrast":
      return teamsHighContrastTheme;
    case "light":
      return webLightTheme;
  }
}
