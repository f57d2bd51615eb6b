import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeTemplateCsv, writeTemplateXlsx } from "../../src/documents/monitoring-template.ts";
import type { MeasuredValue } from "../../src/domain/achievement/types.ts";
import { MONITORING_SHEET_MESSAGES } from "../../src/i18n/monitoring-sheet-messages.ts";
import { readMonitoringSheet } from "../../src/import/monitoring-sheet/read.ts";
import type {
  SheetMeasurement,
  TemplateCampaign,
  TemplateRow,
} from "../../src/import/monitoring-sheet/types.ts";

const CAMPAIGN: TemplateCampaign = {
  campaignId: 7,
  administration: "Comune di Prova",
  planPeriod: "2025-2027",
  year: 2025,
  kind: "midyear",
  referenceDate: "2025-06-30",
};

/** Text with the characters that break spreadsheets: separators, quotes, formula starts, accents. */
const text = fc
  .array(fc.constantFrom(..."ab Z09;,\"'=+-@\t\nàÈìòù%"), { maxLength: 12 })
  .map((chars) => chars.join(""));

/** A figure as a user types it, and what it means. */
const figure: fc.Arbitrary<{
  kind: TemplateRow["kind"];
  typed: string;
  value: MeasuredValue | null;
}> = fc.oneof(
  fc
    .date({
      min: new Date("2000-01-01T00:00:00Z"),
      max: new Date("2099-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => {
      const iso = d.toISOString().slice(0, 10);
      const [y, m, day] = iso.split("-");
      return {
        kind: "deadline" as const,
        typed: `${day}/${m}/${y}`,
        value: { kind: "deadline" as const, doneOn: iso },
      };
    }),
  fc.constant({
    kind: "deadline" as const,
    typed: "non ancora",
    value: { kind: "deadline" as const, doneOn: null },
  }),
  fc
    .tuple(
      fc.constantFrom("number" as const, "percent" as const),
      fc.integer({ min: -10_000_000, max: 10_000_000 }),
    )
    .map(([kind, n]) => {
      const value = n / 100;
      const typed = value.toLocaleString("it-IT", { maximumFractionDigits: 2 });
      return { kind, typed, value: { kind, value } };
    }),
  fc.boolean().map((yes) => ({
    kind: "boolean" as const,
    typed: yes ? "SÌ" : "NO",
    value: { kind: "boolean" as const, value: yes },
  })),
  fc
    .constantFrom("deadline" as const, "number" as const, "percent" as const, "boolean" as const)
    .map((kind) => ({
      kind,
      typed: "",
      value: null,
    })),
);

const code = fc.stringMatching(/^[A-Z0-9][A-Z0-9.]{0,5}$/);

const rows = fc
  .uniqueArray(
    fc.record({
      objectiveCode: code,
      indicatorCode: code,
      figure,
      unit: text,
      title: text,
      note: text,
    }),
    { selector: (r) => `${r.objectiveCode}|${r.indicatorCode}`, maxLength: 8 },
  )
  .map((generated) =>
    generated.map((g): { row: TemplateRow; expected: Omit<SheetMeasurement, "row"> } => ({
      row: {
        unit: g.unit,
        objectiveCode: g.objectiveCode,
        objectiveTitle: g.title,
        indicatorCode: g.indicatorCode,
        description: g.title,
        kind: g.figure.kind,
        originalTarget: g.note,
        reprogrammedTarget: "",
        value: g.figure.typed,
        note: g.note,
      },
      expected: {
        objectiveCode: g.objectiveCode,
        indicatorCode: g.indicatorCode,
        kind: g.figure.kind,
        value: g.figure.value,
        note: g.note.trim() === "" ? null : g.note.trim(),
      },
    })),
  );

function expectedRows(
  generated: { expected: Omit<SheetMeasurement, "row"> }[],
): SheetMeasurement[] {
  return generated.map((g, i) => ({ row: i + 2, ...g.expected }));
}

describe("round trip of any rows", () => {
  it("CSV, either separator", async () => {
    await fc.assert(
      fc.asyncProperty(
        rows,
        fc.constantFrom(";" as const, "," as const),
        async (generated, delimiter) => {
          const csv = writeTemplateCsv(
            CAMPAIGN,
            generated.map((g) => g.row),
            { delimiter },
          );
          const sheet = await readMonitoringSheet(new TextEncoder().encode(csv), "t.csv");
          expect(sheet.diagnostics).toEqual([]);
          expect(sheet.campaignId).toBe(generated.length > 0 ? 7 : null);
          expect(sheet.rows).toEqual(expectedRows(generated));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("XLSX", async () => {
    await fc.assert(
      fc.asyncProperty(rows, async (generated) => {
        const bytes = await writeTemplateXlsx(
          CAMPAIGN,
          generated.map((g) => g.row),
        );
        const sheet = await readMonitoringSheet(bytes, "t.xlsx");
        expect(sheet.diagnostics).toEqual([]);
        expect(sheet.campaignId).toBe(7);
        expect(sheet.rows).toEqual(expectedRows(generated));
      }),
      { numRuns: 25 },
    );
  });
});

describe("damaged files", () => {
  it("an XLSX with bytes overwritten never makes the reader throw", async () => {
    const template = await writeTemplateXlsx(CAMPAIGN, [
      {
        unit: "Settore",
        objectiveCode: "OB1",
        objectiveTitle: "Titolo",
        indicatorCode: "1.1",
        description: "Descrizione",
        kind: "number",
        originalTarget: "3",
        reprogrammedTarget: "",
        value: "4",
        note: "",
      },
    ]);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: template.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 20,
        }),
        async (changes) => {
          const bytes = Uint8Array.from(template);
          for (const [at, byte] of changes) bytes[at] = byte;
          const sheet = await readMonitoringSheet(bytes, "t.xlsx");
          expect(Array.isArray(sheet.diagnostics)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("any bytes as CSV give diagnostics, never an exception", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const sheet = await readMonitoringSheet(bytes, "t.csv");
        expect(Array.isArray(sheet.rows)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("messages", () => {
  const sources = [
    ...readdirSync(new URL("../../src/import/monitoring-sheet/", import.meta.url))
      .filter((f) => f.endsWith(".ts"))
      .map((f) => `src/import/monitoring-sheet/${f}`),
    "src/documents/monitoring-template.ts",
  ].map((path) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8"));

  it("every code the reader uses has Italian and English texts with the same placeholders", () => {
    const used = new Set(
      sources.flatMap((s) => [...s.matchAll(/"(sheet\.\w+)"/g)].map((m) => m[1])),
    );
    expect(used.size).toBeGreaterThan(10);
    for (const code of used)
      expect(MONITORING_SHEET_MESSAGES, code).toHaveProperty([code as string]);
    expect(Object.keys(MONITORING_SHEET_MESSAGES).filter((code) => !used.has(code))).toEqual([]);
    const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [code, entry] of Object.entries(MONITORING_SHEET_MESSAGES)) {
      const texts = [entry.it, entry.en, entry.itOne, entry.enOne].filter((t) => t !== undefined);
      const [first, ...rest] = texts.map((t) =>
        placeholders(t).filter((p) => p !== "monthIt" && p !== "monthEn"),
      );
      for (const other of rest) expect(other, code).toEqual(first);
    }
  });
});
