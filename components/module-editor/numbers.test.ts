import { describe, expect, test } from "vitest";
import { fractionToPercent, parseDecimal, percentToFraction, shiftDecimal } from "./numbers";

describe("parseDecimal", () => {
  test.each([
    { label: "an integer", text: "42", value: 42 },
    { label: "a decimal with spaces around", text: "  12.5 ", value: 12.5 },
    { label: "a negative number", text: "-3", value: -3 },
    { label: "scientific notation", text: "1.2e-3", value: 0.0012 },
    { label: "a leading point", text: ".5", value: 0.5 },
    { label: "blank is not zero", text: "  ", value: Number.NaN },
    { label: "words", text: "ten", value: Number.NaN },
    { label: "hexadecimal, which Number() would read", text: "0x10", value: Number.NaN },
    { label: "a lone point", text: ".", value: Number.NaN },
  ])("$label: $text", ({ text, value }) => {
    expect(parseDecimal(text)).toBe(value);
  });
});

describe("shiftDecimal moves the point digit by digit", () => {
  test.each([
    { text: "0.035", places: 2, shifted: "3.5" },
    { text: "3.5", places: -2, shifted: "0.035" },
    { text: "2", places: -2, shifted: "0.02" },
    { text: "100", places: -2, shifted: "1" },
    { text: "1e-7", places: 2, shifted: "0.00001" },
    { text: ".5", places: -2, shifted: "0.005" },
    { text: "0", places: 2, shifted: "0" },
    { text: "-0.5", places: 2, shifted: "-50" },
    { text: "abc", places: 2, shifted: null },
  ])("$text by $places → $shifted", ({ text, places, shifted }) => {
    expect(shiftDecimal(text, places)).toBe(shifted);
  });
});

describe("relative tolerance shown in percent", () => {
  test.each([0.02, 0.07, 0.035, 0.015, 0.001, 0.5, 1, 0, 0.0333, 1e-7, 0.1 + 0.2])("%s comes back exactly", (fraction) => {
    expect(percentToFraction(fractionToPercent(fraction))).toBe(fraction);
  });

  test.each([
    { fraction: 0.07, percent: "7" },
    { fraction: 0.035, percent: "3.5" },
    { fraction: undefined, percent: "" },
  ])("$fraction is shown as $percent", ({ fraction, percent }) => {
    expect(fractionToPercent(fraction)).toBe(percent);
  });

  test("a percentage that is not a number is NaN, not a silent 0", () => {
    expect(percentToFraction("two")).toBeNaN();
    expect(percentToFraction("")).toBeNaN();
  });
});
