/**
 * The open data of section 2.3 of a published plan: the process catalogue
 * with its risk events and ratings, the prevention measures with their
 * status in each published campaign, and the transparency obligations.
 * Same conventions as datasets.ts (which gathers these three with its own):
 * stable snake_case names, English codes, ISO dates; only what
 * services/public/read.ts makes public (measure statuses without reasons or
 * people).
 */
import { rate } from "../../domain/risk-rating.ts";
import {
  GENERAL_MEASURES,
  LAW_RISK_AREAS,
  MEASURE_KINDS,
  MEASURE_STATUSES,
  OBLIGATION_STATUSES,
  SPECIFIC_MEASURE_TYPES,
  UPDATE_FREQUENCIES,
} from "../../domain/sections/risk.ts";
import { titulusLabel } from "../../domain/sections/transparency-titulus.ts";
import type { PublishedPlan } from "../public/read.ts";
import type { Column, ColumnType, Row } from "./datasets.ts";

export const RISK_DATASET_IDS = [
  "processi-rischio",
  "misure-prevenzione",
  "obblighi-trasparenza",
] as const;
export type RiskDatasetId = (typeof RISK_DATASET_IDS)[number];

const col = (name: string, header: string, type: ColumnType = "text"): Column => ({
  name,
  header,
  type,
});

export const RISK_COLUMNS: Record<RiskDatasetId, readonly Column[]> = {
  "processi-rischio": [
    col("area_code", "Codice area di rischio"),
    col("area", "Area di rischio"),
    col("law_area", "Area L. 190/2012 art. 1 c. 16"),
    col("macro_process_code", "Codice macro-processo"),
    col("macro_process", "Macro-processo"),
    col("process_code", "Codice processo"),
    col("process", "Processo"),
    col("unit", "Struttura responsabile"),
    col("phases", "Fasi", "list"),
    col("event_code", "Codice evento rischioso"),
    col("event", "Evento rischioso"),
    col("event_phase", "Fase dell'evento"),
    col("probability_before", "Probabilità prima delle misure", "integer"),
    col("impact_before", "Impatto prima delle misure", "integer"),
    col("rating_before", "Rischio prima delle misure"),
    col("probability_after", "Probabilità dopo le misure", "integer"),
    col("impact_after", "Impatto dopo le misure", "integer"),
    col("rating_after", "Rischio residuo"),
  ],
  "misure-prevenzione": [
    col("measure_code", "Codice misura"),
    col("title", "Misura"),
    col("description", "Descrizione"),
    col("measure_kind", "Tipo di misura"),
    col("general_measure", "Misura generale del catalogo"),
    col("specific_type", "Tipologia di misura specifica"),
    col("unit", "Struttura responsabile"),
    col("deadline", "Scadenza", "date"),
    col("indicator", "Indicatore"),
    col("target", "Target"),
    col("event_codes", "Eventi rischiosi trattati", "list"),
    col("campaign_year", "Anno del monitoraggio", "integer"),
    col("campaign_kind", "Tipo di monitoraggio"),
    col("reference_date", "Data di riferimento", "date"),
    col("measure_status", "Stato di attuazione"),
  ],
  "obblighi-trasparenza": [
    col("obligation_code", "Codice obbligo"),
    col("titulus", "Codice sezione (transparency-titulus)"),
    col("titulus_label", "Sezione di Amministrazione trasparente"),
    col("obligation", "Obbligo"),
    col("legal_reference", "Riferimento normativo"),
    col("producer_unit", "Struttura che produce il dato"),
    col("publisher_unit", "Struttura che pubblica il dato"),
    col("frequency", "Aggiornamento"),
    col("obligation_status", "Stato della pubblicazione"),
  ],
};

/** The codes the 2.3 columns hold, for the legend and the catalogue. */
export const RISK_CODES = {
  law_area: LAW_RISK_AREAS,
  measure_kind: MEASURE_KINDS,
  general_measure: GENERAL_MEASURES,
  specific_type: SPECIFIC_MEASURE_TYPES,
  measure_status: [...MEASURE_STATUSES, "not_recorded"],
  frequency: UPDATE_FREQUENCIES,
  obligation_status: OBLIGATION_STATUSES,
} as const;

function processRows(plan: PublishedPlan): Row[] {
  const r = plan.document.risk;
  const macro = new Map(r.macroProcesses.map((m) => [m.code, m]));
  const area = new Map(r.areas.map((a) => [a.code, a]));
  return r.processes.flatMap((p): Row[] => {
    const m = macro.get(p.macroProcessCode);
    const a = m ? area.get(m.areaCode) : undefined;
    const base: Row = {
      area_code: a?.code ?? null,
      area: a?.title ?? null,
      law_area: a?.lawArea ?? null,
      macro_process_code: p.macroProcessCode,
      macro_process: m?.title ?? null,
      process_code: p.code,
      process: p.title,
      unit: p.unitKey,
      phases: p.phases.map((ph) => ph.code),
    };
    const events = r.events.filter((e) => e.processCode === p.code);
    const none = {
      event_code: null,
      event: null,
      event_phase: null,
      probability_before: null,
      impact_before: null,
      rating_before: null,
      probability_after: null,
      impact_after: null,
      rating_after: null,
    };
    if (events.length === 0) return [{ ...base, ...none }];
    return events.map((e) => {
      const assessment = r.assessments.find((x) => x.eventCode === e.code);
      const before = rate(r.matrix, r.indicators, assessment?.before ?? null);
      const after = rate(r.matrix, r.indicators, assessment?.after ?? null);
      return {
        ...base,
        event_code: e.code,
        event: e.description,
        event_phase: e.phaseCode,
        probability_before: before.probability,
        impact_before: before.impact,
        rating_before: before.label,
        probability_after: after.probability,
        impact_after: after.impact,
        rating_after: after.label,
      };
    });
  });
}

function measureRows(plan: PublishedPlan): Row[] {
  return plan.document.risk.measures.flatMap((m): Row[] => {
    const base: Row = {
      measure_code: m.code,
      title: m.title,
      description: m.description,
      measure_kind: m.kind,
      general_measure: m.generalMeasure,
      specific_type: m.specificType,
      unit: m.unitKey,
      deadline: m.deadline,
      indicator: m.indicator,
      target: m.target,
      event_codes: [...m.eventCodes],
    };
    if (plan.campaigns.length === 0) {
      return [
        {
          ...base,
          campaign_year: null,
          campaign_kind: null,
          reference_date: null,
          measure_status: null,
        },
      ];
    }
    return plan.campaigns.map((c) => ({
      ...base,
      campaign_year: c.year,
      campaign_kind: c.kind,
      reference_date: c.referenceDate,
      measure_status:
        c.measureStatuses.find((s) => s.measureCode === m.code)?.status ?? "not_recorded",
    }));
  });
}

function obligationRows(plan: PublishedPlan): Row[] {
  return plan.document.risk.obligations.map((o) => ({
    obligation_code: o.code,
    titulus: o.titulus,
    titulus_label: titulusLabel(o.titulus),
    obligation: o.obligation,
    legal_reference: o.legalReference,
    producer_unit: o.producerUnitKey,
    publisher_unit: o.publisherUnitKey,
    frequency: o.frequency,
    obligation_status: o.status,
  }));
}

export const RISK_BUILDERS: Record<RiskDatasetId, (plan: PublishedPlan) => Row[]> = {
  "processi-rischio": processRows,
  "misure-prevenzione": measureRows,
  "obblighi-trasparenza": obligationRows,
};
