/**
 * The open data of a published plan: five tables with stable columns, built
 * only from what services/public/read.ts makes public (the published edition
 * and the published campaigns' frozen results; no notes, no people).
 *
 * Values are typed, the same in every format: dates ISO 8601 (yyyy-mm-dd),
 * numbers as numbers (percentages as 0–100, as the PIAO writes them),
 * booleans true/false, enumerations as stable English codes (the catalogue
 * and /trasparenza/dati explain them). Column names are English snake_case
 * (JSON keys); the headers of CSV and XLSX are Italian.
 */

import { bandOf } from "../../domain/achievement/bands.ts";
import type { MeasuredValue } from "../../domain/achievement/types.ts";
import type { TargetValue } from "../../domain/plan.ts";
import type { PublicCampaign, PublishedPlan } from "../public/read.ts";
import {
  PEOPLE_BUILDERS,
  PEOPLE_CODES,
  PEOPLE_COLUMNS,
  PEOPLE_DATASET_IDS,
} from "./people-datasets.ts";
import {
  PUBLIC_VALUE_BUILDERS,
  PUBLIC_VALUE_COLUMNS,
  PUBLIC_VALUE_DATASET_IDS,
} from "./public-value-datasets.ts";
import { RISK_BUILDERS, RISK_CODES, RISK_COLUMNS, RISK_DATASET_IDS } from "./risk-datasets.ts";

export const DATASET_IDS = [
  "obiettivi",
  "indicatori",
  "target",
  "rilevazioni",
  "risultati",
  ...PEOPLE_DATASET_IDS,
  ...PUBLIC_VALUE_DATASET_IDS,
  ...RISK_DATASET_IDS,
] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

export function isDatasetId(value: string): value is DatasetId {
  return (DATASET_IDS as readonly string[]).includes(value);
}

/**
 * text, integer, number, date (ISO), boolean; `value` holds a target or a
 * measured value, typed by the row's `kind` (a date, a number or a boolean);
 * `list` a list of codes.
 */
export type ColumnType = "text" | "integer" | "number" | "date" | "boolean" | "value" | "list";

export interface Column {
  /** snake_case, the JSON key: never changes. */
  name: string;
  /** Italian header of CSV and XLSX. */
  header: string;
  type: ColumnType;
}

export type Cell = string | number | boolean | null | string[];
export type Row = Record<string, Cell>;

export interface Dataset {
  id: DatasetId;
  columns: readonly Column[];
  rows: Row[];
}

const col = (name: string, header: string, type: ColumnType = "text"): Column => ({
  name,
  header,
  type,
});

const OBJECTIVE_CODE = col("objective_code", "Codice obiettivo");
const INDICATOR_CODE = col("indicator_code", "Codice indicatore");
const KIND = col("kind", "Tipo di indicatore");
const UNIT_OF_MEASURE = col("unit_of_measure", "Unità di misura");
const DESCRIPTION = col("description", "Descrizione");
const WEIGHT = col("weight", "Peso", "number");
/** Which indicator a row is about, and how to read its values. */
const INDICATOR = [OBJECTIVE_CODE, INDICATOR_CODE, KIND, UNIT_OF_MEASURE];
const CAMPAIGN = [
  col("campaign_year", "Anno del monitoraggio", "integer"),
  col("campaign_kind", "Tipo di monitoraggio"),
  col("reference_date", "Data di riferimento", "date"),
];

export const COLUMNS: Record<DatasetId, readonly Column[]> = {
  obiettivi: [
    OBJECTIVE_CODE,
    col("title", "Titolo"),
    DESCRIPTION,
    col("unit", "Struttura responsabile"),
    col("positive_action_area", "Numero ambito azioni positive", "integer"),
    col("positive_action_title", "Ambito azioni positive"),
    col("tags", "Etichette", "list"),
    WEIGHT,
  ],
  indicatori: [
    ...INDICATOR,
    DESCRIPTION,
    col("polarity", "Polarità"),
    col("baseline", "Valore di partenza", "value"),
    WEIGHT,
  ],
  target: [...INDICATOR, col("year", "Anno", "integer"), col("target", "Valore atteso", "value")],
  rilevazioni: [
    ...CAMPAIGN,
    OBJECTIVE_CODE,
    INDICATOR_CODE,
    col("description", "Descrizione indicatore"),
    KIND,
    col("original_target", "Valore atteso originario", "value"),
    col("target", "Valore atteso vigente", "value"),
    col("reprogrammed", "Valore atteso rimodulato", "boolean"),
    col("measured_value", "Valore rilevato", "value"),
    col("measurement_status", "Stato della rilevazione"),
  ],
  risultati: [
    ...CAMPAIGN,
    col("level", "Livello"),
    col("key", "Chiave"),
    col("title", "Denominazione"),
    col("score", "Grado di raggiungimento (%)", "number"),
    col("band", "Fascia"),
    col("band_label", "Descrizione della fascia"),
    col("state", "Stato dell'indicatore"),
    col("counted", "Elementi valutati", "integer"),
    col("total", "Elementi totali", "integer"),
  ],
  ...PEOPLE_COLUMNS,
  ...PUBLIC_VALUE_COLUMNS,
  ...RISK_COLUMNS,
};

/** The codes a column holds, for the legend of /trasparenza/dati and the catalogue. */
export const CODES = {
  kind: ["deadline", "number", "percent", "boolean"],
  polarity: ["higher", "lower"],
  campaign_kind: ["midyear", "yearend"],
  measurement_status: ["measured", "not_yet", "not_measured"],
  level: ["administration", "unit", "area", "objective", "indicator"],
  state: ["scored", "in_progress", "not_measured", "neutralised", "no_target"],
  tags: ["gender_equality", "digitalisation", "accessibility", "simplification"],
  ...PEOPLE_CODES,
  ...RISK_CODES,
} as const;

/** A target as a cell: its date (ISO), number or boolean. */
function targetCell(value: TargetValue | null): Cell {
  if (value === null) return null;
  return value.kind === "deadline" ? value.date : value.value;
}

/** A measured value as a cell; a deadline not yet met has none (its status says "not_yet"). */
function measuredCell(value: MeasuredValue | null): Cell {
  if (value === null) return null;
  return value.kind === "deadline" ? value.doneOn : value.value;
}

function measurementStatus(value: MeasuredValue | null): string {
  if (value === null) return "not_measured";
  return value.kind === "deadline" && value.doneOn === null ? "not_yet" : "measured";
}

/** Scores to two decimals: the precision the reports show. */
function score(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}

function objectives(plan: PublishedPlan): Row[] {
  const actions = new Map(plan.document.positiveActions.map((a) => [a.number, a.title]));
  return plan.document.objectives.map((o) => ({
    objective_code: o.code,
    title: o.title,
    description: o.description,
    unit: o.unitKey,
    positive_action_area: o.positiveAction,
    positive_action_title:
      o.positiveAction === null ? null : (actions.get(o.positiveAction) ?? null),
    tags: [...o.tags],
    weight: o.weight,
  }));
}

function indicators(plan: PublishedPlan): Row[] {
  return plan.document.objectives.flatMap((o) =>
    o.indicators.map((i) => ({
      objective_code: o.code,
      indicator_code: i.code,
      description: i.description,
      kind: i.kind,
      unit_of_measure: i.unitLabel,
      polarity: i.polarity,
      baseline: targetCell(i.baseline),
      weight: i.weight,
    })),
  );
}

function targets(plan: PublishedPlan): Row[] {
  return plan.document.objectives.flatMap((o) =>
    o.indicators.flatMap((i) =>
      [...i.targets]
        .sort((a, b) => a.year - b.year)
        .map((t) => ({
          objective_code: o.code,
          indicator_code: i.code,
          kind: i.kind,
          unit_of_measure: i.unitLabel,
          year: t.year,
          target: targetCell(t.value),
        })),
    ),
  );
}

function campaignCells(c: PublicCampaign): Row {
  return { campaign_year: c.year, campaign_kind: c.kind, reference_date: c.referenceDate };
}

function measurements(plan: PublishedPlan): Row[] {
  return plan.campaigns.flatMap((c) =>
    c.report.objectives.flatMap((o) =>
      o.indicators.map((i) => ({
        ...campaignCells(c),
        objective_code: o.code,
        indicator_code: i.code,
        description: i.description,
        kind: i.kind,
        original_target: targetCell(i.originalTarget),
        target: targetCell(i.target),
        reprogrammed: i.reprogrammed,
        measured_value: measuredCell(i.measurement),
        measurement_status: measurementStatus(i.measurement),
      })),
    ),
  );
}

interface Scored {
  score: number | null;
  band: { id: string; label: string } | null;
  counted: number;
  total: number;
}

function resultRow(
  c: PublicCampaign,
  level: string,
  key: string | null,
  title: string,
  a: Scored,
  state: string | null = null,
): Row {
  return {
    ...campaignCells(c),
    level,
    key,
    title,
    score: score(a.score),
    band: a.band?.id ?? null,
    band_label: a.band?.label ?? null,
    state,
    counted: a.counted,
    total: a.total,
  };
}

function results(plan: PublishedPlan): Row[] {
  return plan.campaigns.flatMap((c) => {
    const r = c.report;
    const bands = r.rules.bands;
    return [
      resultRow(c, "administration", null, r.administration.name, r.administration.achievement),
      ...r.units.map((u) => resultRow(c, "unit", u.key, u.name, u.achievement)),
      ...r.positiveActions.map((a) =>
        resultRow(c, "area", String(a.number), a.title, a.achievement),
      ),
      ...r.objectives.flatMap((o) => [
        resultRow(c, "objective", o.code, o.title, o.achievement),
        ...o.indicators.map((i) =>
          resultRow(
            c,
            "indicator",
            `${o.code}/${i.code}`,
            i.description,
            {
              score: i.result.score,
              band: bandOf(i.result.score, bands),
              counted: i.result.counted ? 1 : 0,
              total: 1,
            },
            i.result.state,
          ),
        ),
      ]),
    ];
  });
}

const BUILDERS: Record<DatasetId, (plan: PublishedPlan) => Row[]> = {
  obiettivi: objectives,
  indicatori: indicators,
  target: targets,
  rilevazioni: measurements,
  risultati: results,
  ...PEOPLE_BUILDERS,
  ...PUBLIC_VALUE_BUILDERS,
  ...RISK_BUILDERS,
};

export function buildDataset(plan: PublishedPlan, id: DatasetId): Dataset {
  return { id, columns: COLUMNS[id], rows: BUILDERS[id](plan) };
}
