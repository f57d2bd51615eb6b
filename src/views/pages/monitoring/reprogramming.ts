/** Re-programming: the list of requests, the form that proposes one, the page that decides one. */
import { roleMay } from "../../../domain/authorization.ts";
import { formatTarget } from "../../../domain/format-value.ts";
import type { Indicator, TargetValue } from "../../../domain/plan.ts";
import type { PlanSummaryRow } from "../../../store/repositories/plan.repository.ts";
import type { ReprogrammingRow } from "../../../store/tables/cycle.table.ts";
import {
  csrfField,
  errorSummary,
  type FieldErrors,
  selectField,
  submitButton,
  textArea,
  textField,
} from "../../components/forms.ts";
import { dataTable } from "../../components/table.ts";
import { html, type SafeHtml } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";
import { byWhen, errorsOf, hiddenField, radioGroup } from "./fields.ts";

const STATUS_BADGE: Record<string, string> = {
  pending: "bg-warning text-dark",
  approved: "bg-success",
  rejected: "bg-danger",
};

/** A target or a wording, as stored (JSON), the way users read it. */
function shown(json: string): string {
  const v = JSON.parse(json) as TargetValue | { description: string } | null;
  if (v && "description" in v) return v.description;
  return formatTarget(v) || "—";
}

function whatChanges(ctx: PageContext, r: ReprogrammingRow): string {
  return r.change === "target"
    ? ctx.t("mon.repro.change.target", { year: String(r.year ?? "") })
    : ctx.t("mon.repro.change.description");
}

function decision(ctx: PageContext, r: ReprogrammingRow): SafeHtml {
  const badge = html`<span class="badge ${STATUS_BADGE[r.status] ?? "bg-secondary"}">${ctx.t(`reprogramming.status.${r.status}`)}</span>`;
  if (r.status === "pending") {
    const role = ctx.user?.role;
    return html`${badge}${
      role && roleMay(role, "reprogramming.decide")
        ? html` <a class="btn btn-primary btn-sm ms-2" href="/rimodulazioni/${r.id}/decisione">${ctx.t("mon.repro.decide")}<span class="visually-hidden"> ${r.id}</span></a>`
        : ""
    }`;
  }
  return html`${badge}<small class="d-block">${byWhen(ctx, r.decided_by, r.decided_at)}</small>${
    r.decision_note ? html`<small class="d-block">${r.decision_note}</small>` : ""
  }`;
}

function requestRow(ctx: PageContext, r: ReprogrammingRow) {
  return [
    String(r.id),
    html`${r.objective_code} / ${r.indicator_code}<small class="d-block">${whatChanges(ctx, r)}</small>`,
    shown(r.original),
    shown(r.proposed),
    r.justification,
    byWhen(ctx, r.requested_by, r.requested_at),
    decision(ctx, r),
  ];
}

function requestsTable(ctx: PageContext, rows: ReprogrammingRow[], caption: string): SafeHtml {
  return dataTable({
    caption,
    head: [
      ctx.t("mon.repro.id"),
      ctx.t("mon.indicator"),
      ctx.t("mon.repro.original"),
      ctx.t("mon.repro.proposed"),
      ctx.t("mon.repro.justification"),
      ctx.t("mon.repro.requestedBy"),
      ctx.t("mon.repro.decision"),
    ],
    rows: rows.map((r) => requestRow(ctx, r)),
    empty: ctx.t("mon.repro.none"),
  });
}

export function reprogrammingListPage(
  ctx: PageContext,
  plan: PlanSummaryRow,
  rows: ReprogrammingRow[],
): PageOptions {
  return {
    title: ctx.t("nav.reprogramming"),
    lead: `${plan.administrationName} · PIAO ${plan.startYear}-${plan.endYear}`,
    body: html`${requestsTable(ctx, rows, ctx.t("mon.repro.caption"))}
${roleMay(ctx.user?.role ?? "reader", "reprogramming.request") ? html`<p>${ctx.t("mon.repro.howTo")}</p>` : ""}`,
  };
}

export interface ReprogrammingFormModel {
  plan: PlanSummaryRow;
  objective: { code: string; title: string };
  indicator: Indicator;
  /** The target in force per plan year. */
  targets: { year: number; target: TargetValue | null }[];
  description: string;
}

export function reprogrammingFormPage(
  ctx: PageContext,
  m: ReprogrammingFormModel,
  form: { values: Record<string, string>; errors: FieldErrors },
): PageOptions {
  const { values } = form;
  const { errors, top } = errorsOf(ctx, form);
  const i = m.indicator;
  const action = `/rimodulazioni/obiettivi/${encodeURIComponent(m.objective.code)}/indicatori/${encodeURIComponent(i.code)}/nuova`;
  return {
    title: ctx.t("mon.repro.newTitle", { code: i.code }),
    crumbs: [
      { label: ctx.t("nav.reprogramming"), href: "/rimodulazioni" },
      { label: ctx.t("mon.repro.propose") },
    ],
    lead: `${ctx.t("mon.objective", { code: m.objective.code })} — ${m.objective.title}`,
    body: html`<p><strong>${i.code}</strong> ${m.description}</p>
${dataTable({
  caption: ctx.t("mon.repro.targetsCaption"),
  head: [ctx.t("mon.campaign.year"), ctx.t("mon.target")],
  rows: m.targets.map((t) => [String(t.year), formatTarget(t.target) || "—"]),
})}
<div class="row"><div class="col-md-10 col-lg-8">
${top}
<form method="post" action="${action}" novalidate>
  ${csrfField(ctx)}
  ${radioGroup({
    name: "change",
    legend: ctx.t("mon.repro.what"),
    value: values.change ?? "target",
    errors,
    options: [
      {
        value: "target",
        label: ctx.t(i.kind === "deadline" ? "mon.repro.what.deadline" : "mon.repro.what.target"),
      },
      { value: "description", label: ctx.t("mon.repro.change.description") },
    ],
  })}
  ${selectField({ name: "year", label: ctx.t("mon.campaign.year"), errors, value: values.year ?? "", options: m.targets.map((t) => ({ value: String(t.year), label: String(t.year) })) })}
  ${textField({ name: "target", label: ctx.t("mon.repro.newTarget"), hint: ctx.t(`mon.repro.hint.${i.kind}`), value: values.target ?? "", errors })}
  ${textArea({ name: "description", label: ctx.t("mon.repro.newDescription"), value: values.description ?? "", errors, rows: 2 })}
  ${textArea({ name: "justification", label: ctx.t("mon.repro.justification"), hint: ctx.t("mon.repro.justificationHint"), value: values.justification ?? "", errors, required: true, rows: 4 })}
  ${submitButton(ctx.t("mon.repro.submit"))}
</form></div></div>`,
  };
}

export function decisionPage(
  ctx: PageContext,
  r: ReprogrammingRow,
  form: { values: Record<string, string>; errors: FieldErrors },
): PageOptions {
  return {
    title: ctx.t("mon.repro.decideTitle", { id: String(r.id) }),
    crumbs: [
      { label: ctx.t("nav.reprogramming"), href: "/rimodulazioni" },
      { label: ctx.t("mon.repro.decide") },
    ],
    body: html`${requestsTable(ctx, [r], ctx.t("mon.repro.oneCaption"))}
<div class="row"><div class="col-md-10 col-lg-8">
${errorSummary(ctx, form.errors)}
<form method="post" action="/rimodulazioni/${r.id}/decisione" novalidate>
  ${csrfField(ctx)}${hiddenField("version", r.version)}
  ${textArea({ name: "note", label: ctx.t("mon.repro.note"), hint: ctx.t("mon.repro.noteHint"), value: form.values.note ?? "", errors: form.errors, rows: 3 })}
  <button type="submit" name="decision" value="approved" class="btn btn-success me-2">${ctx.t("mon.repro.approve")}</button>
  <button type="submit" name="decision" value="rejected" class="btn btn-danger">${ctx.t("mon.repro.reject")}</button>
</form></div></div>`,
  };
}
