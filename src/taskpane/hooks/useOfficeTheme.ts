import { useEffect, useState } from "react";
import { currentTheme, subscribeToTheme, type OfficeLike, type UiTheme } from "../../office";

/** Office's current theme, following the organizer's changes where the host reports them. */
export function useOfficeTheme(office: OfficeLike, forcedColors?: () => boolean): UiTheme {
  const [theme, setTheme] = useState<UiTheme>(() => currentTheme(office, { forcedColors: forcedColors?.() ?? false }));
  useEffect(() => {
    let unsubscribe: (() => Promise<void>) | null = null;
    let active = true;
    subscribeToTheme(office, setTheme, { ...(forcedColors ? { forcedColors } : {}) }).then(
      (subscription) => {
        if (active) unsubscribe = subscription.unsubscribe;
        else void subscription.unsubscribe().catch(() => undefined);
      },
      // No theme events: the theme read at start stays, which is what hosts without the event show too.
      () => undefined,
    );
    return () => {
      active = false;
      void unsubscribe?.().catch(() => undefined);
    };
  }, [office, forcedColors]);
  return theme;
}
