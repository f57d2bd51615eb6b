import { describe, expect, it } from "vitest";
import { composePiao } from "../../src/documents/compose/piao.ts";
import { composePositiveActions } from "../../src/documents/compose/positive-actions.ts";
import type { Block } from "../../src/documents/model.ts";
import { checkPlan } from "../../src/domain/check.ts";
import type { PlanDocument } from "../../src/domain/plan.ts";
import { readPiaoText } from "../../src/import/piao-text/read.ts";
import { EXPECTED_OBJECTIVES, seedText } from "../support/seed-expected.ts";

const seed = readPiaoText(seedText()).document as PlanDocument;
const headings = (blocks: Block[], level?: number) =>
  blocks.flatMap((b) =>
    b.type === "heading" && (level === undefined || b.level === level) ? [b.text] : [],
  );

describe("the PIAO composed from the seed's records", () => {
  const report = composePiao(seed, checkPlan(seed));

  it("follows the schema tipo: premessa, sections 1–4, the annex, the completeness check", () => {
    expect(headings(report.blocks, 1)).toEqual([
      "PREMESSA E RIFERIMENTI NORMATIVI",
      "SEZIONE 1: SCHEDA ANAGRAFICA DELL'AMMINISTRAZIONE",
      "SEZIONE 2: VALORE PUBBLICO, PERFORMANCE E ANTICORRUZIONE",
      "SEZIONE 3: ORGANIZZAZIONE E CAPITALE UMANO",
      "SEZIONE 4: MONITORAGGIO",
      "ALLEGATO ALLA SEZIONE 2.2 - OBIETTIVI E AZIONI FINALIZZATE AL PIENO RISPETTO DELLA PARITÀ DI GENERE",
      "VERIFICA DI COMPLETEZZA",
    ]);
  });

  it("shows what the seed lacks as missing, right under its heading", () => {
    for (const code of ["2.1", "2.3", "3.1", "3.2", "3.3"]) {
      const at = report.blocks.findIndex(
        (b) => b.type === "heading" && b.text.startsWith(`${code} `),
      );
      expect(at, code).toBeGreaterThan(-1);
      expect(report.blocks[at + 1], code).toEqual({
        type: "missing",
        text: "Sezione non presente nel piano",
      });
    }
    const s4 = report.blocks.findIndex(
      (b) => b.type === "heading" && b.text === "SEZIONE 4: MONITORAGGIO",
    );
    expect(report.blocks[s4 + 1]).toEqual({
      type: "missing",
      text: "Sezione non presente nel piano",
    });
  });

  it("puts the scheda anagrafica in section 1, with the empty population said so", () => {
    const fields = report.blocks.find((b) => b.type === "fields");
    expect(fields).toMatchObject({
      fields: expect.arrayContaining([
        { label: "Ente", value: "CITTA' METROPOLITANA DI BOLOGNA" },
        { label: "Codice fiscale", value: "03428581205" },
        { label: "Popolazione (ultimo censimento ISTAT)", value: "dato non indicato" },
        { label: "Superficie (km²)", value: "3702,32" },
      ]),
    });
  });
});

describe("the Piano Azioni Positive composed from the seed", () => {
  const report = composePositiveActions(seed);

  it("lists every objective in the seed's order, each followed by its indicator table", () => {
    const objectiveHeadings = headings(report.blocks, 2);
    expect(objectiveHeadings.map((h) => h.split(" ")[2])).toEqual(
      EXPECTED_OBJECTIVES.map((o) => o.code),
    );
    const tables = report.blocks.filter(
      (b): b is Extract<Block, { type: "table" }> => b.type === "table",
    );
    expect(tables).toHaveLength(18);
    expect(tables[0]?.columns.map((c) => c.header)).toEqual([
      "Codice e descrizione indicatore",
      "Unità di misura",
      "Obiettivo",
    ]);
    // The rows are the seed's, as written there: code and description, unit, target.
    expect(tables.map((t) => t.rows.map((r) => [r[0]?.split(" ")[0], r[1], r[2]]))).toEqual(
      EXPECTED_OBJECTIVES.map((o) =>
        o.indicators.map(([code, unit, target]) => [
          code,
          unit,
          ["4160", "4127"].includes(code) ? `${target}%` : target,
        ]),
      ),
    );
  });

  it("opens each action area with its title", () => {
    expect(headings(report.blocks, 1).filter((h) => h.startsWith("AZIONE"))).toEqual([
      "AZIONE 1 PIANI TRIENNALI DI AZIONI POSITIVE",
      "AZIONE 2 RAFFORZAMENTO DEI COMITATI UNICI DI GARANZIA E CONTRASTO ALLE DISCRIMINAZIONI",
      "AZIONE 3 ORGANIZZAZIONE DEL LAVORO",
      "AZIONE 4 FORMAZIONE E DIFFUSIONE DEL MODELLO CULTURALE IMPRONTATO ALLA PROMOZIONE DELLE PARI OPPORTUNITÀ E ALLA CONCILIAZIONE DEI TEMPI DI VITA E DI LAVORO",
      "AZIONE 5 POLITICHE DI RECLUTAMENTO E GESTIONE DEL PERSONALE",
    ]);
  });
});
