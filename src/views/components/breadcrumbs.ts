import { html, type SafeHtml } from "../html.ts";
import type { PageContext } from "../page-context.ts";

export interface Crumb {
  label: string;
  href?: string;
}

export function breadcrumbs(ctx: PageContext, crumbs: Crumb[]): SafeHtml {
  if (crumbs.length === 0) return html``;
  return html`<nav class="breadcrumb-container" aria-label="${ctx.t("web.breadcrumb")}">
  <ol class="breadcrumb">${crumbs.map((c, i) =>
    i === crumbs.length - 1 || !c.href
      ? html`<li class="breadcrumb-item active" aria-current="page">${c.label}</li>`
      : html`<li class="breadcrumb-item"><a href="${c.href}">${c.label}</a><span class="separator">/</span></li>`,
  )}</ol>
</nav>`;
}
