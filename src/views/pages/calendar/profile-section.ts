/** The calendar subscription on the profile page: the links, and the button that makes a new one. */
import { postButton } from "../../components/forms.ts";
import { html, type SafeHtml } from "../../html.ts";
import type { PageContext } from "../../page-context.ts";

export function calendarFeedUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/calendario/${token}.ics`;
}

export function calendarSection(
  ctx: PageContext,
  token: string | null,
  publicUrl: string,
): SafeHtml {
  const https = token ? calendarFeedUrl(publicUrl, token) : "";
  const webcal = https.replace(/^https?:/, "webcal:");
  return html`<section class="mt-5" aria-labelledby="cal-heading">
  <h2 class="h4" id="cal-heading">${ctx.t("cal.title")}</h2>
  <p>${ctx.t("cal.intro")}</p>
  ${
    token
      ? html`<ul>
    <li><a href="${webcal}">${ctx.t("cal.subscribe")}</a></li>
    <li>${ctx.t("cal.address")} <code>${https}</code></li>
  </ul>
  <p class="small">${ctx.t("cal.secret")}</p>`
      : html`<p>${ctx.t("cal.none")}</p>`
  }
  ${postButton(ctx, "/profilo/calendario", ctx.t(token ? "cal.renew" : "cal.create"))}
</section>`;
}
