import { callHost } from "./callHost";
import { fromThrown } from "./OfficeHostError";
import type { OfficeLike, OfficeThemeColors } from "./officeHost";
import { isSetSupported, THEME_EVENTS_MAILBOX_VERSION } from "./requirements";

export type UiTheme = "light" | "dark" | "highContrast";

export interface ThemeDetectionOptions {
  /** `window.matchMedia("(forced-colors: active)").matches`, when the page can ask. */
  forcedColors?: boolean;
}

interface Rgb {
  r: number;
  g: number;
  b: number;
}

function parseHexColor(value: unknown): Rgb | null {
  if (typeof value !== "string") return null;
  const match = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(value.trim());
  if (!match?.[1]) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join("") : match[1];
  return {
    r: parseInt(hex.slice(0, 2), 16),
    g: parseInt(hex.slice(2, 4), 16),
    b: parseInt(hex.slice(4, 6), 16),
  };
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
function relativeLuminance({ r, g, b }: Rgb): number {
  const linear = (channel: number): number => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function isPureBlackOrWhite({ r, g, b }: Rgb): boolean {
  return (r === 0 && g === 0 && b === 0) || (r === 255 && g === 255 && b === 255);
}

/** A vivid colour such as the yellow, cyan or green that Windows contrast themes use for text and controls. */
function isSaturated({ r, g, b }: Rgb): boolean {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  return max >= 128 && (max - min) / max >= 0.8;
}

// Below this luminance a background reads as dark; it is the luminance of mid grey (#767676).
const DARK_BACKGROUND_LUMINANCE = 0.18;

/**
 * Outlook reports its theme only as colours (`isDarkTheme` and `themeId` are not supported in Outlook), so:
 * - high contrast when the page reports forced colours, or when the body background is pure black or pure white
 *   and one of the other theme colours is a vivid, saturated one: that is what Windows contrast themes produce,
 *   while Office's own themes use greys;
 * - dark when the body background is darker than mid grey;
 * - light otherwise, including hosts that give no theme (mobile, before Mailbox 1.14).
 */
export function detectTheme(
  theme: Partial<OfficeThemeColors> | undefined,
  options: ThemeDetectionOptions = {},
): UiTheme {
  if (options.forcedColors) return "highContrast";
  const background = parseHexColor(theme?.bodyBackgroundColor);
  if (!background) return "light";
  const others = [theme?.bodyForegroundColor, theme?.controlForegroundColor, theme?.controlBackgroundColor]
    .map(parseHexColor)
    .filter((color): color is Rgb => color !== null);
  if (isPureBlackOrWhite(background) && others.some(isSaturated)) return "highContrast";
  return relativeLuminance(background) < DARK_BACKGROUND_LUMINANCE ? "dark" : "light";
}

/** The theme Office reports now. */
export function currentTheme(host: OfficeLike, options: ThemeDetectionOptions = {}): UiTheme {
  return detectTheme(host.context.officeTheme, options);
}

export interface ThemeSubscription {
  /** False when the host cannot report theme changes (before Mailbox 1.14, mobile). */
  active: boolean;
  unsubscribe: () => Promise<void>;
}

export interface SubscribeToThemeOptions {
  /** Read again at each change, e.g. `() => matchMedia("(forced-colors: active)").matches`. */
  forcedColors?: () => boolean;
  /** Receives what `onChange` throws; errors must not travel back into Office's event dispatch. */
  onError?: (error: unknown) => void;
}

/**
 * Calls `onChange` whenever the organizer switches Office's theme (`OfficeThemeChanged`, Mailbox 1.14, taskpane
 * only). Note that `mailbox.removeHandlerAsync` removes every handler of the event, not only this one.
 */
export async function subscribeToTheme(
  host: OfficeLike,
  onChange: (theme: UiTheme) => void,
  options: SubscribeToThemeOptions = {},
): Promise<ThemeSubscription> {
  const mailbox = host.context.mailbox;
  const addHandler = mailbox.addHandlerAsync;
  if (!isSetSupported(host, "Mailbox", THEME_EVENTS_MAILBOX_VERSION) || typeof addHandler !== "function") {
    return { active: false, unsubscribe: () => Promise.resolve() };
  }
  const eventType = host.EventType.OfficeThemeChanged;
  const reportError = options.onError ?? ((error: unknown) => console.error(error));
  let listening = true;
  const handler = (event: Partial<Office.OfficeThemeChangedEventArgs> | undefined): void => {
    if (!listening) return;
    try {
      const forcedColors = options.forcedColors?.() ?? false;
      onChange(detectTheme(event?.officeTheme ?? host.context.officeTheme, { forcedColors }));
    } catch (error) {
      reportError(fromThrown("OfficeThemeChanged handler", error));
    }
  };
  await callHost<void>(host, "mailbox.addHandlerAsync", (callback) =>
    addHandler.call(mailbox, eventType, handler, callback),
  );
  return {
    active: true,
    unsubscribe: async () => {
      if (!listening) return;
      listening = false;
      const removeHandler = mailbox.removeHandlerAsync;
      if (typeof removeHandler !== "function") return;
      await callHost<void>(host, "mailbox.removeHandlerAsync", (callback) =>
        removeHandler.call(mailbox, eventType, callback),
      );
    },
  };
}
