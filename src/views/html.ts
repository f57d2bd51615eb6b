/**
 * HTML that escapes by default: every value interpolated into `html\`…\`` is
 * escaped unless it is itself `SafeHtml` (made by `html` or, for markup we
 * produced ourselves such as a server-rendered SVG chart, by `trustedHtml`).
 * Arrays are joined; null, undefined and false print nothing. There is no
 * way to print a plain string raw by accident (decision 0004).
 */

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | HtmlValue[];

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ESCAPES[c] as string);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) {
    out += render(values[i] as HtmlValue) + (strings[i + 1] ?? "");
  }
  return new SafeHtml(out);
}

/** Markup the server made itself (an ECharts SVG): never user input. */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Joins fragments, e.g. the rows of a table. */
export function join(parts: readonly HtmlValue[], separator: HtmlValue = ""): SafeHtml {
  const sep = render(separator);
  return new SafeHtml(parts.map(render).join(sep));
}
