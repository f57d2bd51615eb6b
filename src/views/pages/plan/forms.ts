/**
 * The forms that edit a plan: objective, indicator, unit. Each carries the
 * edition it was read from, so a change made meanwhile is not overwritten.
 */
import {
  INDICATOR_KINDS,
  OBJECTIVE_TAGS,
  ORG_UNIT_KINDS,
  type PlanDocument,
  POLARITIES,
} from "../../../domain/plan.ts";
import {
  csrfField,
  errorSummary,
  type FieldErrors,
  selectField,
  submitButton,
  textArea,
  textField,
} from "../../components/forms.ts";
import { html, type SafeHtml } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";
import { planCrumbs, planYears, unitTitle } from "./common.ts";

export interface FormState {
  planId: number;
  document: PlanDocument;
  edition: number;
  values: Record<string, string>;
  errors: FieldErrors;
  /** Where the form posts. */
  action: string;
  /** Fields shown but not changeable (an existing record's code: other records refer to it). */
  locked?: string[];
  title: string;
}

function frame(
  ctx: PageContext,
  s: FormState,
  fields: SafeHtml,
  labels: Record<string, string>,
): PageOptions {
  return {
    title: s.title,
    crumbs: planCrumbs(ctx, s.planId, s.document, { label: s.title }),
    body: html`${errorSummary(ctx, s.errors, labels)}
<form method="post" action="${s.action}" novalidate>
  ${csrfField(ctx)}
  <input type="hidden" name="edition" value="${String(s.edition)}">
  ${fields}
  ${submitButton(ctx.t("plan.edit.save"))}
  <a class="btn btn-link" href="/piani/${s.planId}">${ctx.t("plan.edit.cancel")}</a>
</form>`,
  };
}

const field = (
  s: FormState,
  name: string,
  label: string,
  extra: Partial<Parameters<typeof textField>[0]> = {},
) =>
  textField({
    name,
    label,
    value: s.values[name] ?? "",
    errors: s.errors,
    ...(s.locked?.includes(name) ? { attrs: html` readonly` } : {}),
    ...extra,
  });

function unitOptions(ctx: PageContext, doc: PlanDocument, none: string) {
  return [
    { value: "", label: none },
    ...doc.units.map((u) => ({ value: u.key, label: unitTitle(ctx, u, u.key) })),
  ];
}

function tagBoxes(ctx: PageContext, s: FormState): SafeHtml {
  return html`<fieldset class="mb-4"><legend class="h6">${ctx.t("plan.objective.tags")}</legend>
  ${OBJECTIVE_TAGS.map(
    (t) =>
      html`<div class="form-check"><input class="form-check-input" type="checkbox" id="f-tag_${t}" name="tag_${t}" value="1"${
        s.values[`tag_${t}`] ? html` checked` : ""
      }><label class="form-check-label" for="f-tag_${t}">${ctx.t(`plan.tag.${t}`)}</label></div>`,
  )}
</fieldset>`;
}

export function objectiveForm(ctx: PageContext, s: FormState): PageOptions {
  const doc = s.document;
  const labels = {
    code: ctx.t("plan.objective.code"),
    title: ctx.t("plan.objective.title"),
    description: ctx.t("plan.objective.description"),
    unitKey: ctx.t("plan.objective.unit"),
    positiveAction: ctx.t("plan.objective.action"),
    weight: ctx.t("plan.objective.weight"),
  };
  const fields = html`${field(s, "code", labels.code, { required: true })}
${field(s, "title", labels.title, { required: true })}
${textArea({ name: "description", label: labels.description, value: s.values.description ?? "", errors: s.errors })}
${selectField({ name: "unitKey", label: labels.unitKey, value: s.values.unitKey ?? "", errors: s.errors, options: unitOptions(ctx, doc, ctx.t("plan.objective.noUnit")) })}
${selectField({
  name: "positiveAction",
  label: labels.positiveAction,
  value: s.values.positiveAction ?? "",
  errors: s.errors,
  options: [
    { value: "", label: ctx.t("plan.tree.noAction") },
    ...doc.positiveActions.map((a) => ({
      value: String(a.number),
      label: `${a.number}. ${a.title}`,
    })),
  ],
})}
${field(s, "weight", labels.weight, { inputmode: "decimal", hint: ctx.t("plan.objective.weightHint") })}
${tagBoxes(ctx, s)}`;
  return frame(ctx, s, fields, labels);
}

export function indicatorForm(ctx: PageContext, s: FormState): PageOptions {
  const years = planYears(s.document);
  const labels: Record<string, string> = {
    code: ctx.t("plan.indicator.code"),
    description: ctx.t("plan.indicator.description"),
    kind: ctx.t("plan.indicator.kind"),
    polarity: ctx.t("plan.indicator.polarity"),
    baseline: ctx.t("plan.indicator.baseline"),
    weight: ctx.t("plan.indicator.weight"),
  };
  for (const y of years) labels[`target${y}`] = ctx.t("plan.indicator.target", { year: String(y) });
  const fields = html`${field(s, "code", labels.code as string, { required: true })}
${textArea({ name: "description", label: labels.description as string, value: s.values.description ?? "", errors: s.errors, required: true, rows: 2 })}
${selectField({ name: "kind", label: labels.kind as string, value: s.values.kind ?? "", errors: s.errors, required: true, options: INDICATOR_KINDS.map((k) => ({ value: k, label: ctx.t(`kind.${k}`) })) })}
${selectField({ name: "polarity", label: labels.polarity as string, value: s.values.polarity ?? "higher", errors: s.errors, options: POLARITIES.map((p) => ({ value: p, label: ctx.t(`plan.polarity.${p}`) })) })}
${field(s, "baseline", labels.baseline as string, { hint: ctx.t("plan.indicator.optional") })}
${years.map((y) => field(s, `target${y}`, labels[`target${y}`] as string, { hint: ctx.t("plan.indicator.valueHint") }))}
${field(s, "weight", labels.weight as string, { inputmode: "decimal", hint: ctx.t("plan.objective.weightHint") })}`;
  return frame(ctx, s, fields, labels);
}

export function unitForm(ctx: PageContext, s: FormState, isNew: boolean): PageOptions {
  const labels = {
    name: ctx.t("plan.unit.name"),
    kind: ctx.t("plan.unit.kind"),
    parentKey: ctx.t("plan.unit.parent"),
    head: ctx.t("plan.unit.head"),
  };
  const kind = selectField({
    name: "kind",
    label: labels.kind,
    value: s.values.kind ?? "",
    errors: s.errors,
    required: true,
    options: ORG_UNIT_KINDS.map((k) => ({ value: k, label: ctx.t(`unit.${k}`) })),
  });
  const fields = isNew
    ? html`${field(s, "name", labels.name, { required: true })}
${kind}
${selectField({ name: "parentKey", label: labels.parentKey, value: s.values.parentKey ?? "", errors: s.errors, options: unitOptions(ctx, s.document, ctx.t("plan.unit.noParent")) })}`
    : html`<input type="hidden" name="key" value="${s.values.key ?? ""}"><p><strong>${s.values.key ?? ""}</strong></p>
${kind}`;
  return frame(ctx, s, html`${fields}${field(s, "head", labels.head)}`, labels);
}
