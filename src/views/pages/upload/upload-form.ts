/** `/importa`: the form that uploads a plan (PIAO text, JSON bundle) or a sheet of figures. */
import { alertBox } from "../../components/alerts.ts";
import {
  csrfField,
  errorSummary,
  type FieldErrors,
  type SelectOption,
  selectField,
  submitButton,
  textField,
} from "../../components/forms.ts";
import { html } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";

export interface UploadFormData {
  /** Open campaigns the figures may go to. */
  campaigns: SelectOption[];
  values?: Record<string, string>;
  errors?: FieldErrors;
  /** What the reader said about a file it could not read at all. */
  problems?: string[];
}

function kindChoice(ctx: PageContext, value: string, errors: FieldErrors) {
  const error = errors.kind;
  const option = (v: string, label: string, hint: string) =>
    html`<div class="form-check">
    <input class="form-check-input" type="radio" name="kind" id="f-kind-${v}" value="${v}"${value === v ? html` checked` : ""}${error ? html` aria-invalid="true" aria-describedby="f-kind-error"` : ""}>
    <label class="form-check-label" for="f-kind-${v}">${label}</label>
    <small class="form-text d-block">${hint}</small>
  </div>`;
  return html`<fieldset class="mb-4" id="f-kind">
  <legend class="h6">${ctx.t("upload.kind")}</legend>
  ${option("plan", ctx.t("upload.kind.plan"), ctx.t("upload.kind.planHint"))}
  ${option("figures", ctx.t("upload.kind.figures"), ctx.t("upload.kind.figuresHint"))}
  ${error ? html`<div id="f-kind-error" class="invalid-feedback d-block">${error}</div>` : ""}
</fieldset>`;
}

export function uploadFormPage(ctx: PageContext, d: UploadFormData): PageOptions {
  const errors = d.errors ?? {};
  const values = d.values ?? {};
  const labels = {
    kind: ctx.t("upload.kind"),
    file: ctx.t("upload.file"),
    campaign: ctx.t("upload.campaign"),
  };
  return {
    title: ctx.t("upload.title"),
    lead: ctx.t("upload.lead"),
    body: html`<div class="row"><div class="col-lg-8">
${errorSummary(ctx, errors, labels)}
${d.problems?.length ? alertBox("danger", html`<p>${ctx.t("upload.unreadable")}</p><ul class="mb-0">${d.problems.map((p) => html`<li>${p}</li>`)}</ul>`) : ""}
<form method="post" action="/importa" enctype="multipart/form-data" novalidate>
  ${csrfField(ctx)}
  ${kindChoice(ctx, values.kind ?? "", errors)}
  ${textField({ name: "file", label: labels.file, type: "file", required: true, hint: ctx.t("upload.fileHint"), errors })}
  ${selectField({
    name: "campaign",
    label: labels.campaign,
    value: values.campaign ?? "",
    options: [{ value: "", label: ctx.t("upload.campaignFromFile") }, ...d.campaigns],
    hint: ctx.t("upload.campaignHint"),
    errors,
  })}
  ${submitButton(ctx.t("upload.submit"))}
</form>
</div></div>`,
  };
}
