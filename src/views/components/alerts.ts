/** Messages on a page: the outcome of the last action (flash), warnings, errors. */
import { type HtmlValue, html, type SafeHtml } from "../html.ts";
import type { Flash } from "../page-context.ts";

export function alertBox(kind: Flash["kind"], content: HtmlValue): SafeHtml {
  const role = kind === "danger" || kind === "warning" ? "alert" : "status";
  return html`<div class="alert alert-${kind}" role="${role}">${content}</div>`;
}

export function flashMessage(flash: Flash | null): HtmlValue {
  return flash ? alertBox(flash.kind, flash.text) : "";
}
