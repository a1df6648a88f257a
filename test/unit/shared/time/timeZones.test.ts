import { canonicalIana, resolveTimeZone, timeZoneOptions, WINDOWS_ZONES } from "../../../../src/shared/time/timeZones";

describe("resolveTimeZone", () => {
  test("a Windows name keeps its name for Graph and computes with its IANA zone", () => {
    expect(resolveTimeZone("Pacific Standard Time")).toEqual({
      graphName: "Pacific Standard Time",
      windows: "Pacific Standard Time",
      iana: "America/Los_Angeles",
    });
  });

  test("Windows names are matched whatever the letter case and surrounding spaces", () => {
    expect(resolveTimeZone("  tokyo standard time ")?.graphName).toBe("Tokyo Standard Time");
  });

  test("an IANA name the table knows is sent by its Windows name", () => {
    expect(resolveTimeZone("America/Los_Angeles")?.graphName).toBe("Pacific Standard Time");
    expect(resolveTimeZone("europe/paris")).toEqual({
      graphName: "Romance Standard Time",
      windows: "Romance Standard Time",
      iana: "Europe/Paris",
    });
  });

  test("old and new spellings of the same IANA zone meet at the same Windows zone", () => {
    expect(resolveTimeZone("Asia/Calcutta")?.graphName).toBe("India Standard Time");
    expect(resolveTimeZone("Asia/Kolkata")?.graphName).toBe("India Standard Time");
  });

  test("an IANA zone outside the table is sent as IANA", () => {
    expect(resolveTimeZone("Pacific/Chatham")).toEqual({
      graphName: "Pacific/Chatham",
      windows: undefined,
      iana: "Pacific/Chatham",
    });
  });

  test("empty and unknown names resolve to nothing", () => {
    expect(resolveTimeZone("")).toBeUndefined();
    expect(resolveTimeZone("   ")).toBeUndefined();
    expect(resolveTimeZone("Mars Standard Time")).toBeUndefined();
    expect(resolveTimeZone("Europe/Atlantis")).toBeUndefined();
  });

  test("every Windows zone of the table has an IANA zone this engine knows", () => {
    const unusable = WINDOWS_ZONES.filter((zone) => !zone.iana.some((name) => canonicalIana(name)));
    expect(unusable).toEqual([]);
  });

  test("no IANA zone is claimed by two Windows zones", () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const zone of WINDOWS_ZONES) {
      for (const name of zone.iana) {
        const canonical = canonicalIana(name) ?? name;
        const owner = owners.get(canonical);
        if (owner && owner !== zone.windows) clashes.push(`${name}: ${owner} / ${zone.windows}`);
        owners.set(canonical, zone.windows);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe("time-zone options", () => {
  const options = timeZoneOptions(["America/Los_Angeles", "Asia/Tokyo", "Pacific/Chatham", "Antarctica/Troll"]);

  test("Windows zones come first and IANA zones they cover are not listed twice", () => {
    const values = options.map((option) => option.value);
    expect(values[0]).toBe("Dateline Standard Time");
    expect(values).toContain("Pacific Standard Time");
    expect(values).not.toContain("America/Los_Angeles");
    expect(values).not.toContain("Asia/Tokyo");
    expect(values.slice(-2)).toEqual(["Pacific/Chatham", "Antarctica/Troll"]);
  });
});
