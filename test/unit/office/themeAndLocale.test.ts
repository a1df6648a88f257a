import { createSimulatedOffice, simulatedHostControl, THEME_COLORS } from "../../../dev/office";
import {
  currentTheme,
  supportsMailbox18,
  detectTheme,
  pickUiLocale,
  subscribeToTheme,
  type OfficeLike,
  type UiTheme,
} from "../../../src/office";
import { answering, fail, fakeHost, ok } from "./fakeHost";

describe("detectTheme", () => {
  it("reads the simulated light, dark and high-contrast colours", () => {
    expect(detectTheme(THEME_COLORS.light)).toBe("light");
    expect(detectTheme(THEME_COLORS.dark)).toBe("dark");
    expect(detectTheme(THEME_COLORS.highContrast)).toBe("highContrast");
  });

  it.each<[string, Record<string, string>, UiTheme]>([
    ["Office black", { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" }, "dark"],
    ["Office dark grey", { bodyBackgroundColor: "#444444", bodyForegroundColor: "#F0F0F0" }, "dark"],
    ["Office colorful", { bodyBackgroundColor: "#F3F3F3", bodyForegroundColor: "#262626" }, "light"],
    [
      "pure white with black text (not contrast)",
      { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#000000" },
      "light",
    ],
    [
      "pure black with white text (no vivid colour)",
      { bodyBackgroundColor: "#000", bodyForegroundColor: "#fff" },
      "dark",
    ],
    [
      "contrast white",
      { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlForegroundColor: "#0000FF" },
      "highContrast",
    ],
    [
      "contrast aquatic",
      { bodyBackgroundColor: "#000000", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#1AEBFF" },
      "highContrast",
    ],
    [
      "vivid colour on grey is not contrast",
      { bodyBackgroundColor: "#202020", controlForegroundColor: "#FFFF00" },
      "dark",
    ],
    ["unreadable background", { bodyBackgroundColor: "blue" }, "light"],
  ])("%s", (_label, theme, expected) => {
    expect(detectTheme(theme)).toBe(expected);
  });

  it("is light without a theme and high contrast whenever forced colours are active", () => {
    expect(detectTheme(undefined)).toBe("light");
    expect(detectTheme(undefined, { forcedColors: true })).toBe("highContrast");
    expect(detectTheme(THEME_COLORS.dark, { forcedColors: true })).toBe("highContrast");
  });

  it("currentTheme reads the host's theme", () => {
    expect(currentTheme(createSimulatedOffice({ scenario: "saved", theme: "dark" }))).toBe("dark");
    expect(currentTheme(createSimulatedOffice({ scenario: "rest-ids", theme: "dark" }))).toBe("light");
  });
});

describe("subscribeToTheme", () => {
  it("follows the organizer's theme changes until unsubscribed", async () => {
    const office = createSimulatedOffice({ scenario: "saved", theme: "light" });
    const seen: UiTheme[] = [];
    const subscription = await subscribeToTheme(office, (theme) => seen.push(theme));
    expect(subscription.active).toBe(true);
    simulatedHostControl(office).setTheme("dark");
    await new Promise((resolve) => setTimeout(resolve, 1));
    simulatedHostControl(office).setTheme("highContrast");
    await new Promise((resolve) => setTimeout(resolve, 1));
    expect(seen).toEqual(["dark", "highContrast"]);
    await subscription.unsubscribe();
    await subscription.unsubscribe();
    simulatedHostControl(office).setTheme("light");
    await new Promise((resolve) => setTimeout(resolve, 1));
    expect(seen).toEqual(["dark", "highContrast"]);
  });

  it("re-reads forced colours at each change and reports what onChange throws", async () => {
    const office = createSimulatedOffice({ scenario: "saved" });
    const errors: unknown[] = [];
    let forced = true;
    const seen: UiTheme[] = [];
    await subscribeToTheme(
      office,
      (theme) => {
        seen.push(theme);
        if (!forced) throw new Error("render failed");
      },
      { forcedColors: () => forced, onError: (error) => errors.push(error) },
    );
    simulatedHostControl(office).setTheme("dark");
    await new Promise((resolve) => setTimeout(resolve, 1));
    forced = false;
    simulatedHostControl(office).setTheme("dark");
    await new Promise((resolve) => setTimeout(resolve, 1));
    expect(seen).toEqual(["highContrast", "dark"]);
    expect(errors).toEqual([expect.objectContaining({ reason: "hostError" })]);
  });

  it("is inactive where the host has no theme events", async () => {
    const older = createSimulatedOffice({ scenario: "no-mailbox-1-8" });
    const subscription = await subscribeToTheme(older, () => undefined);
    expect(subscription.active).toBe(false);
    await expect(subscription.unsubscribe()).resolves.toBeUndefined();
    const noMethod = fakeHost();
    expect((await subscribeToTheme(noMethod, () => undefined)).active).toBe(false);
  });

  it("fails with a typed error when the host refuses the handler, and survives a missing remover", async () => {
    const refusing = fakeHost();
    refusing.context.mailbox.addHandlerAsync = answering(fail(5000, "Invalid API call"));
    await expect(subscribeToTheme(refusing, () => undefined)).rejects.toMatchObject({ code: 5000 });
    const noRemove = fakeHost();
    let handler: ((event: unknown) => void) | undefined;
    noRemove.context.officeTheme = THEME_COLORS.dark;
    noRemove.context.mailbox.addHandlerAsync = jest.fn((...args: unknown[]) => {
      handler = args[1] as (event: unknown) => void;
      (args[2] as (r: Office.AsyncResult<void>) => void)(ok(undefined));
    });
    const seen: UiTheme[] = [];
    const subscription = await subscribeToTheme(noRemove, (theme) => seen.push(theme));
    handler?.(undefined);
    expect(seen).toEqual(["dark"]);
    await subscription.unsubscribe();
    handler?.({ officeTheme: THEME_COLORS.light });
    expect(seen).toEqual(["dark"]);
  });

  it("reports onChange errors on the console by default", async () => {
    const office = createSimulatedOffice({ scenario: "saved" });
    const consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await subscribeToTheme(office, () => {
      throw new Error("render failed");
    });
    simulatedHostControl(office).setTheme("dark");
    await new Promise((resolve) => setTimeout(resolve, 1));
    expect(consoleError).toHaveBeenCalledWith(expect.objectContaining({ reason: "hostError" }));
    consoleError.mockRestore();
  });
});

describe("pickUiLocale", () => {
  it.each([
    ["en-US", "en"],
    ["fr-FR", "fr"],
    ["fr-CA", "fr"],
    ["es-MX", "es"],
    ["fi-FI", "fi"],
    ["ja-JP", "ja"],
    ["ru-RU", "ru"],
    ["RU", "ru"],
    ["ja_JP", "ja"],
    ["pt-BR", "en"],
    ["de-DE", "en"],
    ["", "en"],
  ])("%s → %s", (tag, locale) => {
    expect(pickUiLocale(tag)).toBe(locale);
  });

  it("falls back to English without a language", () => {
    expect(pickUiLocale(undefined)).toBe("en");
    expect(pickUiLocale(null)).toBe("en");
  });
});

describe("supportsMailbox18", () => {
  it("reads the simulated hosts' requirement sets", () => {
    expect(supportsMailbox18(createSimulatedOffice({ scenario: "saved" }))).toBe(true);
    expect(supportsMailbox18(createSimulatedOffice({ scenario: "classic-online" }))).toBe(true);
    expect(supportsMailbox18(createSimulatedOffice({ scenario: "no-mailbox-1-8" }))).toBe(false);
  });

  it("takes a host whose requirements check throws for one without it", () => {
    const host = fakeHost();
    const throwing: OfficeLike = {
      ...host,
      context: {
        ...host.context,
        requirements: {
          isSetSupported: () => {
            throw new Error("requirements unavailable");
          },
        },
      },
    };
    expect(supportsMailbox18(throwing)).toBe(false);
  });
});
