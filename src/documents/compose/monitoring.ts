/**
 * The mid-year monitoring report: per unit and objective, progress of each
 * indicator, the forecast and its comment, and the re-programming requested
 * and approved.
 */
import { formatItalianDate, formatMeasured, formatTarget } from "../../domain/format-value.ts";
import type { PlanDocument, TargetValue } from "../../domain/plan.ts";
import type {
  IndicatorReport,
  ObjectiveReport,
  PerformanceReport,
} from "../../services/performance.ts";
import type { Block, ReportDocument } from "../model.ts";
import { achievementText, coverLines, metadata, percent } from "./common.ts";

export interface ForecastEntry {
  objectiveCode: string;
  forecast: "on_track" | "at_risk" | "critical";
  comment: string | null;
  enteredBy: string;
}

export interface ReprogrammingEntry {
  id: number;
  objectiveCode: string;
  indicatorCode: string;
  change: "target" | "description";
  original: unknown;
  proposed: unknown;
  justification: string;
  status: "pending" | "approved" | "rejected";
  requestedBy: string;
  decisionNote: string | null;
}

export interface MonitoringData {
  plan: PlanDocument;
  report: PerformanceReport;
  forecasts: ForecastEntry[];
  reprogramming: ReprogrammingEntry[];
}

const FORECAST_LABEL = { on_track: "in linea", at_risk: "a rischio", critical: "critico" } as const;
const STATE_LABEL = {
  scored: "misurato",
  in_progress: "in corso",
  not_measured: "non rilevato",
  neutralised: "neutralizzato",
  no_target: "senza target",
} as const;
const STATUS_LABEL = { pending: "in attesa", approved: "approvata", rejected: "respinta" } as const;

export function changeText(value: unknown): string {
  if (value && typeof value === "object" && "description" in value)
    return String((value as { description: string }).description);
  return formatTarget((value ?? null) as TargetValue | null);
}

export function indicatorRow(i: IndicatorReport, notYet = "non ancora"): string[] {
  const result =
    i.result.state === "scored" ? percent(i.result.score) : STATE_LABEL[i.result.state];
  return [
    `${i.code} ${i.description}`,
    formatTarget(i.originalTarget),
    i.reprogrammed ? formatTarget(i.target) : "—",
    i.measurement ? formatMeasured(i.measurement, notYet) : "—",
    i.result.delayDays ? `${result} (${i.result.delayDays} gg di ritardo)` : result,
  ];
}

export function indicatorProgressTable(o: ObjectiveReport): Block {
  return {
    type: "table",
    caption: `Indicatori dell'obiettivo ${o.code}`,
    sheet: `Obiettivo ${o.code}`,
    columns: [
      { header: "Codice e descrizione indicatore", width: 4 },
      { header: "Target originario", width: 1 },
      { header: "Target rimodulato", width: 1 },
      { header: "Valore rilevato", width: 1 },
      { header: "Grado di raggiungimento", width: 1, align: "right" },
    ],
    rows: o.indicators.map((i) => indicatorRow(i)),
  };
}

function objectiveBlocks(o: ObjectiveReport, forecast: ForecastEntry | undefined): Block[] {
  const blocks: Block[] = [
    { type: "heading", level: 3, text: `Obiettivo ${o.code} ${o.title}` },
    { type: "paragraph", text: `Avanzamento: ${achievementText(o.achievement)}`, style: "lead" },
    indicatorProgressTable(o),
  ];
  if (forecast) {
    const comment = forecast.comment ? `: ${forecast.comment}` : "";
    blocks.push({
      type: "paragraph",
      text: `Previsione del dirigente (${forecast.enteredBy}): ${FORECAST_LABEL[forecast.forecast]}${comment}`,
    });
  } else {
    blocks.push({ type: "missing", text: "Previsione non indicata" });
  }
  return blocks;
}

function reprogrammingTable(entries: ReprogrammingEntry[]): Block {
  return {
    type: "table",
    caption: "Richieste di rimodulazione",
    sheet: "Rimodulazioni",
    columns: [
      { header: "Obiettivo / indicatore", width: 1 },
      { header: "Valore originario", width: 1 },
      { header: "Valore proposto", width: 1 },
      { header: "Motivazione", width: 3 },
      { header: "Stato", width: 1 },
    ],
    rows: entries.map((e) => [
      `${e.objectiveCode}/${e.indicatorCode}`,
      changeText(e.original),
      changeText(e.proposed),
      e.justification,
      `${STATUS_LABEL[e.status]}${e.decisionNote ? ` (${e.decisionNote})` : ""}`,
    ]),
  };
}

export function composeMonitoring(data: MonitoringData): ReportDocument {
  const { plan, report } = data;
  const blocks: Block[] = [
    { type: "heading", level: 1, text: "SINTESI" },
    {
      type: "paragraph",
      text: `Monitoraggio infrannuale ${report.campaign.year} alla data del ${formatItalianDate(report.campaign.referenceDate)}. Avanzamento complessivo dell'ente: ${achievementText(report.administration.achievement)}.`,
    },
  ];
  for (const u of report.units.filter((x) => report.objectives.some((o) => o.unitKey === x.key))) {
    blocks.push(
      { type: "heading", level: 1, text: u.key },
      {
        type: "paragraph",
        text: `Avanzamento della struttura: ${achievementText(u.achievement)}`,
        style: "lead",
      },
    );
    for (const o of report.objectives.filter((x) => x.unitKey === u.key)) {
      blocks.push(
        ...objectiveBlocks(
          o,
          data.forecasts.find((f) => f.objectiveCode === o.code),
        ),
      );
    }
  }
  blocks.push({ type: "heading", level: 1, text: "RIMODULAZIONI" });
  blocks.push(
    data.reprogramming.length > 0
      ? reprogrammingTable(data.reprogramming)
      : { type: "paragraph", text: "Nessuna richiesta di rimodulazione." },
  );
  return {
    metadata: metadata(
      plan,
      `Monitoraggio infrannuale ${report.campaign.year}`,
      `Monitoraggio infrannuale del PIAO di ${plan.administration.name}`,
    ),
    cover: coverLines(plan, [
      `Monitoraggio infrannuale al ${formatItalianDate(report.campaign.referenceDate)}`,
    ]),
    toc: true,
    blocks,
  };
}
