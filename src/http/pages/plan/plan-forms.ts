/**
 * What the plan forms post, read with Zod, and the values typed the Italian
 * way (dd/mm/yyyy, 1.234,5, 80%, SÌ/NO) turned into the plan's typed values.
 */
import { z } from "zod";
import { formatTarget } from "../../../domain/format-value.ts";
import {
  INDICATOR_KINDS,
  type Indicator,
  type IndicatorKind,
  OBJECTIVE_TAGS,
  type Objective,
  ORG_UNIT_KINDS,
  type PlanDocument,
  POLARITIES,
  type Target,
  type TargetValue,
} from "../../../domain/plan.ts";
import {
  parseItalianDate,
  parseItalianNumber,
  parseYesNo,
} from "../../../import/italian-values.ts";
import { AppError } from "../../../services/errors.ts";
import { optionalText, requiredText } from "../../forms.ts";

const code = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "plan.edit.badCode");

/** An optional number typed the Italian way ("1,5"): null when blank. */
const italianNumber = z
  .string()
  .trim()
  .optional()
  .transform((raw, ctx) => {
    if (!raw) return null;
    const parsed = parseItalianNumber(raw);
    if (!parsed || parsed.value < 0) {
      ctx.addIssue({ code: "custom", message: "plan.edit.badNumber" });
      return z.NEVER;
    }
    return parsed.value;
  });

export const ObjectiveForm = z.object({
  code,
  title: requiredText(1000),
  description: optionalText(10000),
  unitKey: optionalText(1000),
  positiveAction: z
    .string()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .pipe(z.number().int().positive().nullable()),
  weight: italianNumber,
  ...Object.fromEntries(OBJECTIVE_TAGS.map((t) => [`tag_${t}`, z.string().optional()])),
});

export function objectiveFields(
  data: z.infer<typeof ObjectiveForm>,
): Omit<Objective, "indicators"> {
  const flags = data as unknown as Record<string, string | undefined>;
  return {
    code: data.code,
    title: data.title,
    description: data.description ?? "",
    unitKey: data.unitKey,
    positiveAction: data.positiveAction,
    weight: data.weight,
    tags: OBJECTIVE_TAGS.filter((t) => flags[`tag_${t}`]),
  };
}

export function objectiveValues(o: Objective): Record<string, string> {
  return {
    code: o.code,
    title: o.title,
    description: o.description,
    unitKey: o.unitKey ?? "",
    positiveAction: o.positiveAction === null ? "" : String(o.positiveAction),
    weight: o.weight === null ? "" : formatTarget({ kind: "number", value: o.weight }),
    ...Object.fromEntries(o.tags.map((t) => [`tag_${t}`, "1"])),
  };
}

export const IndicatorForm = z.object({
  code,
  description: requiredText(5000),
  kind: z.enum(INDICATOR_KINDS),
  polarity: z.enum(POLARITIES).default("higher"),
  weight: italianNumber,
});

/** A value typed for an indicator of `kind`, or the message code of what is wrong. */
export function parseTargetValue(
  kind: IndicatorKind,
  raw: string,
): TargetValue | { problem: string } {
  if (kind === "deadline") {
    const date = parseItalianDate(raw);
    return date.ok ? { kind, date: date.iso } : { problem: "plan.edit.badDate" };
  }
  if (kind === "boolean") {
    const yes = parseYesNo(raw);
    return yes === null ? { problem: "plan.edit.badYesNo" } : { kind, value: yes };
  }
  const number = parseItalianNumber(raw);
  return number ? { kind, value: number.value } : { problem: "plan.edit.badNumber" };
}

export const UNIT_LABELS: Record<IndicatorKind, string> = {
  deadline: "Data",
  number: "Numero",
  percent: "Percentuale",
  boolean: "Sì/No",
};

/**
 * The indicator the form describes: baseline and one target per plan year
 * parsed by its kind. Problems are message codes by field.
 */
export function indicatorFromForm(
  doc: PlanDocument,
  data: z.infer<typeof IndicatorForm>,
  values: Record<string, string>,
  previous: Indicator | undefined,
): { indicator: Indicator; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const read = (field: string): TargetValue | null => {
    const raw = (values[field] ?? "").trim();
    if (!raw) return null;
    const parsed = parseTargetValue(data.kind, raw);
    if ("problem" in parsed) {
      problems[field] = parsed.problem;
      return null;
    }
    return parsed;
  };
  const targets: Target[] = [];
  for (let year = doc.plan.startYear; year <= doc.plan.endYear; year++) {
    const value = read(`target${year}`);
    if (value) targets.push({ year, value });
  }
  const indicator: Indicator = {
    code: data.code,
    description: data.description,
    kind: data.kind,
    unitLabel:
      previous && previous.kind === data.kind ? previous.unitLabel : UNIT_LABELS[data.kind],
    polarity: data.polarity,
    baseline: read("baseline"),
    targets,
    weight: data.weight,
  };
  return { indicator, problems };
}

export function indicatorValues(i: Indicator): Record<string, string> {
  return {
    code: i.code,
    description: i.description,
    kind: i.kind,
    polarity: i.polarity,
    baseline: formatTarget(i.baseline),
    weight: i.weight === null ? "" : formatTarget({ kind: "number", value: i.weight }),
    ...Object.fromEntries(i.targets.map((t) => [`target${t.year}`, formatTarget(t.value)])),
  };
}

export const NewUnitForm = z.object({
  name: requiredText(300).refine((n) => !n.includes(" - "), "plan.edit.badUnitName"),
  kind: z.enum(ORG_UNIT_KINDS),
  parentKey: optionalText(1000),
  head: optionalText(300),
});

export const UnitForm = z.object({
  key: requiredText(1000),
  kind: z.enum(ORG_UNIT_KINDS),
  head: optionalText(300),
});

/** The edition a form was read from (a hidden field): without it the form is not ours. */
export function formEdition(body: unknown): number {
  const raw = (body as { edition?: unknown } | undefined)?.edition;
  if (typeof raw !== "string" || !/^\d{1,9}$/.test(raw)) {
    throw new AppError("invalid_input", "plan.edit.noEdition");
  }
  return Number(raw);
}
