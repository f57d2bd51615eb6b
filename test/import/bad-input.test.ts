import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/domain/diagnostics.ts";
import { formatDiagnostic } from "../../src/i18n/translate.ts";
import { readPiaoText } from "../../src/import/piao-text/read.ts";
import { seedBytes, seedText } from "../support/seed-expected.ts";

const SEED_LINES = seedText().split("\n");

function errors(diagnostics: readonly Diagnostic[]) {
  return diagnostics.filter((d) => d.severity === "error").map((d) => [d.line, d.code, d.params]);
}

/** The seed with some of its lines (1-based) replaced; line numbers are kept. */
function seedWith(changes: Record<number, string>): string {
  const lines = [...SEED_LINES];
  for (const [number, text] of Object.entries(changes)) lines[Number(number) - 1] = text;
  return lines.join("\n");
}

function expectLine(number: number, start: string): void {
  expect(SEED_LINES[number - 1]?.startsWith(start)).toBe(true);
}

const POPULATION_WARNING = {
  severity: "warning",
  code: "import.missingValue",
  line: 72,
  params: { field: "POPOLAZIONE RELATIVA ALL'ULTIMO CENSIMENTO ISTAT" },
};

describe("readPiaoText on what is not a PIAO text", () => {
  it("reports an empty file", () => {
    const r = readPiaoText(new Uint8Array());
    expect(r.document).toBeNull();
    expect(r.diagnostics.map((d) => d.code)).toEqual(["import.empty"]);
    expect(formatDiagnostic(r.diagnostics[0] as Diagnostic, "it")).toBe(
      "ERRORE Il file è vuoto: non contiene testo da leggere.",
    );
  });

  it("reports a binary file", () => {
    let seed = 12345;
    const bytes = new Uint8Array(4096).map(() => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % 7 === 0 ? 0 : seed % 256;
    });
    const r = readPiaoText(bytes);
    expect(r.document).toBeNull();
    expect(r.diagnostics.map((d) => d.code)).toEqual(["import.binary"]);
  });

  it("reports a PDF given by mistake", () => {
    const pdf = new TextEncoder().encode(
      "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<<>>\nendobj",
    );
    const r = readPiaoText(pdf);
    expect(r.document).toBeNull();
    expect(r.diagnostics.map((d) => d.code)).toEqual(["import.pdf"]);
    expect(formatDiagnostic(r.diagnostics[0] as Diagnostic, "en")).toContain(
      "Extract the text from the PDF",
    );
  });

  it("reports a text without the PIAO title line", () => {
    const r = readPiaoText("Verbale della riunione\n\nSi approva il bilancio 2025-2027.\n");
    expect(r.document).toBeNull();
    expect(errors(r.diagnostics)).toEqual([[null, "import.notPiao", {}]]);
  });

  it("reports a line of 1 MB before parsing, naming it", () => {
    const lines = [...SEED_LINES];
    lines.splice(200, 0, "A".repeat(1 << 20));
    const r = readPiaoText(lines.join("\n"));
    expect(r.document).toBeNull();
    expect(r.diagnostics).toEqual([
      {
        severity: "error",
        code: "import.lineTooLong",
        line: 201,
        params: { length: 1 << 20, limit: 10_000 },
      },
    ]);
    expect(formatDiagnostic(r.diagnostics[0] as Diagnostic, "it")).toContain(
      "riga 201: Riga troppo lunga (1.048.576 caratteri, limite 10.000)",
    );
  });
});

describe("readPiaoText on an incomplete seed", () => {
  it("notices the cut at half its lines: a table header with no rows, areas 4 and 5 without objectives", () => {
    const r = readPiaoText(SEED_LINES.slice(0, 286).join("\n")); // ends with line 286
    expect(r.document).toBeNull();
    expect(errors(r.diagnostics)).toEqual([
      [123, "import.actionWithoutObjectives", { action: "4", title: expect.any(String) }],
      [134, "import.actionWithoutObjectives", { action: "5", title: expect.any(String) }],
      [286, "import.emptyTable", { objective: "1716" }],
    ]);
  });

  it("notices the cut at half its bytes: objective 1612 without a table, areas 4 and 5 empty", () => {
    const bytes = seedBytes();
    const r = readPiaoText(bytes.subarray(0, Math.floor(bytes.length / 2))); // cut inside line 230
    expect(r.document).toBeNull();
    expect(errors(r.diagnostics)).toEqual([
      [123, "import.actionWithoutObjectives", { action: "4", title: expect.any(String) }],
      [134, "import.actionWithoutObjectives", { action: "5", title: expect.any(String) }],
      [222, "import.noIndicators", { objective: "1612" }],
    ]);
  });

  it("reports an indicator row that ends the file without unit and target", () => {
    expectLine(521, "4336 DIFFUSIONE");
    const r = readPiaoText(SEED_LINES.slice(0, 521).join("\n"));
    expect(errors(r.diagnostics)).toEqual([
      [134, "import.actionWithoutObjectives", { action: "5", title: expect.any(String) }],
      [521, "import.indicatorMissingFields", { indicator: "4336" }],
    ]);
    const cutAfterUnit = readPiaoText(SEED_LINES.slice(0, 523).join("\n"));
    expect(errors(cutAfterUnit.diagnostics)).toContainEqual([
      521,
      "import.indicatorMissingTarget",
      { indicator: "4336", unit: "Data" },
    ]);
  });

  it("reports an announced list of action areas that is cut short", () => {
    const r = readPiaoText(SEED_LINES.slice(0, 110).join("\n")); // areas 1-3 listed only
    expect(r.document).toBeNull();
    expect(errors(r.diagnostics)).toContainEqual([
      98,
      "import.actionsAnnouncedMismatch",
      { announced: "5", found: "3" },
    ]);
  });

  it("never crashes, and every cut inside the annex is an error", () => {
    for (let n = 0; n <= SEED_LINES.length; n++) {
      const r = readPiaoText(SEED_LINES.slice(0, n).join("\n"));
      const hasError = r.diagnostics.some((d) => d.severity === "error");
      expect(r.document === null).toBe(hasError);
      if (n >= 98 && n <= 556) expect(hasError, `cut after line ${n}`).toBe(true);
    }
    const bytes = seedBytes();
    for (let n = 0; n < bytes.length; n += 211) {
      const r = readPiaoText(bytes.subarray(0, n));
      expect(r.document === null).toBe(r.diagnostics.some((d) => d.severity === "error"));
    }
  });
});

describe("readPiaoText on wrong values", () => {
  it("reports 31/02/2025 naming the line, the indicator and the value", () => {
    expectLine(158, "31/01/2025"); // target of indicator 3826 (line 154)
    const r = readPiaoText(seedWith({ 158: "31/02/2025" }));
    expect(r.document).toBeNull();
    const [error] = r.diagnostics.filter((d) => d.severity === "error");
    expect(error).toEqual({
      severity: "error",
      code: "import.badDateDay",
      line: 154,
      params: {
        value: "31/02/2025",
        indicator: "3826",
        day: "31",
        monthIt: "febbraio",
        monthEn: "February",
      },
    });
    expect(formatDiagnostic(error as Diagnostic, "it")).toBe(
      'ERRORE riga 154: Data non valida "31/02/2025" per l\'indicatore 3826: il giorno 31 non esiste a febbraio.',
    );
    expect(formatDiagnostic(error as Diagnostic, "en")).toBe(
      'ERROR line 154: Invalid date "31/02/2025" for indicator 3826: February has no day 31.',
    );
  });

  it("reports a month that does not exist and a date in the wrong format", () => {
    expectLine(547, "4161 ");
    expectLine(548, "4162 ");
    const r = readPiaoText(
      seedWith({
        547: "4161 STUDIO FATTIBILITA'\tData\t15/13/2025",
        548: "4162 SVILUPPO PROCESSO\tData\t2025-12-31",
      }),
    );
    expect(errors(r.diagnostics)).toEqual([
      [547, "import.badDateMonth", { value: "15/13/2025", indicator: "4161", month: "13" }],
      [548, "import.badDate", { value: "2025-12-31", indicator: "4162" }],
    ]);
  });

  it("reports the target 1O (letter O) as not a number", () => {
    expectLine(537, "4004 MONITORAGGIO LAVORO AGILE\tNumero\t1");
    const r = readPiaoText(seedWith({ 537: "4004 MONITORAGGIO LAVORO AGILE\tNumero\t1O" }));
    expect(r.document).toBeNull();
    expect(errors(r.diagnostics)).toEqual([
      [537, "import.badNumberLetter", { value: "1O", indicator: "4004", letter: "O", digit: "0" }],
    ]);
    const text = formatDiagnostic(r.diagnostics.find((d) => d.line === 537) as Diagnostic, "it");
    expect(text).toBe(
      'ERRORE riga 537: Valore obiettivo "1O" dell\'indicatore 4004 non valido: non è un numero perché contiene la lettera "O" (forse al posto della cifra 0?).',
    );
    const words = readPiaoText(seedWith({ 537: "4004 MONITORAGGIO LAVORO AGILE\tNumero\tuno" }));
    expect(errors(words.diagnostics)).toEqual([
      [537, "import.badNumber", { value: "uno", indicator: "4004" }],
    ]);
  });

  it("reports an unknown unit of measure, listing the accepted ones", () => {
    expectLine(479, "Numero"); // unit of indicator 4195 (line 477)
    const r = readPiaoText(seedWith({ 479: "Numeri" }));
    expect(errors(r.diagnostics)).toEqual([
      [
        477,
        "import.unknownUnit",
        { value: "Numeri", indicator: "4195", accepted: "Data, Numero, Percentuale (%), Sì/No" },
      ],
    ]);
  });

  it("reports an invalid codice fiscale naming the line", () => {
    expectLine(77, "CODICE FISCALE");
    const r = readPiaoText(seedWith({ 77: "CODICE FISCALE\t03428581206" }));
    expect(r.document).toBeNull();
    expect(errors(r.diagnostics)).toEqual([
      [77, "import.badTaxCode", { field: "CODICE FISCALE", value: "03428581206" }],
    ]);
  });

  it("reports an impossible date under the title", () => {
    const r = readPiaoText(seedWith({ 7: "30/02/2025" }));
    expect(errors(r.diagnostics)).toEqual([[7, "import.badDocumentDate", { value: "30/02/2025" }]]);
  });

  it("reports an objective without indicators, naming its line", () => {
    expectLine(461, "Obiettivo Performance"); // objective 1742, table on lines 471-481
    const blank = Object.fromEntries([...Array(11).keys()].map((k) => [471 + k, ""]));
    const r = readPiaoText(seedWith(blank));
    expect(r.document).toBeNull();
    expect(errors(r.diagnostics)).toEqual([[461, "import.noIndicators", { objective: "1742" }]]);
  });

  it("reports a repeated objective code on the line of the second occurrence", () => {
    expectLine(463, "1742");
    const r = readPiaoText(seedWith({ 463: "1684" })); // 1684 is on lines 439-441
    expect(r.document).toBeNull();
    expect(errors(r.diagnostics)).toEqual([
      [461, "import.duplicateObjective", { objective: "1684", firstLine: "439" }],
    ]);
    expect(formatDiagnostic(r.diagnostics.find((d) => d.line === 461) as Diagnostic, "it")).toBe(
      "ERRORE riga 461: Codice obiettivo 1684 ripetuto: è già usato alla riga 439.",
    );
  });

  it("reports a repeated indicator code", () => {
    expectLine(538, "4005 REPORT");
    const r = readPiaoText(seedWith({ 538: "4004 REPORT DEMOGRAFIA ORGANIZZATIVA\tNumero\t1" }));
    expect(errors(r.diagnostics)).toEqual([
      [538, "import.duplicateIndicator", { indicator: "4004", firstLine: "537" }],
    ]);
  });
});

describe("readPiaoText on a 20 MB text", () => {
  it("finishes, reports repeated codes where they repeat, and caps the list at 200 + 1", () => {
    const annex = SEED_LINES.slice(136).join("\n"); // lines 137-573, from the first page header
    const parts = [SEED_LINES.join("\n")];
    let size = parts[0]?.length ?? 0;
    while (size < 20_000_000) {
      parts.push(annex);
      size += annex.length + 1;
    }
    const repeats = parts.length - 1;
    const started = performance.now();
    const r = readPiaoText(new TextEncoder().encode(parts.join("\n")));
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(r.document).toBeNull();
    expect(r.diagnostics).toHaveLength(201);
    // The first repetition starts at line 574 = seed line 137: seed line n is line n + 437.
    expect(r.diagnostics.slice(0, 3)).toEqual([
      POPULATION_WARNING,
      {
        severity: "error",
        code: "import.duplicateObjective",
        line: 144 + 437,
        params: { objective: "1609", firstLine: "144" },
      },
      {
        severity: "error",
        code: "import.duplicateIndicator",
        line: 154 + 437,
        params: { indicator: "3826", firstLine: "154" },
      },
    ]);
    // Each repetition repeats 18 objectives and 40 indicators.
    expect(r.diagnostics[200]).toEqual({
      severity: "error",
      code: "import.moreDiagnostics",
      line: null,
      params: { count: 1 + 58 * repeats - 200 },
    });
  });
});
