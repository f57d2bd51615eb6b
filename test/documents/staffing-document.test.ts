import { describe, expect, it } from "vitest";
import { composePiao } from "../../src/documents/compose/piao.ts";
import type { Block } from "../../src/documents/model.ts";
import { renderText } from "../../src/documents/render/text.ts";
import { renderXlsx } from "../../src/documents/render/xlsx.ts";
import { checkPlan } from "../../src/domain/check.ts";
import type { PlanDocument } from "../../src/domain/plan.ts";
import { completePlanDocument, simplifiedPlanDocument } from "../support/complete-plan.ts";

type TableBlock = Extract<Block, { type: "table" }>;

function compose(doc: PlanDocument): Block[] {
  return composePiao(doc, checkPlan(doc)).blocks;
}

/** The blocks of a sub-section: from its heading to the next heading of level 1 or 2. */
function sectionBlocks(blocks: Block[], code: string): Block[] {
  const start = blocks.findIndex((b) => b.type === "heading" && b.text.startsWith(`${code} `));
  if (start < 0) throw new Error(`no section ${code}`);
  const rest = blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.type === "heading" && b.level <= 2);
  return end < 0 ? rest : rest.slice(0, end);
}

const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.type === "table");
const captions = (blocks: Block[]) => tables(blocks).map((t) => t.caption);
function tableNamed(blocks: Block[], caption: string): TableBlock {
  const t = tables(blocks).find((b) => b.caption.startsWith(caption));
  if (!t) throw new Error(`no table ${caption}`);
  return t;
}

describe("sections 3.1–3.3 in the PIAO document", () => {
  const doc = completePlanDocument();
  const blocks = compose(doc);

  it("3.1 has the units, the staff by unit and by area, then the gender statistics", () => {
    const s31 = sectionBlocks(blocks, "3.1");
    expect(captions(s31).slice(0, 3)).toEqual([
      "Strutture organizzative",
      "Personale in servizio al 31/12/2024 per struttura",
      "Personale in servizio al 31/12/2024 per area, fascia d'età e genere",
    ]);
    const total = tableNamed(s31, "Personale in servizio al 31/12/2024 per struttura").rows.at(-1);
    const staff = doc.organisation.staff;
    const women = staff.filter((s) => s.gender === "female").reduce((n, s) => n + s.headcount, 0);
    expect(total).toEqual([
      "Totale",
      String(women),
      String(180 - women),
      String(staff.filter((s) => s.partTime).reduce((n, s) => n + s.headcount, 0)),
      "180",
    ]);
    const charts = s31.filter((b) => b.type === "chart");
    expect(charts.length).toBeGreaterThanOrEqual(6);
    // every chart is followed by the table of its numbers
    for (const c of charts) {
      const next = s31[s31.indexOf(c) + 1];
      expect(next?.type).toBe("table");
      if (c.type === "chart") expect(c.svg).toContain('role="img"');
    }
  });

  it("3.2 has the conditions, the objectives with indicators and the agile staff", () => {
    const s32 = sectionBlocks(blocks, "3.2");
    expect(captions(s32)).toEqual([
      "Condizioni abilitanti del lavoro agile",
      "Obiettivi e indicatori del lavoro agile",
      "Personale in lavoro agile e da remoto per struttura e genere",
    ]);
    expect(tableNamed(s32, "Obiettivi e indicatori").rows[0]?.slice(2, 4)).toEqual([
      "15% (2024)",
      "2025: 25%",
    ]);
  });

  it("3.3 has establishment, departures, hires with channel and cost, limit checks, training", () => {
    const s33 = sectionBlocks(blocks, "3.3");
    expect(captions(s33)).toEqual([
      "Dotazione organica per profilo e area",
      "Cessazioni previste",
      "Assunzioni programmate per anno",
      "Verifica dei limiti di spesa",
      "Piano della formazione",
    ]);
    const hire = tableNamed(s33, "Assunzioni programmate").rows[1];
    expect(hire?.slice(0, 7).map((c) => c.replace("\u00a0", " "))).toEqual([
      "2025",
      "H-2025-2",
      "Istruttore amministrativo",
      "Istruttori",
      "1",
      "Categorie protette (L. 68/1999)",
      "33.000,00 €",
    ]);
    const limits = tableNamed(s33, "Verifica dei limiti").rows;
    expect(limits.map((r) => [r[0], r[3], r[7]])).toEqual([
      ["LIM-557 Spesa di personale entro la media 2011-2013", "2025", "entro il limite"],
      ["LIM-557 Spesa di personale entro la media 2011-2013", "2026", "entro il limite"],
      ["LIM-557 Spesa di personale entro la media 2011-2013", "2027", "entro il limite"],
      ["LIM-DL34 Capacità assunzionale", "2025", "entro il limite"],
    ]);
  });

  it("an exceeded limit reads as exceeded with a negative margin", () => {
    const over = completePlanDocument();
    const rule = over.staffing.spendingLimits[1];
    if (rule) over.staffing.spendingLimits[1] = { ...rule, limit: 100000 };
    const row = tableNamed(sectionBlocks(compose(over), "3.3"), "Verifica dei limiti").rows[3];
    expect(row?.[6]?.replace("\u00a0", " ")).toBe("-9.000,00 €");
    expect(row?.[7]).toBe("LIMITE SUPERATO");
  });

  it("the text and the workbook of the PIAO carry the new tables", async () => {
    const report = composePiao(doc, checkPlan(doc));
    const text = renderText(report);
    expect(text).toContain("Piano della formazione");
    expect(text).toContain("Statistiche di genere del personale");
    const xlsx = await renderXlsx(report);
    expect(xlsx.length).toBeGreaterThan(1000);
  });

  it("the simplified plan's document has its 3.1–3.3 tables too", () => {
    const small = compose(simplifiedPlanDocument());
    expect(captions(sectionBlocks(small, "3.3"))).toContain("Piano della formazione");
    expect(captions(sectionBlocks(small, "3.1"))).toContain(
      "Personale in servizio al 31/12/2024 per struttura",
    );
  });

  it("a plan without staff counts shows them as missing in 3.1", () => {
    const none = completePlanDocument();
    none.organisation.staff = [];
    expect(sectionBlocks(compose(none), "3.1")).toContainEqual({
      type: "missing",
      text: "Personale in servizio non indicato",
    });
  });
});
