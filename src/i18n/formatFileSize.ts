const UNITS = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;

/** "2.4 MB", "2,4 Mo", "2,4 МБ"…: binary multiples, named as Office does (KB/MB), formatted by Intl for the locale. */
export function formatFileSize(bytes: number, locale: string): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: UNITS[unit],
    unitDisplay: unit === 0 ? "long" : "short",
    maximumFractionDigits: unit === 0 || value >= 100 ? 0 : 1,
  }).format(value);
}
