/**
 * The spreadsheet of figures heads of unit fill in (XLSX or CSV): one row per
 * indicator of a monitoring campaign. Written by src/documents/monitoring-template.ts,
 * read back by src/import/monitoring-sheet/read.ts.
 */
import type { MeasuredValue } from "../../domain/achievement/types.ts";
import type { IndicatorKind } from "../../domain/plan.ts";

/** What the template says about the campaign (sheet "Campagna" of the XLSX). */
export interface TemplateCampaign {
  campaignId: number;
  administration: string;
  planPeriod: string;
  year: number;
  /** "midyear" (infrannuale) or "yearend" (a consuntivo). */
  kind: "midyear" | "yearend";
  /** ISO date. */
  referenceDate: string;
}

/** One row of the template as written. */
export interface TemplateRow {
  unit: string;
  objectiveCode: string;
  objectiveTitle: string;
  indicatorCode: string;
  description: string;
  kind: IndicatorKind;
  /** The target as users read it ("31/12/2025", "80%", "3", "SÌ"). */
  originalTarget: string;
  /** The approved re-programmed target, or "" when none. */
  reprogrammedTarget: string;
  /** Figures already entered, so a template can be re-issued pre-filled; "" when none. */
  value: string;
  note: string;
}

/** One filled row as read back: a measurement to record, or an empty row to skip. */
export interface SheetMeasurement {
  /** 1-based row in the sheet (header is row 1). */
  row: number;
  objectiveCode: string;
  indicatorCode: string;
  kind: IndicatorKind;
  /** null when the figure cells are left empty (nothing to record). */
  value: MeasuredValue | null;
  note: string | null;
}

/** Name of the sheet of figures, and of the sheet that describes the campaign. */
export const DATA_SHEET = "Rilevazioni";
export const CAMPAIGN_SHEET = "Campagna";

/** The columns of the sheet "Rilevazioni" as written, in order, with their headers. */
export const TEMPLATE_COLUMNS: readonly { key: keyof TemplateRow; header: string }[] = [
  { key: "unit", header: "Struttura" },
  { key: "objectiveCode", header: "Codice obiettivo" },
  { key: "objectiveTitle", header: "Obiettivo" },
  { key: "indicatorCode", header: "Codice indicatore" },
  { key: "description", header: "Indicatore" },
  { key: "kind", header: "Unità di misura" },
  { key: "originalTarget", header: "Target originario" },
  { key: "reprogrammedTarget", header: "Target rimodulato" },
  { key: "value", header: "Valore rilevato" },
  { key: "note", header: "Nota" },
];

/** Header of the CSV column that carries the campaign id on every row. */
export const CAMPAIGN_COLUMN = "Campagna";

/** Key (hidden column C of the sheet "Campagna") of the row that holds the campaign id. */
export const CAMPAIGN_ID_KEY = "campaignId";

/** The unit of measure as the template writes it. */
export const KIND_LABELS: Record<IndicatorKind, string> = {
  deadline: "Data",
  number: "Numero",
  percent: "Percentuale",
  boolean: "Sì/No",
};

/** What a deadline row says when the fact has not happened yet. */
export const NOT_YET = "non ancora";
