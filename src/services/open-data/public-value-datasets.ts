/**
 * The open data of section 2.1 and of letters e) f): public-value
 * objectives with their links, impact indicators by year, and the
 * catalogue of procedures with their timeliness. Same conventions as
 * datasets.ts (stable snake_case names, Italian headers, typed cells), from
 * the published edition only.
 */
import type { TargetValue } from "../../domain/plan.ts";
import type { PublishedPlan } from "../public/read.ts";
import type { Cell, Column, ColumnType, Row } from "./datasets.ts";

export const PUBLIC_VALUE_DATASET_IDS = [
  "valore-pubblico",
  "indicatori-impatto",
  "procedimenti",
] as const;
export type PublicValueDatasetId = (typeof PUBLIC_VALUE_DATASET_IDS)[number];

const col = (name: string, header: string, type: ColumnType = "text"): Column => ({
  name,
  header,
  type,
});

const PV_CODE = col("public_value_code", "Codice obiettivo di valore pubblico");

export const PUBLIC_VALUE_COLUMNS: Record<PublicValueDatasetId, readonly Column[]> = {
  "valore-pubblico": [
    PV_CODE,
    col("title", "Titolo"),
    col("description", "Descrizione"),
    col("strategic_objective_codes", "Codici obiettivi strategici (DUP)", "list"),
    col("strategic_objectives", "Obiettivi strategici (DUP)", "list"),
    col("stakeholders", "Portatori di interesse", "list"),
    col("objective_codes", "Codici obiettivi di performance collegati", "list"),
    col("measure_codes", "Codici misure di prevenzione collegate", "list"),
  ],
  "indicatori-impatto": [
    PV_CODE,
    col("indicator_code", "Codice indicatore"),
    col("description", "Descrizione"),
    col("kind", "Tipo di indicatore"),
    col("unit_of_measure", "Unità di misura"),
    col("polarity", "Polarità"),
    col("baseline", "Valore di partenza", "value"),
    col("baseline_year", "Anno del valore di partenza", "integer"),
    col("year", "Anno", "integer"),
    col("target", "Valore atteso", "value"),
    col("measured_value", "Valore misurato", "value"),
    col("source", "Fonte del dato"),
  ],
  procedimenti: [
    col("procedure_code", "Codice procedimento"),
    col("title", "Procedimento"),
    col("unit", "Struttura responsabile"),
    col("legal_deadline_days", "Termine di conclusione (giorni)", "integer"),
    col("legal_basis", "Riferimento normativo"),
    col("on_simplification_list", "Nell'elenco da semplificare", "boolean"),
    col("year", "Anno del monitoraggio", "integer"),
    col("concluded", "Procedimenti conclusi", "integer"),
    col("average_days", "Durata media (giorni)", "number"),
    col("concluded_late", "Conclusi oltre il termine", "integer"),
    col("late_share", "Quota conclusa oltre il termine (%)", "number"),
  ],
};

function valueCell(value: TargetValue | null): Cell {
  if (value === null) return null;
  return value.kind === "deadline" ? value.date : value.value;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function publicValue(plan: PublishedPlan): Row[] {
  const doc = plan.document;
  const pv = doc.publicValue;
  return pv.objectives.map((o) => ({
    public_value_code: o.code,
    title: o.title,
    description: o.description,
    strategic_objective_codes: [...o.strategicObjectiveCodes],
    strategic_objectives: o.strategicObjectiveCodes.map(
      (c) => pv.strategicObjectives.find((s) => s.code === c)?.title ?? c,
    ),
    stakeholders: o.stakeholderKeys.map((k) => pv.stakeholders.find((s) => s.key === k)?.name ?? k),
    objective_codes: [...o.objectiveCodes],
    measure_codes: doc.risk.measures
      .filter((m) => m.publicValueCodes.includes(o.code))
      .map((m) => m.code),
  }));
}

/** One row per impact indicator and year with a target or a measured value. */
function impactIndicators(plan: PublishedPlan): Row[] {
  return plan.document.publicValue.objectives.flatMap((o) =>
    o.impactIndicators.flatMap((i): Row[] => {
      const years = [...new Set([...i.targets, ...i.measurements].map((v) => v.year))].sort(
        (a, b) => a - b,
      );
      const head = {
        public_value_code: o.code,
        indicator_code: i.code,
        description: i.description,
        kind: i.kind,
        unit_of_measure: i.unitLabel,
        polarity: i.polarity,
        baseline: valueCell(i.baseline),
        baseline_year: i.baselineYear,
      };
      const rows = years.map(
        (year): Row => ({
          ...head,
          year,
          target: valueCell(i.targets.find((t) => t.year === year)?.value ?? null),
          measured_value: valueCell(i.measurements.find((m) => m.year === year)?.value ?? null),
          source: i.source,
        }),
      );
      return rows.length
        ? rows
        : [{ ...head, year: null, target: null, measured_value: null, source: i.source }];
    }),
  );
}

/** One row per procedure and year monitored; a procedure not yet monitored has one row without a year. */
function procedures(plan: PublishedPlan): Row[] {
  const doc = plan.document;
  return doc.procedures.procedures.flatMap((p): Row[] => {
    const head = {
      procedure_code: p.code,
      title: p.title,
      unit: doc.units.find((u) => u.key === p.unitKey)?.name ?? p.unitKey,
      legal_deadline_days: p.legalDeadlineDays,
      legal_basis: p.legalBasis,
      on_simplification_list: p.onSimplificationList,
    };
    const years = [...p.timeliness].sort((a, b) => a.year - b.year);
    if (years.length === 0) {
      return [
        {
          ...head,
          year: null,
          concluded: null,
          average_days: null,
          concluded_late: null,
          late_share: null,
        },
      ];
    }
    return years.map((t) => ({
      ...head,
      year: t.year,
      concluded: t.concluded,
      average_days: t.averageDays,
      concluded_late: t.concludedLate,
      late_share: t.concluded > 0 ? round2((t.concludedLate / t.concluded) * 100) : null,
    }));
  });
}

export const PUBLIC_VALUE_BUILDERS: Record<PublicValueDatasetId, (plan: PublishedPlan) => Row[]> = {
  "valore-pubblico": publicValue,
  "indicatori-impatto": impactIndicators,
  procedimenti: procedures,
};
