/** The Nucleo di valutazione's pages: every score of a year-end campaign, and the form that validates one. */
import type { Achievement } from "../../../domain/achievement/types.ts";
import type { PerformanceReport } from "../../../services/performance.ts";
import type { ScoreValidation } from "../../../services/score-validation.ts";
import type { Crumb } from "../../components/breadcrumbs.ts";
import {
  csrfField,
  errorSummary,
  type FieldErrors,
  submitButton,
  textArea,
  textField,
} from "../../components/forms.ts";
import { dataTable } from "../../components/table.ts";
import { html } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";
import { campaignLabel } from "./dashboard.ts";
import { bandText, percentText, scoreText } from "./scores.ts";

/** In URLs the administration's own score is "ente" (its objective code is ""). */
export const ADMINISTRATION_SEGMENT = "ente";

export const validationHref = (campaignId: number, objectiveCode: string) =>
  `/campagne/${campaignId}/validazione/${objectiveCode === "" ? ADMINISTRATION_SEGMENT : encodeURIComponent(objectiveCode)}`;

const crumbs = (ctx: PageContext, r: PerformanceReport): Crumb[] => [
  { label: ctx.t("nav.dashboard"), href: `/cruscotto?campagna=${r.campaign.id}` },
  { label: ctx.t("dash.validation.title"), href: `/campagne/${r.campaign.id}/validazione` },
];

export function validationListPage(
  ctx: PageContext,
  r: PerformanceReport,
  validations: Map<string, ScoreValidation>,
): PageOptions {
  const row = (code: string, label: string, a: Achievement) => {
    const v = validations.get(code);
    return [
      label,
      scoreText(ctx, a),
      bandText(ctx, a.band),
      v ? percentText(ctx, v.validatedScore) : "—",
      v ? v.reason : "—",
      html`<a href="${validationHref(r.campaign.id, code)}">${ctx.t(v ? "dash.validation.change" : "dash.validation.record")}<span class="visually-hidden"> ${label}</span></a>`,
    ];
  };
  return {
    title: ctx.t("dash.validation.title"),
    crumbs: crumbs(ctx, r)
      .slice(0, 1)
      .concat({ label: ctx.t("dash.validation.title") }),
    lead: `${r.administration.name} · ${campaignLabel(ctx, r.campaign)}`,
    body: dataTable({
      caption: ctx.t("dash.validation.caption"),
      head: [
        ctx.t("dash.objective"),
        ctx.t("dash.computed"),
        ctx.t("dash.band"),
        ctx.t("dash.validated"),
        ctx.t("dash.reason"),
        ctx.t("dash.validation.action"),
      ],
      rows: [
        row("", ctx.t("dash.validation.administration"), r.administration.achievement),
        ...r.objectives.map((o) => row(o.code, `${o.code} ${o.title}`, o.achievement)),
      ],
      numeric: [1, 3],
      rowHeaders: true,
    }),
  };
}

export interface ValidationFormData {
  report: PerformanceReport;
  objectiveCode: string;
  label: string;
  achievement: Achievement;
  current: ScoreValidation | undefined;
  values?: Record<string, string>;
  errors?: FieldErrors;
}

export function validationFormPage(ctx: PageContext, d: ValidationFormData): PageOptions {
  const errors = d.errors ?? {};
  const values = d.values ?? {};
  const labels = { score: ctx.t("dash.validation.score"), reason: ctx.t("dash.reason") };
  return {
    title: ctx.t("dash.validation.formTitle", { label: d.label }),
    crumbs: [...crumbs(ctx, d.report), { label: d.label }],
    body: html`<dl class="row">
  <dt class="col-sm-3">${ctx.t("dash.computed")}</dt><dd class="col-sm-9">${scoreText(ctx, d.achievement)} (${bandText(ctx, d.achievement.band)})</dd>
  ${d.current ? html`<dt class="col-sm-3">${ctx.t("dash.validated")}</dt><dd class="col-sm-9">${percentText(ctx, d.current.validatedScore)}: ${d.current.reason}</dd>` : ""}
</dl>
<div class="row"><div class="col-md-8 col-lg-6">
${errorSummary(ctx, errors, labels)}
<form method="post" action="${validationHref(d.report.campaign.id, d.objectiveCode)}" novalidate>
  ${csrfField(ctx)}
  ${textField({ name: "score", label: labels.score, value: values.score ?? "", required: true, inputmode: "decimal", hint: ctx.t("dash.validation.scoreHint"), errors })}
  ${textArea({ name: "reason", label: labels.reason, value: values.reason ?? "", required: true, errors })}
  ${submitButton(ctx.t("dash.validation.submit"))}
</form>
</div></div>`,
  };
}
