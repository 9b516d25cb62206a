/**
 * Numbers as the authoring form holds them: the text the author typed. A number that was not
 * touched must come back exactly as stored, or the diff would see a scoring change (and suggest
 * a major version) where there is none, so conversions work on the decimal digits, never on
 * floating-point arithmetic.
 */

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/** The typed text as a number; NaN when it is blank or not a plain decimal ("12.5", "-3", "1.2e-3"). */
export function parseDecimal(text: string): number {
  const trimmed = text.trim();
  const match = DECIMAL.exec(trimmed);
  if (!match || `${match[2] ?? ""}${match[3] ?? ""}` === "") return Number.NaN;
  return Number(trimmed);
}

/** How a stored number is shown in a field: its shortest exact form; blank for a missing one. */
export function numberText(value: number | undefined | null): string {
  return value === undefined || value === null || !Number.isFinite(value) ? "" : String(value);
}

/**
 * Moves the decimal point of a decimal string `places` to the right (left when negative),
 * digit by digit: "0.035" by 2 is "3.5", "1e-7" by 2 is "0.00001". Null for text that is not
 * a decimal.
 */
export function shiftDecimal(text: string, places: number): string | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const [, sign = "", whole = "", fraction = "", exponent = "0"] = match;
  const digits = whole + fraction;
  if (digits === "") return null;
  // Position of the decimal point within `digits` after the shift.
  const point = whole.length + Number(exponent) + places;
  const padded = point <= 0 ? "0".repeat(1 - point) + digits : point > digits.length ? digits + "0".repeat(point - digits.length) : digits;
  const at = point <= 0 ? 1 : point;
  const integer = padded.slice(0, at).replace(/^0+(?=\d)/, "");
  const decimals = padded.slice(at).replace(/0+$/, "");
  const body = decimals ? `${integer}.${decimals}` : integer;
  return /^0(\.0*)?$/.test(body) ? body : `${sign === "-" ? "-" : ""}${body}`;
}

/** A stored fraction (0.02) as the percentage the author edits ("2"). */
export function fractionToPercent(value: number | undefined): string {
  const text = numberText(value);
  return text === "" ? "" : (shiftDecimal(text, 2) ?? "");
}

/** The percentage typed ("2", "0.5") as the stored fraction; NaN when it is not a number. */
export function percentToFraction(text: string): number {
  if (Number.isNaN(parseDecimal(text))) return Number.NaN;
  const shifted = shiftDecimal(text, -2);
  return shifted === null ? Number.NaN : Number(shifted);
}
