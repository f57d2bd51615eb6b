/**
 * The frame of every page, in Bootstrap Italia's markup (header slim, centre
 * header, navigation, footer), usable without JavaScript: the menu is a
 * plain list of links, the language switch a link, sign-out a small form.
 */
import { type Action, roleMay } from "../domain/authorization.ts";
import { flashMessage } from "./components/alerts.ts";
import { breadcrumbs, type Crumb } from "./components/breadcrumbs.ts";
import { csrfField } from "./components/forms.ts";
import { type HtmlValue, html, type SafeHtml } from "./html.ts";
import type { PageContext } from "./page-context.ts";

export interface PageOptions {
  title: string;
  body: HtmlValue;
  crumbs?: Crumb[];
  /** Shown under the title. */
  lead?: HtmlValue;
  /**
   * A public page (transparency portal): the same for every visitor, so it
   * can be kept and shared; the public menu, no user zone, no form.
   */
  public?: boolean;
}

/** The public portal's menu (pages of src/http/pages/public). */
export const PUBLIC_NAV: { href: string; label: string }[] = [
  { href: "/trasparenza", label: "public.nav.administrations" },
  { href: "/trasparenza/confronto", label: "public.nav.comparison" },
  { href: "/trasparenza/dati", label: "public.nav.openData" },
  { href: "/api/v1/docs", label: "public.nav.api" },
];

interface NavEntry {
  href: string;
  label: string;
  action: Action;
  /** Only for roles that enter figures. */
  heads?: boolean;
}

const NAV: NavEntry[] = [
  { href: "/piani", label: "nav.plans", action: "plan.read" },
  { href: "/rilevazioni", label: "nav.myMonitoring", action: "measurement.write" },
  { href: "/campagne", label: "nav.campaigns", action: "plan.read" },
  { href: "/rimodulazioni", label: "nav.reprogramming", action: "plan.read" },
  { href: "/cruscotto", label: "nav.dashboard", action: "plan.read" },
  { href: "/scadenze", label: "nav.deadlines", action: "plan.read" },
  { href: "/importa", label: "nav.import", action: "plan.import" },
  { href: "/registro", label: "nav.audit", action: "audit.read" },
  { href: "/utenti", label: "nav.users", action: "user.manage" },
  { href: "/token-api", label: "nav.tokens", action: "token.manage" },
];

function languageSwitch(ctx: PageContext): SafeHtml {
  const other = ctx.lang === "it" ? "en" : "it";
  return html`<a class="text-white me-3" href="/lingua/${other}?back=${encodeURIComponent(ctx.path)}" lang="${other}" hreflang="${other}">${ctx.t(`web.switchTo.${other}`)}</a>`;
}

function userZone(ctx: PageContext, page: PageOptions): SafeHtml {
  if (page.public) {
    return html`<a class="btn btn-primary btn-sm" href="/piani">${ctx.t("public.reservedArea")}</a>`;
  }
  if (!ctx.user) {
    return html`<a class="btn btn-primary btn-sm" href="/accesso">${ctx.t("web.signIn")}</a>`;
  }
  const u = ctx.user;
  return html`<a class="text-white me-3" href="/profilo">${ctx.t("web.signedInAs", {
    name: u.displayName,
    role: ctx.t(`role.${u.role}`),
  })}</a>
<form method="post" action="/esci" class="d-inline">${csrfField(ctx)}<button type="submit" class="btn btn-primary btn-sm">${ctx.t("web.signOut")}</button></form>`;
}

/**
 * The menu entry a page is under: the one its breadcrumb starts from (an
 * indicator of «Le mie rilevazioni» lives at /campagne/…), else the one its
 * address is below.
 */
function sectionOf(current: string, crumbs: Crumb[]): string | undefined {
  const first = crumbs[0]?.href?.split("?")[0];
  const fromCrumbs = NAV.find((e) => e.href === first);
  if (fromCrumbs) return fromCrumbs.href;
  return NAV.find((e) => current === e.href || current.startsWith(`${e.href}/`))?.href;
}

function publicNavigation(ctx: PageContext): SafeHtml {
  const current = ctx.path.split("?")[0] ?? "";
  const section = [...PUBLIC_NAV]
    .reverse()
    .find((e) => current === e.href || current.startsWith(`${e.href}/`))?.href;
  return html`<nav class="piao-nav bg-primary" aria-label="${ctx.t("public.nav.label")}">
  <div class="container"><ul class="nav">${PUBLIC_NAV.map((e) => {
    const active = e.href === section;
    const aria = current === e.href ? "page" : "true";
    return html`<li class="nav-item"><a class="nav-link text-white${active ? " active fw-bold" : ""}" href="${e.href}"${
      active ? html` aria-current="${aria}"` : ""
    }>${ctx.t(e.label)}</a></li>`;
  })}</ul></div>
</nav>`;
}

function navigation(ctx: PageContext, crumbs: Crumb[]): HtmlValue {
  const user = ctx.user;
  if (!user) return "";
  const entries = NAV.filter((e) => roleMay(user.role, e.action));
  const current = ctx.path.split("?")[0] ?? "";
  const section = sectionOf(current, crumbs);
  return html`<nav class="piao-nav bg-primary" aria-label="${ctx.t("web.mainNav")}">
  <div class="container"><ul class="nav">${entries.map((e) => {
    const active = e.href === section;
    // "page" only on the entry's own page; below it (a plan under Piani) the entry is the section.
    const aria = current === e.href ? "page" : "true";
    return html`<li class="nav-item"><a class="nav-link text-white${active ? " active fw-bold" : ""}" href="${e.href}"${
      active ? html` aria-current="${aria}"` : ""
    }>${ctx.t(e.label)}</a></li>`;
  })}</ul></div>
</nav>`;
}

export function layout(ctx: PageContext, page: PageOptions): SafeHtml {
  const title = `${page.title} · ${ctx.t("web.appName")}`;
  return html`<!doctype html>
<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/assets/bi/css/bootstrap-italia.min.css">
<link rel="stylesheet" href="/assets/app.css">
</head>
<body>
<a class="visually-hidden-focusable piao-skip" href="#main">${ctx.t("web.skipToContent")}</a>
<header class="it-header-wrapper">
  <div class="it-header-slim-wrapper">
    <div class="container"><div class="it-header-slim-wrapper-content">
      <span class="navbar-brand text-white">${ctx.t("web.appTagline")}</span>
      <div class="it-header-slim-right-zone">${languageSwitch(ctx)}${userZone(ctx, page)}</div>
    </div></div>
  </div>
  <div class="it-header-center-wrapper">
    <div class="container"><div class="it-header-center-content-wrapper">
      <div class="it-brand-wrapper"><a href="${page.public ? "/trasparenza" : "/"}"><div class="it-brand-text">
        <div class="it-brand-title">${ctx.t("web.appName")}</div>
        <div class="it-brand-tagline d-none d-md-block">${ctx.t("web.appTagline")}</div>
      </div></a></div>
    </div></div>
  </div>
  ${page.public ? publicNavigation(ctx) : navigation(ctx, page.crumbs ?? [])}
</header>
<main id="main" class="container my-4" tabindex="-1">
  ${breadcrumbs(ctx, page.crumbs ?? [])}
  <h1 class="h2 mb-3">${page.title}</h1>
  ${page.lead ? html`<p class="lead">${page.lead}</p>` : ""}
  ${page.public ? "" : flashMessage(ctx.flash)}
  ${page.body}
</main>
<footer class="it-footer"><div class="it-footer-small-prints clearfix"><div class="container">
  <p class="text-white py-3 mb-0 small">${ctx.t("web.footer")}</p>
</div></div></footer>
</body>
</html>`;
}
