import { isHostScenario, type HostScenario } from "./scenarios";
import { isSimulatedTheme, type SimulatedTheme } from "./themes";

export const SIMULATED_LANGUAGES = ["en-US", "fr-FR", "es-ES", "fi-FI", "ja-JP", "ru-RU"] as const;

export interface HostUrlOptions {
  scenario: HostScenario;
  language: string;
  theme: SimulatedTheme;
}

export const DEFAULT_HOST_URL_OPTIONS: Readonly<HostUrlOptions> = {
  scenario: "saved",
  language: "en-US",
  theme: "light",
};

// A language tag as Office reports it: a primary subtag, then optional region/script subtags.
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}$/;

/**
 * Reads `?host=<scenario>&lang=<tag>&theme=<light|dark|highContrast>`. Anything unknown falls back to the default
 * (a saved meeting, en-US, light). A bare language such as `fr` becomes the simulated tag for it (`fr-FR`); other
 * well-formed tags (`pt-BR`) are kept so that the fallback language can be tried.
 */
export function parseHostOptionsFromUrl(search: string): HostUrlOptions {
  const params = new URLSearchParams(search);
  const host = params.get("host");
  const theme = params.get("theme");
  return {
    scenario: isHostScenario(host) ? host : DEFAULT_HOST_URL_OPTIONS.scenario,
    language: normaliseLanguage(params.get("lang")),
    theme: isSimulatedTheme(theme) ? theme : DEFAULT_HOST_URL_OPTIONS.theme,
  };
}

function normaliseLanguage(tag: string | null): string {
  if (!tag || !LANGUAGE_TAG.test(tag)) return DEFAULT_HOST_URL_OPTIONS.language;
  const lower = tag.toLowerCase();
  const known = SIMULATED_LANGUAGES.find(
    (language) => language.toLowerCase() === lower || language.slice(0, 2).toLowerCase() === lower,
  );
  return known ?? tag;
}
