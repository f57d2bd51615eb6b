import { describe, expect, it } from "vitest";
import {
  parseItalianDate,
  parseItalianNumber,
  parseUnitOfMeasure,
  parseYesNo,
} from "../../src/import/italian-values.ts";

describe("parseItalianNumber", () => {
  it.each([
    ["80", 80, false],
    ["80%", 80, true],
    ["80 %", 80, true],
    ["1.234,5", 1234.5, false],
    ["1.005.000", 1_005_000, false],
    ["3.702,32", 3702.32, false],
    ["3702.32", 3702.32, false],
    ["0,5", 0.5, false],
    ["-3", -3, false],
  ])("reads %s", (text, value, percent) => {
    expect(parseItalianNumber(text)).toEqual({ value, percent });
  });

  it.each(["1O", "uno", "", "1,2,3", "1.23.4", "12a", "%"])("rejects %j", (text) => {
    expect(parseItalianNumber(text)).toBeNull();
  });
});

describe("parseItalianDate", () => {
  it("reads real dates, leap days included", () => {
    expect(parseItalianDate("31/01/2025")).toEqual({ ok: true, iso: "2025-01-31", year: 2025 });
    expect(parseItalianDate("1/2/2025")).toEqual({ ok: true, iso: "2025-02-01", year: 2025 });
    expect(parseItalianDate("29/02/2028")).toEqual({ ok: true, iso: "2028-02-29", year: 2028 });
  });

  it("says what is wrong", () => {
    expect(parseItalianDate("31/02/2025")).toEqual({
      ok: false,
      problem: { kind: "day", day: 31, month: 2 },
    });
    expect(parseItalianDate("29/02/2025")).toEqual({
      ok: false,
      problem: { kind: "day", day: 29, month: 2 },
    });
    expect(parseItalianDate("31/04/2025")).toEqual({
      ok: false,
      problem: { kind: "day", day: 31, month: 4 },
    });
    expect(parseItalianDate("10/13/2025")).toEqual({
      ok: false,
      problem: { kind: "month", month: 13 },
    });
    expect(parseItalianDate("2025-12-31")).toEqual({ ok: false, problem: { kind: "format" } });
    expect(parseItalianDate("31/12/25")).toEqual({ ok: false, problem: { kind: "format" } });
  });
});

describe("parseUnitOfMeasure and parseYesNo", () => {
  it.each([
    ["Data", "deadline"],
    ["DATA", "deadline"],
    ["Numero", "number"],
    ["Percentuale", "percent"],
    ["%", "percent"],
    ["SI/NO", "boolean"],
    ["Sì/No", "boolean"],
    ["SÌ / NO", "boolean"],
    ["si-no", "boolean"],
    ["Numeri", null],
    ["constructor", null],
  ])("%s → %s", (label, kind) => {
    expect(parseUnitOfMeasure(label)).toBe(kind);
  });

  it("reads SI, Sì and NO", () => {
    expect([parseYesNo("SI"), parseYesNo("Sì"), parseYesNo("no"), parseYesNo("forse")]).toEqual([
      true,
      true,
      false,
      null,
    ]);
  });
});
