/**
 * What the public pages share: their addresses, the breadcrumb from the list
 * of administrations down, scores as the public reads them ("non rilevato",
 * never 0, when there is none) and the order of published campaigns.
 *
 * Addresses (Italian, stable across editions of a plan):
 *   /trasparenza                                       administrations with a published plan
 *   /trasparenza/enti/:administrationId                one administration and its plans
 *   …/piao/:period                                     the plan ("2025-2027")
 *   …/piao/:period/sezioni/:section                    a section: its code ("2.2"), or for an
 *                                                      unnumbered one the slug of its title
 *                                                      ("premessa-e-riferimenti-normativi")
 *   …/piao/:period/azioni-positive/:number             a positive-action area
 *   …/piao/:period/obiettivi/:code                     an objective
 *   …/piao/:period/obiettivi/:code/indicatori/:indicator  an indicator
 *   …/piao/:period/dati/<dataset>.<csv|json|xlsx>      open data (built elsewhere)
 */
import type { Achievement, IndicatorAchievement } from "../../../domain/achievement/types.ts";
import { formatItalianDateTime } from "../../../domain/format-value.ts";
import type { Section } from "../../../domain/plan.ts";
import { PEOPLE_DATASET_IDS } from "../../../services/open-data/people-datasets.ts";
import { PUBLIC_VALUE_DATASET_IDS } from "../../../services/open-data/public-value-datasets.ts";
import type { PublicCampaign, PublicPlanMeta } from "../../../services/public/read.ts";
import type { Crumb } from "../../components/breadcrumbs.ts";
import { type HtmlValue, html, type SafeHtml } from "../../html.ts";
import type { PageContext } from "../../page-context.ts";
import { bandText, percentText } from "../dashboard/scores.ts";

export const PORTAL_HREF = "/trasparenza";

type PlanAddress = Pick<PublicPlanMeta, "administrationId" | "period">;

export const administrationHref = (administrationId: number) =>
  `${PORTAL_HREF}/enti/${administrationId}`;

export const publicPlanHref = (plan: PlanAddress) =>
  `${administrationHref(plan.administrationId)}/piao/${encodeURIComponent(plan.period)}`;

export const sectionHref = (plan: PlanAddress, slug: string) =>
  `${publicPlanHref(plan)}/sezioni/${encodeURIComponent(slug)}`;

export const actionHref = (plan: PlanAddress, number: number) =>
  `${publicPlanHref(plan)}/azioni-positive/${number}`;

export const publicObjectiveHref = (plan: PlanAddress, code: string) =>
  `${publicPlanHref(plan)}/obiettivi/${encodeURIComponent(code)}`;

export const publicIndicatorHref = (plan: PlanAddress, objective: string, indicator: string) =>
  `${publicObjectiveHref(plan, objective)}/indicatori/${encodeURIComponent(indicator)}`;

/** The open-data files of a plan (src/http/public data routes). */
export const OPEN_DATASETS = [
  "obiettivi",
  "indicatori",
  "target",
  "rilevazioni",
  "risultati",
  ...PEOPLE_DATASET_IDS,
  ...PUBLIC_VALUE_DATASET_IDS,
  "processi-rischio",
  "misure-prevenzione",
  "obblighi-trasparenza",
];
export const OPEN_FORMATS = ["csv", "json", "xlsx"];

export const dataHref = (plan: PlanAddress, dataset: string, format: string) =>
  `${publicPlanHref(plan)}/dati/${dataset}.${format}`;

/** "Premessa e riferimenti normativi" → "premessa-e-riferimenti-normativi". */
function slugOf(title: string): string {
  const slug = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "sezione";
}

/**
 * Each section's address part, in document order: its code when numbered,
 * else the slug of its title (a second section with the same slug gets "-2").
 * Both stay the same across editions as long as the document keeps them.
 */
export function sectionSlugs(sections: readonly Section[]): Map<Section, string> {
  const slugs = new Map<Section, string>();
  const taken = new Set<string>();
  for (const s of sections) {
    const base = s.code ?? slugOf(s.title);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(s, slug);
  }
  return slugs;
}

/** "2.2 PERFORMANCE", or the title alone for an unnumbered section. */
export const sectionName = (s: Section) => (s.code ? `${s.code} ${s.title}` : s.title);

export const periodLabel = (plan: Pick<PublicPlanMeta, "period">) => `PIAO ${plan.period}`;

/** Crumbs from the list of administrations down to the plan, then `rest`. */
export function portalCrumbs(
  ctx: PageContext,
  plan: { meta: PublicPlanMeta; administration: { name: string } } | null,
  ...rest: Crumb[]
): Crumb[] {
  const crumbs: Crumb[] = [{ label: ctx.t("portal.home"), href: PORTAL_HREF }];
  if (plan) {
    crumbs.push(
      { label: plan.administration.name, href: administrationHref(plan.meta.administrationId) },
      { label: periodLabel(plan.meta), href: publicPlanHref(plan.meta) },
    );
  }
  return [...crumbs, ...rest];
}

/** "79,84% (parzialmente raggiunto)", or "non rilevato" when there is no score. */
export function publicScore(ctx: PageContext, a: Achievement | null | undefined): string {
  if (!a || a.score === null) return ctx.t("perf.state.not_measured");
  return a.band
    ? `${percentText(ctx, a.score)} (${bandText(ctx, a.band)})`
    : percentText(ctx, a.score);
}

/** An indicator's score, or its state: in corso, non rilevato, neutralizzato, senza target. */
export function indicatorScore(ctx: PageContext, r: IndicatorAchievement | undefined): string {
  if (!r) return ctx.t("perf.state.not_measured");
  if (r.state === "scored" && r.score !== null) {
    const delay = r.delayDays ? ` · ${ctx.t("perf.delay", { n: r.delayDays })}` : "";
    return `${percentText(ctx, r.score)}${delay}`;
  }
  return ctx.t(`perf.state.${r.state === "scored" ? "not_measured" : r.state}`);
}

/** "Monitoraggio a consuntivo 2025 (al 31/12/2025)". */
export function campaignName(ctx: PageContext, c: Pick<PublicCampaign, "kind" | "year">): string {
  return ctx.t("mon.campaign.label", {
    kind: ctx.t(`campaign.kind.${c.kind}`),
    year: String(c.year),
  });
}

/** Published campaigns newest year first, the year-end one before the mid-year one. */
export function campaignsInOrder(campaigns: readonly PublicCampaign[]): PublicCampaign[] {
  const rank = (c: PublicCampaign) => (c.kind === "yearend" ? 0 : 1);
  return [...campaigns].sort((a, b) => b.year - a.year || rank(a) - rank(b) || b.id - a.id);
}

/** "—" for what the registry does not say. */
export const orDash = (value: string | number | null | undefined) =>
  value === null || value === undefined || value === "" ? "—" : String(value);

/** The day (Italian time) of a timestamp: "01/02/2025". */
export const dayOf = (iso: string) => formatItalianDateTime(iso).split(",")[0] ?? iso;

/** Terms and their values, as a description list. */
export function factList(rows: [string, HtmlValue][]): SafeHtml {
  return html`<dl class="row">${rows.map(
    ([label, value]) =>
      html`<dt class="col-sm-4 col-lg-3">${label}</dt><dd class="col-sm-8 col-lg-9 text-break">${value}</dd>`,
  )}</dl>`;
}

/** Narrative text (paragraphs separated by blank lines) as paragraphs. */
export function paragraphs(text: string): SafeHtml {
  return html`${text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p>${p}</p>`)}`;
}
