import { webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { UiTheme } from "../office";

/** Dark and high contrast, in their own chunk: most organizers use the light theme. */
async function loadOtherTheme(theme: Exclude<UiTheme, "light">): Promise<Theme> {
  const { otherThemes } = await import(/* webpackChunkName: "themes" */ "./otherThemes");
  return otherThemes[theme];
}

/**
 * Office's theme, as src/office reads it, as the matching Fluent UI theme: light at once, dark and high contrast
 * once their chunk has loaded. Null only until the first theme is there; on a switch the previous theme stays until
 * the next one is ready. A chunk that cannot load (offline) leaves the light theme.
 */
export function useFluentTheme(theme: UiTheme): Theme | null {
  const [loaded, setLoaded] = useState<{ theme: UiTheme; fluent: Theme } | null>(
    theme === "light" ? { theme, fluent: webLightTheme } : null,
  );
  useEffect(() => {
    if (theme === "light") {
      setLoaded({ theme, fluent: webLightTheme });
      return;
    }
    let current = true;
    loadOtherTheme(theme).then(
      (fluent) => current && setLoaded({ theme, fluent }),
      () => current && setLoaded({ theme: "light", fluent: webLightTheme }),
    );
    return () => {
      current = false;
    };
  }, [theme]);
  return loaded?.fluent ?? null;
}
