/** Form pieces the monitoring pages need beyond the shared ones: radio groups, who-and-when. */
import { formatItalianDateTime } from "../../../domain/format-value.ts";
import { alertBox } from "../../components/alerts.ts";
import { errorSummary, type FieldErrors, fieldId } from "../../components/forms.ts";
import { html, type SafeHtml } from "../../html.ts";
import type { PageContext } from "../../page-context.ts";

export interface RadioOption {
  value: string;
  label: string;
}

/**
 * A group of radio buttons in a fieldset whose legend names it; its error is
 * tied to the group. The first button carries the field's id, so the error
 * summary's link lands on a control the keyboard can use, not on the fieldset.
 */
export function radioGroup(o: {
  name: string;
  legend: string;
  options: RadioOption[];
  value?: string | null;
  errors?: FieldErrors;
  /** Makes the ids unique where a page repeats the form (see fieldId). */
  scope?: string;
}): SafeHtml {
  const error = o.errors?.[o.name];
  const base = fieldId(o.name, o.scope);
  const radioId = (i: number) => (i === 0 ? base : `${base}-${i}`);
  const errorId = `${base}-error`;
  return html`<fieldset class="mb-4" id="${base}-group"${error ? html` aria-describedby="${errorId}"` : ""}>
  <legend class="h6">${o.legend}</legend>
  ${o.options.map(
    (opt, i) => html`<div class="form-check form-check-inline">
    <input class="form-check-input" type="radio" name="${o.name}" id="${radioId(i)}" value="${opt.value}"${
      opt.value === (o.value ?? "") ? html` checked` : ""
    }${error ? html` aria-invalid="true"` : ""}>
    <label class="form-check-label" for="${radioId(i)}">${opt.label}</label>
  </div>`,
  )}
  ${error ? html`<div id="${errorId}" class="invalid-feedback d-block">${error}</div>` : ""}
</fieldset>`;
}

export function hiddenField(name: string, value: string | number): SafeHtml {
  return html`<input type="hidden" name="${name}" value="${String(value)}">`;
}

/** "ufficio.piano, 15/12/2025, 10:30": who did something and when. */
export function byWhen(ctx: PageContext, by: string | null, at: string | null): string {
  if (!by || !at) return "—";
  return ctx.t("mon.byWhen", { by, at: formatItalianDateTime(at) });
}

export interface FormState {
  values: Record<string, string>;
  errors: FieldErrors;
}

/** The form's errors: the service's refusal in an alert, the fields' in the summary. */
export function errorsOf(ctx: PageContext, form: FormState, scope?: string) {
  const { _form: formError, ...errors } = form.errors;
  return {
    errors,
    top: formError ? alertBox("danger", formError) : errorSummary(ctx, errors, {}, scope),
  };
}
