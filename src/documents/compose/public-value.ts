/**
 * Section 2.1 of the PIAO document: stakeholders, the DUP strategic
 * objectives, and each public-value objective with what carries it out and
 * its impact indicators (code, description, baseline with its year, target
 * per year, source).
 */
import { formatTarget } from "../../domain/format-value.ts";
import type { PlanDocument } from "../../domain/plan.ts";
import type { PublicValueObjective } from "../../domain/sections/public-value.ts";
import type { Block } from "../model.ts";

const orDash = (items: string[]) => (items.length ? items.join(", ") : "—");

function impactTable(doc: PlanDocument, o: PublicValueObjective): Block {
  const years: number[] = [];
  for (let y = doc.plan.startYear; y <= doc.plan.endYear; y++) years.push(y);
  return {
    type: "table",
    caption: `Indicatori di impatto dell'obiettivo di valore pubblico ${o.code}`,
    sheet: `Impatto ${o.code}`.slice(0, 31),
    columns: [
      { header: "Codice", width: 1 },
      { header: "Descrizione", width: 4 },
      { header: "Baseline (anno)", width: 2, align: "right" },
      ...years.map((y) => ({ header: `Target ${y}`, width: 1, align: "right" as const })),
      { header: "Fonte", width: 2 },
    ],
    rows: o.impactIndicators.map((i) => [
      i.code,
      i.description,
      i.baseline
        ? `${formatTarget(i.baseline)}${i.baselineYear === null ? "" : ` (${i.baselineYear})`}`
        : "—",
      ...years.map((y) => formatTarget(i.targets.find((t) => t.year === y)?.value ?? null) || "—"),
      i.source ?? "—",
    ]),
  };
}

function objectiveBlocks(doc: PlanDocument, o: PublicValueObjective): Block[] {
  const pv = doc.publicValue;
  const strategic = o.strategicObjectiveCodes.map((c) => {
    const s = pv.strategicObjectives.find((x) => x.code === c);
    return s ? `${s.code} ${s.title}` : c;
  });
  const stakeholders = o.stakeholderKeys.map(
    (k) => pv.stakeholders.find((s) => s.key === k)?.name ?? k,
  );
  const objectives = o.objectiveCodes.map((c) => {
    const found = doc.objectives.find((x) => x.code === c);
    return found ? `${found.code} ${found.title}` : c;
  });
  const measures = doc.risk.measures
    .filter((m) => m.publicValueCodes.includes(o.code))
    .map((m) => `${m.code} ${m.title}`);
  return [
    { type: "heading", level: 3, text: `${o.code} ${o.title}` },
    ...(o.description.trim() ? [{ type: "paragraph" as const, text: o.description }] : []),
    {
      type: "fields",
      fields: [
        { label: "Obiettivi strategici (DUP)", value: orDash(strategic) },
        { label: "Portatori di interesse", value: orDash(stakeholders) },
        { label: "Obiettivi di performance collegati", value: orDash(objectives) },
        { label: "Misure di prevenzione della corruzione collegate", value: orDash(measures) },
      ],
    },
    o.impactIndicators.length
      ? impactTable(doc, o)
      : { type: "missing", text: `L'obiettivo ${o.code} non ha indicatori di impatto` },
  ];
}

/** The records of section 2.1; none when the plan has none. */
export function publicValueBlocks(doc: PlanDocument): Block[] {
  const pv = doc.publicValue;
  const blocks: Block[] = [];
  if (pv.stakeholders.length) {
    blocks.push({
      type: "table",
      caption: "Portatori di interesse",
      sheet: "Stakeholder",
      columns: [
        { header: "Codice", width: 1 },
        { header: "Portatore di interesse", width: 4 },
        { header: "Categoria", width: 2 },
      ],
      rows: pv.stakeholders.map((s) => [s.key, s.name, s.category ?? "—"]),
    });
  }
  if (pv.strategicObjectives.length) {
    blocks.push({
      type: "table",
      caption: "Obiettivi strategici del DUP",
      sheet: "Obiettivi strategici",
      columns: [
        { header: "Codice", width: 1 },
        { header: "Obiettivo strategico", width: 4 },
        { header: "Missione / programma", width: 2 },
      ],
      rows: pv.strategicObjectives.map((s) => [s.code, s.title, s.programme ?? "—"]),
    });
  }
  for (const o of pv.objectives) blocks.push(...objectiveBlocks(doc, o));
  return blocks;
}
