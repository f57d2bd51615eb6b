/**
 * The Relazione sulla performance (year-end): per objective and indicator the
 * target (original and re-programmed), the actual value, the achievement and
 * its band; roll-ups by unit, positive-action area and for the whole
 * administration, each as a chart with the table behind it; neutralised
 * indicators with their reason; space for the Nucleo di valutazione.
 */

import type { Achievement } from "../../domain/achievement/types.ts";
import { formatItalianDate } from "../../domain/format-value.ts";
import type { PerformanceReport } from "../../services/performance.ts";
import { achievementBarChart } from "../charts.ts";
import type { Block, ReportDocument } from "../model.ts";
import { achievementText, coverLines, metadata, percent } from "./common.ts";
import { indicatorProgressTable, type MonitoringData } from "./monitoring.ts";

interface Row {
  label: string;
  achievement: Achievement;
}

/** A chart and, beside it, the same numbers as a table. */
function rollup(title: string, sheet: string, rows: Row[], report: PerformanceReport): Block[] {
  const bands = report.rules.bands.map((b) => ({ min: b.min, label: b.label }));
  const chart = achievementBarChart(
    title,
    rows.map((r) => ({ label: r.label, value: r.achievement.score })),
    bands,
  );
  return [
    {
      type: "chart",
      title,
      svg: chart.svg,
      alt: chart.alt,
      width: chart.width,
      height: chart.height,
    },
    {
      type: "table",
      caption: title,
      sheet,
      columns: [
        { header: "Voce", width: 4 },
        { header: "Grado di raggiungimento", width: 1, align: "right" },
        { header: "Fascia", width: 2 },
        { header: "Obiettivi considerati", width: 1, align: "right" },
      ],
      rows: rows.map((r) => [
        r.label,
        percent(r.achievement.score),
        r.achievement.band?.label ??
          (r.achievement.blocked ? "non calcolabile (dato bloccante)" : "—"),
        `${r.achievement.counted} su ${r.achievement.total}`,
      ]),
    },
  ];
}

function neutralisedTable(report: PerformanceReport): Block {
  const rows = report.objectives.flatMap((o) => [
    ...(o.neutralisedReason ? [[o.code, "intero obiettivo", o.neutralisedReason]] : []),
    ...o.indicators
      .filter((i) => i.neutralisedReason)
      .map((i) => [o.code, i.code, i.neutralisedReason as string]),
  ]);
  if (rows.length === 0)
    return { type: "paragraph", text: "Nessun indicatore è stato neutralizzato." };
  return {
    type: "table",
    caption: "Indicatori e obiettivi neutralizzati dal Nucleo di valutazione",
    sheet: "Neutralizzazioni",
    columns: [
      { header: "Obiettivo", width: 1 },
      { header: "Indicatore", width: 1 },
      { header: "Motivazione", width: 5 },
    ],
    rows,
  };
}

export function composeRelazione(data: MonitoringData): ReportDocument {
  const { plan, report } = data;
  const year = report.campaign.year;
  const blocks: Block[] = [
    { type: "heading", level: 1, text: "PERFORMANCE ORGANIZZATIVA" },
    {
      type: "paragraph",
      text: `Grado di raggiungimento complessivo dell'ente al ${formatItalianDate(report.campaign.referenceDate)}: ${achievementText(report.administration.achievement)}.`,
      style: "lead",
    },
    { type: "heading", level: 2, text: "Per struttura organizzativa" },
    ...rollup(
      "Grado di raggiungimento per struttura",
      "Strutture",
      report.units.map((u) => ({ label: u.name, achievement: u.achievement })),
      report,
    ),
    { type: "heading", level: 2, text: "Per ambito del Piano azioni positive" },
    ...rollup(
      "Grado di raggiungimento per ambito di azione",
      "Ambiti",
      report.positiveActions.map((a) => ({
        label: `${a.number} ${a.title}`,
        achievement: a.achievement,
      })),
      report,
    ),
    { type: "heading", level: 1, text: "OBIETTIVI E INDICATORI" },
  ];
  for (const o of report.objectives) {
    blocks.push(
      { type: "heading", level: 2, text: `Obiettivo ${o.code} ${o.title}` },
      {
        type: "paragraph",
        text: `${o.unitKey ?? "Struttura non indicata"} — ${o.neutralisedReason ? `neutralizzato: ${o.neutralisedReason}` : achievementText(o.achievement)}`,
        style: "lead",
      },
      indicatorProgressTable(o),
    );
  }
  blocks.push(
    { type: "heading", level: 1, text: "NEUTRALIZZAZIONI" },
    neutralisedTable(report),
    { type: "heading", level: 1, text: "VALIDAZIONE DEL NUCLEO DI VALUTAZIONE" },
    {
      type: "paragraph",
      text: "Il Nucleo di valutazione, esaminata la Relazione e i dati che la sostengono, ne attesta la validazione ai sensi dell'art. 14 c. 4 lett. c) del D.Lgs. 150/2009.",
    },
    {
      type: "signature",
      lines: ["Il Presidente del Nucleo di valutazione", "Luogo e data ____________________"],
    },
  );
  return {
    metadata: metadata(
      plan,
      `Relazione sulla performance ${year}`,
      `Relazione sulla performance ${year} di ${plan.administration.name}`,
    ),
    cover: coverLines(plan, [`Relazione sulla performance ${year}`]),
    toc: true,
    blocks,
  };
}
