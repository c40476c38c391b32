/**
 * Results as JSON for programs (--json, grade reports). JSON has no NaN or Infinity (JSON.stringify
 * writes null, which would hide a learner's NaN): non-finite numbers are written as the strings
 * "NaN", "Infinity" and "-Infinity".
 */
export function toJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v), indent);
}
