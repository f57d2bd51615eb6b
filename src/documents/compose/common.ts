/** Pieces every report shares: headings, indicator tables, achievement wording. */
import type { Achievement } from "../../domain/achievement/types.ts";
import { formatItalianDate, formatTarget } from "../../domain/format-value.ts";
import type { Objective, PlanDocument } from "../../domain/plan.ts";
import type { Block, DocumentMetadata } from "../model.ts";

export function metadata(doc: PlanDocument, title: string, subject: string): DocumentMetadata {
  return {
    title,
    author: doc.administration.name,
    subject,
    keywords: ["PIAO", `${doc.plan.startYear}-${doc.plan.endYear}`, doc.administration.name],
    lang: "it-IT",
    date: doc.plan.documentDate,
  };
}

export function coverLines(doc: PlanDocument, extra: string[] = []): string[] {
  return [
    doc.administration.name,
    `Triennio ${doc.plan.startYear}-${doc.plan.endYear}`,
    ...(doc.plan.documentDate ? [`Documento del ${formatItalianDate(doc.plan.documentDate)}`] : []),
    ...extra,
  ];
}

export function unitName(doc: PlanDocument, key: string | null): string {
  if (key === null) return "Struttura non indicata";
  return doc.units.find((u) => u.key === key)?.key ?? key;
}

export function paragraphs(text: string): Block[] {
  return text
    .split("\n\n")
    .filter((p) => p.trim() !== "")
    .map((p) => ({ type: "paragraph", text: p }));
}

/** The seed's indicator table: Codice e descrizione indicatore | Unità di misura | Obiettivo. */
export function indicatorTable(o: Objective, year: number): Block {
  return {
    type: "table",
    caption: `Indicatori dell'obiettivo ${o.code}`,
    sheet: `Obiettivo ${o.code}`,
    columns: [
      { header: "Codice e descrizione indicatore", width: 4 },
      { header: "Unità di misura", width: 1 },
      { header: "Obiettivo", width: 1, align: "right" },
    ],
    rows: o.indicators.map((i) => [
      `${i.code} ${i.description}`,
      i.unitLabel,
      formatTarget(i.targets.find((t) => t.year === year)?.value ?? i.targets[0]?.value ?? null),
    ]),
  };
}

export function percent(score: number | null): string {
  return score === null ? "—" : `${(Math.round(score * 10) / 10).toLocaleString("it-IT")}%`;
}

/** "88,9% — parzialmente raggiunto", or why there is no score. */
export function achievementText(a: Achievement): string {
  if (a.score === null)
    return a.blocked ? "non calcolabile (manca un dato bloccante)" : "non calcolabile";
  return `${percent(a.score)}${a.band ? ` — ${a.band.label}` : ""}`;
}
