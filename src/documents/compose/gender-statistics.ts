/**
 * The gender statistics as document blocks: for every dimension with
 * somebody in it, a chart of the share of women (ECharts SVG, accessible
 * name) followed by the table of the same numbers. Used by the PIAO (in
 * 3.1, beside the staff counts they come from), the staff page and the
 * public page.
 */
import {
  type GenderDimension,
  type GenderRow,
  type GenderTable,
  genderStatistics,
} from "../../domain/gender-statistics.ts";
import type { PlanDocument } from "../../domain/plan.ts";
import { translate } from "../../i18n/index.ts";
import { achievementBarChart } from "../charts.ts";
import type { Block } from "../model.ts";

const TITLES: Record<GenderDimension, string> = {
  total: "Personale in servizio per genere",
  job_area: "Personale per area e genere",
  role: "Personale per ruolo e genere",
  age_band: "Personale per fascia d'età e genere",
  working_time: "Personale per tempo di lavoro e genere",
  agile_work: "Lavoro agile e da remoto per genere",
  training: "Formazione per genere",
};

const CATEGORY_LABELS: Record<string, string> = {
  staff: "Totale personale",
  full_time: "Tempo pieno",
  part_time: "Part-time",
  participants: "Partecipanti ai corsi",
  participant_hours: "Ore di formazione (ore × partecipanti)",
};

const CATEGORY_MESSAGES: Partial<Record<GenderDimension, string>> = {
  job_area: "people.jobArea",
  role: "people.role",
  age_band: "people.ageBand",
  agile_work: "people.mode",
};

/** The Italian name of a category of a dimension. */
export function categoryLabel(dimension: GenderDimension, category: string): string {
  const prefix = CATEGORY_MESSAGES[dimension];
  return prefix
    ? translate(`${prefix}.${category}`, {}, "it")
    : (CATEGORY_LABELS[category] ?? category);
}

export const dimensionTitle = (d: GenderDimension) => TITLES[d];

const int = (n: number) => n.toLocaleString("it-IT");

/** "58,3%", or "—" for a category with nobody. */
export function shareText(share: number | null): string {
  return share === null ? "—" : `${share.toLocaleString("it-IT", { maximumFractionDigits: 1 })}%`;
}

function totalRow(rows: readonly GenderRow[]): string[] {
  const women = rows.reduce((s, r) => s + r.women, 0);
  const men = rows.reduce((s, r) => s + r.men, 0);
  const all = women + men;
  return [
    "Totale",
    int(women),
    int(men),
    int(all),
    shareText(all === 0 ? null : (women / all) * 100),
  ];
}

function tableBlocks(table: GenderTable, level: 2 | 3): Block[] {
  const title = TITLES[table.dimension];
  const data = table.rows.map((r) => ({
    label: categoryLabel(table.dimension, r.category),
    value: r.womenShare,
  }));
  const chart = achievementBarChart(`${title}: quota di donne`, data, [
    { min: 50, label: "parità" },
  ]);
  const rows = table.rows.map((r) => [
    categoryLabel(table.dimension, r.category),
    int(r.women),
    int(r.men),
    int(r.total),
    shareText(r.womenShare),
  ]);
  // Training rows are two measures of the same courses: a sum of them means nothing.
  const sums =
    table.rows.length > 1 && table.dimension !== "training" ? [totalRow(table.rows)] : [];
  return [
    { type: "heading", level, text: title },
    { type: "chart", title: `${title}: quota di donne`, ...chart },
    {
      type: "table",
      caption: title,
      sheet: title.slice(0, 31),
      columns: [
        { header: "Categoria", width: 3 },
        { header: "Donne", width: 1, align: "right" },
        { header: "Uomini", width: 1, align: "right" },
        { header: "Totale", width: 1, align: "right" },
        { header: "% donne", width: 1, align: "right" },
      ],
      rows: [...rows, ...sums],
    },
  ];
}

/** A heading, then chart + table per dimension with somebody in it; nothing when there are no data. */
export function genderStatisticsBlocks(doc: PlanDocument, level: 2 | 3 = 3): Block[] {
  const tables = genderStatistics(doc).filter((t) => t.rows.some((r) => r.total > 0));
  if (tables.length === 0) return [];
  return [
    { type: "heading", level, text: "Statistiche di genere del personale" },
    {
      type: "paragraph",
      text: "Donne e uomini in servizio per area, ruolo, fascia d'età, tempo di lavoro, lavoro agile e formazione. Ogni grafico mostra la quota di donne (la linea tratteggiata è la parità, 50%); la tabella che segue riporta i numeri.",
      style: "note",
    },
    ...tables.flatMap((t) => tableBlocks(t, 3)),
  ];
}
