/**
 * Time zones for the event form. Outlook names zones the Windows way ("Pacific Standard Time"); browsers and Intl use
 * IANA names ("America/Los_Angeles"). Graph accepts both, and Outlook shows Windows names best, so the form sends the
 * Windows name whenever it knows one and does its own arithmetic with the IANA name.
 */

/** Common Windows zones and the IANA zone CLDR maps each to (territory "001"), with a few well-known equivalents. */
export const WINDOWS_ZONES: ReadonlyArray<{ windows: string; iana: readonly [string, ...string[]] }> = [
  { windows: "Dateline Standard Time", iana: ["Etc/GMT+12"] },
  { windows: "Hawaiian Standard Time", iana: ["Pacific/Honolulu"] },
  { windows: "Alaskan Standard Time", iana: ["America/Anchorage"] },
  { windows: "Pacific Standard Time", iana: ["America/Los_Angeles", "America/Vancouver", "America/Tijuana"] },
  { windows: "US Mountain Standard Time", iana: ["America/Phoenix"] },
  { windows: "Mountain Standard Time", iana: ["America/Denver", "America/Edmonton", "America/Boise"] },
  { windows: "Central America Standard Time", iana: ["America/Guatemala", "America/Costa_Rica"] },
  { windows: "Central Standard Time", iana: ["America/Chicago", "America/Winnipeg"] },
  { windows: "Central Standard Time (Mexico)", iana: ["America/Mexico_City", "America/Monterrey"] },
  { windows: "Canada Central Standard Time", iana: ["America/Regina"] },
  { windows: "SA Pacific Standard Time", iana: ["America/Bogota", "America/Lima"] },
  { windows: "Eastern Standard Time", iana: ["America/New_York", "America/Toronto", "America/Detroit"] },
  { windows: "Atlantic Standard Time", iana: ["America/Halifax"] },
  { windows: "Venezuela Standard Time", iana: ["America/Caracas"] },
  { windows: "SA Western Standard Time", iana: ["America/La_Paz"] },
  { windows: "Pacific SA Standard Time", iana: ["America/Santiago"] },
  { windows: "Newfoundland Standard Time", iana: ["America/St_Johns"] },
  { windows: "E. South America Standard Time", iana: ["America/Sao_Paulo"] },
  { windows: "Argentina Standard Time", iana: ["America/Buenos_Aires"] },
  { windows: "UTC", iana: ["Etc/UTC", "UTC", "Etc/GMT"] },
  { windows: "GMT Standard Time", iana: ["Europe/London", "Europe/Dublin", "Europe/Lisbon"] },
  { windows: "Greenwich Standard Time", iana: ["Atlantic/Reykjavik"] },
  { windows: "Morocco Standard Time", iana: ["Africa/Casablanca"] },
  {
    windows: "W. Europe Standard Time",
    iana: ["Europe/Berlin", "Europe/Amsterdam", "Europe/Rome", "Europe/Stockholm", "Europe/Vienna", "Europe/Zurich"],
  },
  { windows: "Central Europe Standard Time", iana: ["Europe/Budapest", "Europe/Prague", "Europe/Belgrade"] },
  { windows: "Romance Standard Time", iana: ["Europe/Paris", "Europe/Brussels", "Europe/Madrid", "Europe/Copenhagen"] },
  { windows: "Central European Standard Time", iana: ["Europe/Warsaw", "Europe/Zagreb"] },
  { windows: "W. Central Africa Standard Time", iana: ["Africa/Lagos"] },
  { windows: "GTB Standard Time", iana: ["Europe/Bucharest", "Europe/Athens"] },
  {
    windows: "FLE Standard Time",
    iana: ["Europe/Helsinki", "Europe/Kyiv", "Europe/Kiev", "Europe/Riga", "Europe/Sofia", "Europe/Tallinn"],
  },
  { windows: "Egypt Standard Time", iana: ["Africa/Cairo"] },
  { windows: "South Africa Standard Time", iana: ["Africa/Johannesburg"] },
  { windows: "Israel Standard Time", iana: ["Asia/Jerusalem"] },
  { windows: "Kaliningrad Standard Time", iana: ["Europe/Kaliningrad"] },
  { windows: "Turkey Standard Time", iana: ["Europe/Istanbul"] },
  { windows: "Arab Standard Time", iana: ["Asia/Riyadh", "Asia/Kuwait", "Asia/Qatar"] },
  { windows: "Russian Standard Time", iana: ["Europe/Moscow"] },
  { windows: "E. Africa Standard Time", iana: ["Africa/Nairobi"] },
  { windows: "Iran Standard Time", iana: ["Asia/Tehran"] },
  { windows: "Arabian Standard Time", iana: ["Asia/Dubai"] },
  { windows: "Afghanistan Standard Time", iana: ["Asia/Kabul"] },
  { windows: "Ekaterinburg Standard Time", iana: ["Asia/Yekaterinburg"] },
  { windows: "Pakistan Standard Time", iana: ["Asia/Karachi"] },
  { windows: "India Standard Time", iana: ["Asia/Kolkata", "Asia/Calcutta"] },
  { windows: "Sri Lanka Standard Time", iana: ["Asia/Colombo"] },
  { windows: "Nepal Standard Time", iana: ["Asia/Kathmandu", "Asia/Katmandu"] },
  { windows: "Bangladesh Standard Time", iana: ["Asia/Dhaka"] },
  { windows: "Myanmar Standard Time", iana: ["Asia/Yangon", "Asia/Rangoon"] },
  { windows: "SE Asia Standard Time", iana: ["Asia/Bangkok", "Asia/Jakarta", "Asia/Ho_Chi_Minh"] },
  { windows: "N. Central Asia Standard Time", iana: ["Asia/Novosibirsk"] },
  { windows: "North Asia Standard Time", iana: ["Asia/Krasnoyarsk"] },
  { windows: "China Standard Time", iana: ["Asia/Shanghai", "Asia/Hong_Kong"] },
  { windows: "North Asia East Standard Time", iana: ["Asia/Irkutsk"] },
  { windows: "Singapore Standard Time", iana: ["Asia/Singapore", "Asia/Kuala_Lumpur", "Asia/Manila"] },
  { windows: "W. Australia Standard Time", iana: ["Australia/Perth"] },
  { windows: "Taipei Standard Time", iana: ["Asia/Taipei"] },
  { windows: "Tokyo Standard Time", iana: ["Asia/Tokyo"] },
  { windows: "Korea Standard Time", iana: ["Asia/Seoul"] },
  { windows: "Yakutsk Standard Time", iana: ["Asia/Yakutsk"] },
  { windows: "Cen. Australia Standard Time", iana: ["Australia/Adelaide"] },
  { windows: "AUS Central Standard Time", iana: ["Australia/Darwin"] },
  { windows: "E. Australia Standard Time", iana: ["Australia/Brisbane"] },
  { windows: "AUS Eastern Standard Time", iana: ["Australia/Sydney", "Australia/Melbourne", "Australia/Canberra"] },
  { windows: "West Pacific Standard Time", iana: ["Pacific/Port_Moresby", "Pacific/Guam"] },
  { windows: "Vladivostok Standard Time", iana: ["Asia/Vladivostok"] },
  { windows: "New Zealand Standard Time", iana: ["Pacific/Auckland"] },
  { windows: "Fiji Standard Time", iana: ["Pacific/Fiji"] },
  { windows: "Tonga Standard Time", iana: ["Pacific/Tongatapu"] },
];

/** A zone the form understands: the name to send to Graph and the IANA name to compute with. */
export interface ResolvedTimeZone {
  /** The Windows name when the table knows one, else the IANA name. */
  graphName: string;
  windows: string | undefined;
  iana: string;
}

/**
 * The engine's own spelling of an IANA name (aliases such as Asia/Calcutta and Asia/Kolkata meet here), or
 * undefined when Intl does not know the zone.
 */
export function canonicalIana(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    // RangeError: not a time zone this engine knows. That is the answer, not a failure.
    return undefined;
  }
}

let windowsByCanonical: Map<string, (typeof WINDOWS_ZONES)[number]> | undefined;

function windowsZoneForIana(iana: string): (typeof WINDOWS_ZONES)[number] | undefined {
  if (!windowsByCanonical) {
    windowsByCanonical = new Map();
    for (const zone of WINDOWS_ZONES) {
      for (const name of zone.iana) {
        const canonical = canonicalIana(name);
        if (canonical && !windowsByCanonical.has(canonical)) windowsByCanonical.set(canonical, zone);
      }
    }
  }
  return windowsByCanonical.get(iana);
}

function firstUsableIana(zone: (typeof WINDOWS_ZONES)[number]): string | undefined {
  for (const name of zone.iana) {
    const canonical = canonicalIana(name);
    if (canonical) return canonical;
  }
  return undefined;
}

/** Reads a Windows or IANA zone name (any letter case); undefined for an empty or unknown name. */
export function resolveTimeZone(input: string): ResolvedTimeZone | undefined {
  const name = input.trim();
  if (name === "") return undefined;
  const lower = name.toLowerCase();
  const windows = WINDOWS_ZONES.find((zone) => zone.windows.toLowerCase() === lower);
  if (windows) {
    const iana = firstUsableIana(windows);
    return iana ? { graphName: windows.windows, windows: windows.windows, iana } : undefined;
  }
  const iana = canonicalIana(name);
  if (!iana) return undefined;
  const known = windowsZoneForIana(iana);
  return known
    ? { graphName: known.windows, windows: known.windows, iana }
    : { graphName: iana, windows: undefined, iana };
}

/** One entry of the time-zone list: `value` is what the form keeps (and sends), `detail` helps recognise it. */
export interface TimeZoneOption {
  value: string;
  detail: string;
}

function supportedIanaZones(): readonly string[] {
  return typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
}

/** The table's Windows zones first, then every other IANA zone the engine knows. */
export function timeZoneOptions(supported: readonly string[] = supportedIanaZones()): TimeZoneOption[] {
  const covered = new Set<string>();
  const options: TimeZoneOption[] = [];
  for (const zone of WINDOWS_ZONES) {
    const usable = zone.iana.filter((name) => canonicalIana(name) !== undefined);
    if (usable.length === 0) continue;
    for (const name of usable) covered.add(canonicalIana(name) ?? name);
    options.push({
      value: zone.windows,
      detail: usable.join(", "),
    });
  }
  for (const name of supported) {
    const canonical = canonicalIana(name) ?? name;
    if (covered.has(canonical)) continue;
    covered.add(canonical);
    options.push({ value: name, detail: "" });
  }
  return options;
}

/** The zone to start with when Outlook does not say: the device's own, by its Windows name when known. */
export function deviceTimeZone(): string {
  const iana = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return resolveTimeZone(iana)?.graphName ?? iana;
}
