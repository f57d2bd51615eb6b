/**
 * The Piano Azioni Positive annex, laid out like the seed: for each action
 * area its title and text, then each objective (code, title, responsible
 * unit, description) followed by its indicator table.
 */
import type { PlanDocument } from "../../domain/plan.ts";
import type { Block, ReportDocument } from "../model.ts";
import { coverLines, indicatorTable, metadata, paragraphs, unitName } from "./common.ts";

export function positiveActionBlocks(doc: PlanDocument, level: 1 | 2): Block[] {
  const sub = (level + 1) as 2 | 3;
  const blocks: Block[] = [];
  if (doc.positiveActions.length === 0) {
    return [{ type: "missing", text: "Il piano non contiene un Piano delle azioni positive" }];
  }
  for (const a of doc.positiveActions) {
    blocks.push(
      { type: "heading", level, text: `AZIONE ${a.number} ${a.title}` },
      ...paragraphs(a.description),
    );
    const objectives = doc.objectives.filter((o) => o.positiveAction === a.number);
    if (objectives.length === 0)
      blocks.push({ type: "missing", text: "Nessun obiettivo di performance per questo ambito" });
    for (const o of objectives) {
      blocks.push(
        { type: "heading", level: sub, text: `Obiettivo Performance ${o.code} ${o.title}` },
        { type: "paragraph", text: unitName(doc, o.unitKey), style: "lead" },
        ...paragraphs(o.description),
      );
      blocks.push(
        o.indicators.length > 0
          ? indicatorTable(o, doc.plan.startYear)
          : { type: "missing", text: "Obiettivo senza indicatori" },
      );
    }
  }
  return blocks;
}

export function composePositiveActions(doc: PlanDocument): ReportDocument {
  const period = `${doc.plan.startYear}-${doc.plan.endYear}`;
  const annex = doc.sections.find((s) => !s.inIndex);
  return {
    metadata: metadata(
      doc,
      `Piano Azioni Positive ${period}`,
      "Allegato alla sezione 2.2 del PIAO: obiettivi e azioni per la parità di genere",
    ),
    cover: coverLines(doc, ["Allegato alla sezione 2.2 del PIAO"]),
    toc: true,
    blocks: [
      ...(annex
        ? [{ type: "heading", level: 1, text: annex.title } as Block, ...paragraphs(annex.body)]
        : []),
      ...positiveActionBlocks(doc, 1),
    ],
  };
}
