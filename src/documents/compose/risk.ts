/**
 * Section 2.3 as tables: the process catalogue (area → macro-process →
 * process → phases, with the responsible unit), the risk assessment before
 * and after the measures with the matrix's rating, the measures and the
 * grid of transparency obligations. The PIAO and the RPCT report use them.
 */
import { formatItalianDate } from "../../domain/format-value.ts";
import type { PlanDocument } from "../../domain/plan.ts";
import { rateEvents, ratingText } from "../../domain/risk-rating.ts";
import type { Measure, RiskRatingInput, RiskRecords } from "../../domain/sections/risk.ts";
import { titulusLabel } from "../../domain/sections/transparency-titulus.ts";
import { translate } from "../../i18n/index.ts";
import type { Block } from "../model.ts";
import { unitName } from "./common.ts";

type Translate = (code: string, params?: Record<string, string | number>) => string;

const it: Translate = (code, params = {}) => translate(code, params, "it");

/** "generale — Codice di comportamento" or "specifica — controllo", in `t`'s language. */
export function measureKindText(m: Measure, t: Translate = it): string {
  const detail =
    m.kind === "general"
      ? m.generalMeasure && t(`risk.general.${m.generalMeasure}`)
      : m.specificType && t(`risk.specific.${m.specificType}`);
  return `${t(`risk.kind.${m.kind}`)}${detail ? ` — ${detail}` : ""}`;
}

function motivations(r: RiskRecords, input: RiskRatingInput | null): string {
  if (!input) return "—";
  const title = new Map(r.indicators.map((i) => [i.code, i.title]));
  return input.ratings
    .map((x) => `${title.get(x.indicatorCode) ?? x.indicatorCode}: ${x.level} — ${x.motivation}`)
    .join("; ");
}

export function processTable(doc: PlanDocument): Block {
  const r = doc.risk;
  const macro = new Map(r.macroProcesses.map((m) => [m.code, m]));
  const area = new Map(r.areas.map((a) => [a.code, a]));
  return {
    type: "table",
    caption: "Mappatura dei processi: area di rischio, macro-processo, processo e fasi",
    sheet: "2.3 Processi",
    columns: [
      { header: "Area di rischio", width: 2 },
      { header: "Macro-processo", width: 2 },
      { header: "Processo", width: 3 },
      { header: "Struttura responsabile", width: 2 },
      { header: "Fasi", width: 3 },
    ],
    rows: r.processes.map((p) => {
      const m = macro.get(p.macroProcessCode);
      const a = m ? area.get(m.areaCode) : undefined;
      const phases = p.phases
        .map((ph) => (ph.unitKey ? `${ph.title} (${unitName(doc, ph.unitKey)})` : ph.title))
        .join("; ");
      return [
        a ? `${a.code} ${a.title}` : "—",
        m ? `${m.code} ${m.title}` : p.macroProcessCode,
        `${p.code} ${p.title}`,
        unitName(doc, p.unitKey),
        phases || "—",
      ];
    }),
  };
}

export function assessmentTable(doc: PlanDocument): Block {
  const r = doc.risk;
  return {
    type: "table",
    caption: "Valutazione del rischio prima e dopo le misure, con le motivazioni",
    sheet: "2.3 Valutazione",
    columns: [
      { header: "Evento rischioso", width: 3 },
      { header: "Processo (fase)", width: 2 },
      { header: "Rischio prima delle misure", width: 2 },
      { header: "Motivazioni", width: 3 },
      { header: "Rischio residuo", width: 2 },
      { header: "Motivazioni", width: 3 },
    ],
    rows: rateEvents(r).map(({ event: e, assessment: a, before, after }) => [
      `${e.code} ${e.description}`,
      e.phaseCode ? `${e.processCode} (${e.phaseCode})` : e.processCode,
      ratingText(it, r.matrix, before),
      motivations(r, a?.before ?? null),
      ratingText(it, r.matrix, after),
      motivations(r, a?.after ?? null),
    ]),
  };
}

export function measureCells(doc: PlanDocument, m: Measure): string[] {
  return [
    `${m.code} ${m.title}`,
    measureKindText(m),
    unitName(doc, m.unitKey),
    m.deadline ? formatItalianDate(m.deadline) : "—",
    m.indicator,
    m.target,
  ];
}

export const MEASURE_HEADERS = [
  { header: "Misura", width: 3 },
  { header: "Tipo", width: 2 },
  { header: "Struttura responsabile", width: 2 },
  { header: "Scadenza", width: 1 },
  { header: "Indicatore", width: 2 },
  { header: "Target", width: 1 },
];

export function measureTable(doc: PlanDocument): Block {
  return {
    type: "table",
    caption: "Misure di prevenzione generali e specifiche",
    sheet: "2.3 Misure",
    columns: [...MEASURE_HEADERS, { header: "Eventi trattati", width: 1 }],
    rows: doc.risk.measures.map((m) => [...measureCells(doc, m), m.eventCodes.join(", ") || "—"]),
  };
}

export function obligationTable(doc: PlanDocument): Block {
  return {
    type: "table",
    caption: "Obblighi di pubblicazione in Amministrazione trasparente",
    sheet: "2.3 Trasparenza",
    columns: [
      { header: "Sezione", width: 3 },
      { header: "Obbligo", width: 3 },
      { header: "Riferimento normativo", width: 2 },
      { header: "Produce il dato", width: 2 },
      { header: "Pubblica il dato", width: 2 },
      { header: "Aggiornamento", width: 1 },
      { header: "Stato", width: 1 },
    ],
    rows: doc.risk.obligations.map((o) => [
      `${o.titulus} ${titulusLabel(o.titulus)}`,
      o.obligation,
      o.legalReference,
      unitName(doc, o.producerUnitKey),
      unitName(doc, o.publisherUnitKey),
      it(`risk.frequency.${o.frequency}`),
      it(`risk.obligationStatus.${o.status}`),
    ]),
  };
}

/** The tables of section 2.3 that the plan has records for. */
export function riskBlocks(doc: PlanDocument): Block[] {
  const r = doc.risk;
  return [
    ...(r.processes.length > 0 ? [processTable(doc)] : []),
    ...(r.events.length > 0 ? [assessmentTable(doc)] : []),
    ...(r.measures.length > 0 ? [measureTable(doc)] : []),
    ...(r.obligations.length > 0 ? [obligationTable(doc)] : []),
  ];
}
