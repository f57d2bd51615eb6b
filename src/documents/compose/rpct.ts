/**
 * The yearly report of the anti-corruption officer (Relazione annuale del
 * RPCT, L. 190/2012 art. 1 c. 14) from the 2.3 records: the measures by
 * kind with their status in the chosen campaign and the reasons, the risk
 * events rated before and after the measures, the state of the
 * transparency obligations.
 */
import { formatItalianDate } from "../../domain/format-value.ts";
import type { PlanDocument } from "../../domain/plan.ts";
import { rateEvents, ratingText } from "../../domain/risk-rating.ts";
import {
  MEASURE_KINDS,
  MEASURE_STATUSES,
  type MeasureStatus,
  OBLIGATION_STATUSES,
} from "../../domain/sections/risk.ts";
import { translate } from "../../i18n/index.ts";
import type { Block, ReportDocument } from "../model.ts";
import { coverLines, metadata } from "./common.ts";
import { MEASURE_HEADERS, measureCells, obligationTable } from "./risk.ts";

export interface RpctStatus {
  status: MeasureStatus;
  reason: string | null;
  enteredBy: string;
  enteredAt: string;
}

export interface RpctData {
  plan: PlanDocument;
  /** The campaign whose statuses the report gives; null when none has been opened. */
  campaign: { id: number; year: number; kind: string; referenceDate: string } | null;
  statuses: ReadonlyMap<string, RpctStatus>;
}

const it = (code: string, params: Record<string, string | number> = {}) =>
  translate(code, params, "it");
const NOT_RECORDED = "non rilevato";

function measureSummary(data: RpctData): Block {
  const measures = data.plan.risk.measures;
  const count = (kind: string, status: MeasureStatus | null) =>
    measures.filter(
      (m) => m.kind === kind && (data.statuses.get(m.code)?.status ?? null) === status,
    ).length;
  return {
    type: "table",
    caption: "Stato di attuazione delle misure per tipo",
    sheet: "Attuazione per tipo",
    columns: [
      { header: "Misure", width: 2 },
      ...MEASURE_STATUSES.map((s) => ({ header: it(`risk.status.${s}`), align: "right" as const })),
      { header: NOT_RECORDED, align: "right" },
      { header: "Totale", align: "right" },
    ],
    rows: MEASURE_KINDS.map((kind) => [
      kind === "general" ? "Misure generali" : "Misure specifiche",
      ...MEASURE_STATUSES.map((s) => String(count(kind, s))),
      String(count(kind, null)),
      String(measures.filter((m) => m.kind === kind).length),
    ]),
  };
}

function measureRows(data: RpctData, kind: "general" | "specific"): Block[] {
  const measures = data.plan.risk.measures.filter((m) => m.kind === kind);
  if (measures.length === 0) return [];
  const title = kind === "general" ? "Misure generali" : "Misure specifiche";
  return [
    { type: "heading", level: 2, text: title },
    {
      type: "table",
      caption: `${title}: attuazione e motivazioni`,
      sheet: kind === "general" ? "Misure generali" : "Misure specifiche",
      columns: [
        ...MEASURE_HEADERS,
        { header: "Stato di attuazione", width: 2 },
        { header: "Motivazione", width: 3 },
      ],
      rows: measures.map((m) => {
        const s = data.statuses.get(m.code);
        return [
          ...measureCells(data.plan, m),
          s ? it(`risk.status.${s.status}`) : NOT_RECORDED,
          s?.reason ?? "—",
        ];
      }),
    },
  ];
}

function eventTable(plan: PlanDocument): Block {
  const r = plan.risk;
  return {
    type: "table",
    caption: "Eventi rischiosi: rischio prima e dopo le misure",
    sheet: "Eventi rischiosi",
    columns: [
      { header: "Evento rischioso", width: 3 },
      { header: "Processo", width: 2 },
      { header: "Rischio prima delle misure", width: 2 },
      { header: "Rischio residuo", width: 2 },
      { header: "Misure che lo trattano", width: 2 },
    ],
    rows: rateEvents(r).map(({ event: e, before, after }) => [
      `${e.code} ${e.description}`,
      e.processCode,
      ratingText(it, r.matrix, before),
      ratingText(it, r.matrix, after),
      r.measures
        .filter((m) => m.eventCodes.includes(e.code))
        .map((m) => m.code)
        .join(", ") || "nessuna",
    ]),
  };
}

function obligationSummary(plan: PlanDocument): Block {
  const obligations = plan.risk.obligations;
  return {
    type: "table",
    caption: "Obblighi di pubblicazione per stato",
    sheet: "Obblighi per stato",
    columns: [
      { header: "Stato", width: 3 },
      { header: "Obblighi", width: 1, align: "right" },
    ],
    rows: [
      ...OBLIGATION_STATUSES.map((s) => [
        it(`risk.obligationStatus.${s}`),
        String(obligations.filter((o) => o.status === s).length),
      ]),
      ["Totale", String(obligations.length)],
    ],
  };
}

function campaignLine(data: RpctData): string {
  const c = data.campaign;
  if (!c) return "Nessuna campagna di monitoraggio aperta: lo stato delle misure non è rilevato.";
  const kind = c.kind === "yearend" ? "a consuntivo" : "infrannuale";
  return `Stato di attuazione rilevato nel monitoraggio ${kind} ${c.year} (al ${formatItalianDate(c.referenceDate)}).`;
}

export function composeRpct(data: RpctData): ReportDocument {
  const { plan } = data;
  const year = data.campaign?.year ?? plan.plan.startYear;
  const title = `Relazione annuale del Responsabile della prevenzione della corruzione e della trasparenza ${year}`;
  return {
    metadata: metadata(plan, title, "Relazione annuale del RPCT (L. 190/2012, art. 1, c. 14)"),
    cover: coverLines(plan, [`Anno ${year}`]),
    toc: true,
    blocks: [
      { type: "heading", level: 1, text: "1. Misure di prevenzione" },
      { type: "paragraph", text: campaignLine(data), style: "lead" },
      measureSummary(data),
      ...measureRows(data, "general"),
      ...measureRows(data, "specific"),
      { type: "heading", level: 1, text: "2. Eventi rischiosi e valutazione del rischio" },
      ...(plan.risk.events.length > 0
        ? [eventTable(plan)]
        : [{ type: "missing" as const, text: "Nessun evento rischioso nel piano" }]),
      { type: "heading", level: 1, text: "3. Trasparenza" },
      obligationSummary(plan),
      ...(plan.risk.obligations.length > 0 ? [obligationTable(plan)] : []),
    ],
  };
}
