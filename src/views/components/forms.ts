/**
 * Form fields in Bootstrap Italia's markup, accessible without JavaScript:
 * labels always shown above their field, errors tied to their field with
 * aria-describedby, and a summary at the top linking to each field in error.
 */
import { type HtmlValue, html, type SafeHtml } from "../html.ts";
import type { PageContext } from "../page-context.ts";

/** Field name → message, as the form parser returns them. */
export type FieldErrors = Record<string, string>;

export function csrfField(ctx: PageContext): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrfToken}">`;
}

/**
 * A field's id: "f-name", or "f-scope-name" where one page holds several
 * forms with the same fields (one form per measure).
 */
export const fieldId = (name: string, scope?: string) =>
  `f-${scope ? `${scope}-` : ""}${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;

function describedBy(
  name: string,
  hint: string | undefined,
  error: string | undefined,
  scope?: string,
): string {
  const id = fieldId(name, scope);
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""];
  return ids.filter(Boolean).join(" ");
}

function feedback(
  name: string,
  hint: string | undefined,
  error: string | undefined,
  scope?: string,
): SafeHtml {
  const id = fieldId(name, scope);
  return html`${hint ? html`<small id="${id}-hint" class="form-text">${hint}</small>` : ""}${
    error ? html`<div id="${id}-error" class="invalid-feedback d-block">${error}</div>` : ""
  }`;
}

export interface FieldOptions {
  name: string;
  label: string;
  value?: string | number | null;
  errors?: FieldErrors;
  hint?: string;
  required?: boolean;
  type?: "text" | "password" | "email" | "date" | "number" | "url" | "file";
  autocomplete?: string;
  /** e.g. "decimal" for numbers typed the Italian way ("1.234,5"). */
  inputmode?: string;
  attrs?: SafeHtml;
  /** Makes the ids unique where a page repeats the form (see fieldId). */
  scope?: string;
}

export function textField(o: FieldOptions): SafeHtml {
  const error = o.errors?.[o.name];
  const by = describedBy(o.name, o.hint, error, o.scope);
  const id = fieldId(o.name, o.scope);
  return html`<div class="form-group">
  <label for="${id}" class="active">${o.label}</label>
  <input type="${o.type ?? "text"}" class="form-control${error ? " is-invalid" : ""}" id="${id}" name="${o.name}"${
    o.type === "file" ? "" : html` value="${o.value ?? ""}"`
  }${o.required ? html` required aria-required="true"` : ""}${error ? html` aria-invalid="true"` : ""}${
    by ? html` aria-describedby="${by}"` : ""
  }${o.autocomplete ? html` autocomplete="${o.autocomplete}"` : ""}${o.inputmode ? html` inputmode="${o.inputmode}"` : ""}${o.attrs ?? ""}>
  ${feedback(o.name, o.hint, error, o.scope)}
</div>`;
}

export function textArea(o: Omit<FieldOptions, "type"> & { rows?: number }): SafeHtml {
  const error = o.errors?.[o.name];
  const by = describedBy(o.name, o.hint, error, o.scope);
  const id = fieldId(o.name, o.scope);
  return html`<div class="form-group">
  <label for="${id}" class="active">${o.label}</label>
  <textarea class="form-control${error ? " is-invalid" : ""}" id="${id}" name="${o.name}" rows="${o.rows ?? 4}"${
    o.required ? html` required aria-required="true"` : ""
  }${error ? html` aria-invalid="true"` : ""}${by ? html` aria-describedby="${by}"` : ""}>${o.value ?? ""}</textarea>
  ${feedback(o.name, o.hint, error, o.scope)}
</div>`;
}

export interface SelectOption {
  value: string;
  label: string;
}

export function selectField(
  o: Omit<FieldOptions, "type" | "value"> & { options: SelectOption[]; value?: string | null },
): SafeHtml {
  const error = o.errors?.[o.name];
  const by = describedBy(o.name, o.hint, error);
  return html`<div class="select-wrapper mb-4">
  <label for="${fieldId(o.name)}">${o.label}</label>
  <select id="${fieldId(o.name)}" name="${o.name}" class="${error ? "is-invalid" : ""}"${
    o.required ? html` required aria-required="true"` : ""
  }${error ? html` aria-invalid="true"` : ""}${by ? html` aria-describedby="${by}"` : ""}>
    ${o.options.map(
      (opt) =>
        html`<option value="${opt.value}"${opt.value === (o.value ?? "") ? html` selected` : ""}>${opt.label}</option>`,
    )}
  </select>
  ${feedback(o.name, o.hint, error)}
</div>`;
}

/** The list of errors at the top of a form, each a link to its field. */
export function errorSummary(
  ctx: PageContext,
  errors: FieldErrors,
  labels: Record<string, string> = {},
  scope?: string,
): HtmlValue {
  const entries = Object.entries(errors);
  if (entries.length === 0) return "";
  return html`<div class="alert alert-danger" role="alert" tabindex="-1" id="error-summary">
  <h2 class="h5">${ctx.t("form.errorSummary", { n: entries.length })}</h2>
  <ul class="mb-0">${entries.map(
    ([name, message]) =>
      html`<li><a href="#${fieldId(name, scope)}">${labels[name] ? `${labels[name]}: ` : ""}${message}</a></li>`,
  )}</ul>
</div>`;
}

export function submitButton(
  label: string,
  kind: "primary" | "outline-primary" | "danger" = "primary",
): SafeHtml {
  return html`<button type="submit" class="btn btn-${kind}">${label}</button>`;
}

/** A one-button form that posts (sign out, close a campaign, approve). */
export function postButton(
  ctx: PageContext,
  action: string,
  label: string,
  kind: "primary" | "outline-primary" | "danger" | "link" = "outline-primary",
  hidden: Record<string, string> = {},
): SafeHtml {
  return html`<form method="post" action="${action}" class="d-inline">${csrfField(ctx)}${Object.entries(
    hidden,
  ).map(
    ([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`,
  )}<button type="submit" class="btn btn-${kind} btn-sm">${label}</button></form>`;
}
