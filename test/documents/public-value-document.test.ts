import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { composePiao } from "../../src/documents/compose/piao.ts";
import type { Block } from "../../src/documents/model.ts";
import { renderText } from "../../src/documents/render/text.ts";
import { renderXlsx } from "../../src/documents/render/xlsx.ts";
import { checkPlan } from "../../src/domain/check.ts";
import type { PlanDocument } from "../../src/domain/plan.ts";
import { completePlanDocument, simplifiedPlanDocument } from "../support/complete-plan.ts";

type Table = Extract<Block, { type: "table" }>;

const blocksOf = (doc: PlanDocument) => composePiao(doc, checkPlan(doc)).blocks;

/** The blocks between the heading of `code` and the next heading of its level or above. */
function sectionBlocks(blocks: Block[], code: string): Block[] {
  const start = blocks.findIndex((b) => b.type === "heading" && b.text.startsWith(`${code} `));
  if (start < 0) throw new Error(`no section ${code}`);
  const level = (blocks[start] as Extract<Block, { type: "heading" }>).level;
  const end = blocks.findIndex((b, i) => i > start && b.type === "heading" && b.level <= level);
  return blocks.slice(start + 1, end < 0 ? undefined : end);
}

function table(blocks: Block[], caption: string): Table {
  const t = blocks.find((b): b is Table => b.type === "table" && b.caption === caption);
  if (!t) throw new Error(`no table «${caption}»`);
  return t;
}

describe("section 2.1 in the PIAO document", () => {
  const s21 = sectionBlocks(blocksOf(completePlanDocument()), "2.1");

  it("has the stakeholders and the DUP strategic objectives", () => {
    expect(table(s21, "Portatori di interesse").rows).toEqual([
      ["cittadini", "Cittadini residenti", "cittadini"],
      ["imprese", "Imprese edili e professionisti", "imprese"],
      ["personale", "Personale del Comune", "personale"],
    ]);
    expect(table(s21, "Obiettivi strategici del DUP").rows[1]).toEqual([
      "DUP-2",
      "Una città accessibile a tutte e tutti",
      "Missione 12 - Programma 02",
    ]);
  });

  it("has each public-value objective with its links and its impact indicators", () => {
    expect(s21).toContainEqual({
      type: "heading",
      level: 3,
      text: "VP2 Pari opportunità e inclusione",
    });
    const fields = s21.filter((b) => b.type === "fields");
    expect(fields[1]).toEqual({
      type: "fields",
      fields: [
        {
          label: "Obiettivi strategici (DUP)",
          value: "DUP-2 Una città accessibile a tutte e tutti",
        },
        { label: "Portatori di interesse", value: "Cittadini residenti, Personale del Comune" },
        {
          label: "Obiettivi di performance collegati",
          value: "102 ACCESSIBILITA' DEGLI UFFICI, 103 BENESSERE ORGANIZZATIVO E PARITA' DI GENERE",
        },
        {
          label: "Misure di prevenzione della corruzione collegate",
          value: "MG-01 Codice di comportamento",
        },
      ],
    });
    const impact = table(s21, "Indicatori di impatto dell'obiettivo di valore pubblico VP1");
    expect(impact.columns.map((c) => c.header)).toEqual([
      "Codice",
      "Descrizione",
      "Baseline (anno)",
      "Target 2025",
      "Target 2026",
      "Target 2027",
      "Fonte",
    ]);
    expect(impact.rows).toEqual([
      [
        "VP1.1",
        "FAMIGLIE CHE USANO SERVIZI ONLINE DELLA PA",
        "38% (2023)",
        "45%",
        "52%",
        "60%",
        "ISTAT BES",
      ],
    ]);
  });
});

describe("letters e) and f) and the procedures in section 2.2", () => {
  const s22 = sectionBlocks(blocksOf(completePlanDocument()), "2.2");

  it("has the Semplificazione and Accessibilità sub-parts after the objectives", () => {
    const headings = s22.filter((b) => b.type === "heading").map((b) => b.text);
    expect(headings).toEqual([
      "Semplificazione",
      "Accessibilità",
      "Catalogo dei procedimenti e tempi di conclusione",
    ]);
    expect(table(s22, "Azioni di semplificazione e reingegnerizzazione").rows).toEqual([
      [
        "SEM-1",
        "Permesso di costruire interamente digitale. Istanza, integrazioni e rilascio sul portale.",
        "2025",
        "PRC-01 Permesso di costruire",
        "101",
      ],
    ]);
    const access = table(s22, "Azioni per l'accessibilità fisica e digitale");
    expect(access.rows[0]?.slice(2)).toEqual([
      "fisica",
      "cittadini ultrasessantacinquenni, persone con disabilità",
      "31/12/2025",
      "102",
    ]);
  });

  it("has the catalogue with timeliness against the legal deadline", () => {
    const rows = table(s22, "Procedimenti amministrativi e monitoraggio dei tempi").rows;
    expect(rows).toEqual([
      [
        "PRC-01",
        "Permesso di costruire",
        "Area Tecnica - Settore Lavori Pubblici",
        "60",
        "sì",
        "2024",
        "120",
        "72",
        "25%",
        "oltre il termine (120%)",
      ],
      [
        "PRC-02",
        "Accesso agli atti",
        "Area Amministrativa",
        "30",
        "no",
        "2024",
        "300",
        "18",
        "2%",
        "entro il termine",
      ],
    ]);
    expect(table(s22, "Tempi dei procedimenti: sintesi per anno").rows).toEqual([
      ["2024", "2", "420", "36", "8,6%", "1"],
    ]);
  });

  it("reaches the rendered text of the document", () => {
    const doc = completePlanDocument();
    const text = renderText(composePiao(doc, checkPlan(doc)));
    expect(text).toContain("FAMIGLIE CHE USANO SERVIZI ONLINE DELLA PA");
    expect(text).toContain("Sito conforme alle linee guida AgID");
  });

  it("the simplified plan has none of these records and no empty sub-parts", () => {
    const blocks = blocksOf(simplifiedPlanDocument());
    expect(blocks.some((b) => b.type === "heading" && b.text === "Semplificazione")).toBe(false);
    // 2.1 is not required of the simplified PIAO: the document leaves it out altogether.
    expect(blocks.some((b) => b.type === "heading" && b.text.startsWith("2.1 "))).toBe(false);
  });

  it("gives the XLSX workbook a sheet for each of these tables, with the numbers typed", async () => {
    const doc = completePlanDocument();
    const workbook = new ExcelJS.Workbook();
    const buffer = await renderXlsx(composePiao(doc, checkPlan(doc)));
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const names = workbook.worksheets.map((w) => w.name);
    for (const name of [
      "Stakeholder",
      "Obiettivi strategici",
      "Impatto VP1",
      "Impatto VP2",
      "Semplificazione",
      "Accessibilità",
      "Procedimenti",
      "Tempi per anno",
    ]) {
      expect(names).toContain(name);
    }
    const procedures = workbook.getWorksheet("Procedimenti");
    expect(procedures?.getRow(2).getCell(1).value).toBe("PRC-01");
    expect(procedures?.getRow(2).getCell(4).value).toBe(60);
  });
});
