import type { ScenarioProfile } from "./scenarios";

function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map((part) => parseInt(part, 10) || 0);
  const [bMajor = 0, bMinor = 0] = b.split(".").map((part) => parseInt(part, 10) || 0);
  return aMajor !== bMajor ? aMajor - bMajor : aMinor - bMinor;
}

/**
 * `Office.context.requirements` as the hosts implement it: names are case-insensitive, an unknown set is false,
 * an omitted version means "any", major then minor compared as numbers. A number passed as version is stringified
 * first, so `1.10` reads as "1.1", as in the real hosts.
 */
export function simulatedRequirements(profile: ScenarioProfile): Office.RequirementSetSupport {
  const supported = new Map<string, string>([
    ["mailbox", `1.${profile.mailboxMinor}`],
    ["dialogapi", "1.2"],
    ["identityapi", "1.3"],
  ]);
  if (profile.nestedAppAuth) supported.set("nestedappauth", "1.1");
  return {
    isSetSupported(name: string, minVersion?: string | number): boolean {
      const highest = supported.get(String(name).toLowerCase());
      if (highest === undefined) return false;
      if (minVersion === undefined || minVersion === null) return true;
      return compareVersions(highest, String(minVersion)) >= 0;
    },
  };
}

export function supportsMailbox(profile: ScenarioProfile, minor: number): boolean {
  return profile.mailboxMinor >= minor;
}
