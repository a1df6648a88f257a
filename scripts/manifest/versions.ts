/** Version strings as the manifest schema and Office requirement sets write them. */

/** Manifest `<Version>`: two to four dot-separated parts of 0–99999 without leading zeros (schema ST_Version). */
export function isManifestVersion(value: string): boolean {
  return /^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){1,3}$/.test(value);
}

/** A requirement-set version such as "1.8" or "1.10". */
export function isRequirementVersion(value: string): boolean {
  return /^\d+\.\d+$/.test(value);
}

/** Compares dotted versions part by part as numbers, so "1.10" is above "1.8"; missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}
