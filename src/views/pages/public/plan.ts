/**
 * A published plan as the Portale PIAO records it (years, approving act,
 * authority, link, fewer than 50 employees), with its sections, positive-
 * action areas, objectives by unit, the administration's achievement per
 * published campaign, the open-data files and the API; a section's text;
 * a positive-action area with its objectives and their achievement.
 */
import { isSimplifiedPlan, requiredSections } from "../../../domain/check.ts";
import type { Objective, OrgUnit, PositiveAction, Section } from "../../../domain/plan.ts";
import { formatDate } from "../../../i18n/index.ts";
import type { PublicCampaign, PublishedPlan } from "../../../services/public/read.ts";
import { dataTable } from "../../components/table.ts";
import { type HtmlValue, html, type SafeHtml } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";
import { countedText } from "../dashboard/scores.ts";
import { publicGenderLink, publicPeopleRecords } from "../people-plan/public.ts";
import { unitName, unitTitle } from "../plan/common.ts";
import { publicValueSectionRecords } from "../public-value/public-section.ts";
import { publicRiskRecords } from "../risk/public.ts";
import {
  actionHref,
  campaignName,
  campaignsInOrder,
  dataHref,
  dayOf,
  factList,
  OPEN_DATASETS,
  OPEN_FORMATS,
  paragraphs,
  periodLabel,
  portalCrumbs,
  publicObjectiveHref,
  publicScore,
  sectionHref,
  sectionName,
  sectionSlugs,
} from "./common.ts";

function metadata(ctx: PageContext, plan: PublishedPlan): SafeHtml {
  const m = plan.meta;
  return factList([
    [ctx.t("portal.administration"), plan.administration.name],
    [ctx.t("portal.years"), `${m.startYear}–${m.endYear}`],
    [ctx.t("portal.approvalDate"), formatDate(m.approvalDate)],
    [ctx.t("portal.approvalAct"), m.approvalAct],
    [ctx.t("portal.authority"), m.approvingAuthority],
    [
      ctx.t("portal.document"),
      m.documentUrl
        ? html`<a href="${m.documentUrl}">${ctx.t("portal.documentLink")}</a>`
        : ctx.t("portal.noDocument"),
    ],
    [ctx.t("portal.small"), ctx.t(m.smallAdministration ? "portal.yes" : "portal.no")],
    [
      ctx.t("portal.edition"),
      ctx.t("portal.editionOf", { n: m.editionNumber, date: dayOf(m.publishedAt) }),
    ],
  ]);
}

function sectionList(ctx: PageContext, plan: PublishedPlan): SafeHtml {
  const slugs = sectionSlugs(plan.document.sections);
  const { simplified, codes } = requiredSections(plan.document);
  // A simplified PIAO lists only the sections it requires (and the parts they belong to).
  const related = (code: string) =>
    codes.some((c) => code === c || code.startsWith(`${c}.`) || c.startsWith(`${code}.`));
  const shown = plan.document.sections.filter(
    (s) => !simplified || s.code === null || related(s.code),
  );
  if (shown.length === 0) return html`<p>${ctx.t("portal.noSections")}</p>`;
  return html`<ul>${shown.map(
    (s) =>
      html`<li><a href="${sectionHref(plan.meta, slugs.get(s) ?? "")}">${sectionName(s)}</a></li>`,
  )}</ul>`;
}

/** The achievement of a group in the latest published campaign, if there is one. */
const latest = (plan: PublishedPlan) => campaignsInOrder(plan.campaigns)[0];

function actionList(ctx: PageContext, plan: PublishedPlan): SafeHtml {
  const actions = plan.document.positiveActions;
  if (actions.length === 0) return html`<p>${ctx.t("portal.noActions")}</p>`;
  return html`<ul>${actions.map(
    (a) => html`<li><a href="${actionHref(plan.meta, a.number)}">${a.number}. ${a.title}</a></li>`,
  )}</ul>`;
}

/** Objectives of a unit with the achievement of the latest published campaign. */
function objectiveTable(
  ctx: PageContext,
  plan: PublishedPlan,
  caption: string,
  objectives: Objective[],
  captionVisible: boolean,
): SafeHtml {
  const last = latest(plan);
  return dataTable({
    caption,
    captionVisible,
    head: [
      ctx.t("portal.objective.code"),
      ctx.t("portal.objective.title"),
      ctx.t("portal.action"),
      last ? campaignName(ctx, last) : ctx.t("portal.achievement"),
    ],
    rowHeaders: true,
    rows: objectives.map((o) => [
      html`<a href="${publicObjectiveHref(plan.meta, o.code)}">${o.code}</a>`,
      o.title,
      o.positiveAction === null
        ? "—"
        : html`<a href="${actionHref(plan.meta, o.positiveAction)}">${o.positiveAction}</a>`,
      last ? publicScore(ctx, objectiveAchievement(last, o.code)) : ctx.t("portal.noCampaigns"),
    ]),
    empty: ctx.t("portal.noObjectives"),
  });
}

export const objectiveAchievement = (c: PublicCampaign, code: string) =>
  c.report.objectives.find((o) => o.code === code)?.achievement;

function objectivesByUnit(ctx: PageContext, plan: PublishedPlan): SafeHtml {
  const doc = plan.document;
  const groups: { unit: OrgUnit | null; objectives: Objective[] }[] = doc.units.map((unit) => ({
    unit,
    objectives: doc.objectives.filter((o) => o.unitKey === unit.key),
  }));
  const orphans = doc.objectives.filter((o) => !doc.units.some((u) => u.key === o.unitKey));
  if (orphans.length) groups.push({ unit: null, objectives: orphans });
  return html`${groups
    .filter((g) => g.objectives.length > 0)
    .map((g) => {
      const name = g.unit ? unitTitle(ctx, g.unit, g.unit.name) : ctx.t("portal.noUnit");
      return html`<h3 class="h5 mt-4">${name}</h3>${objectiveTable(ctx, plan, ctx.t("portal.objectivesOf", { unit: name }), g.objectives, false)}`;
    })}`;
}

function achievementTable(ctx: PageContext, plan: PublishedPlan): SafeHtml {
  const campaigns = campaignsInOrder(plan.campaigns);
  if (campaigns.length === 0) return html`<p>${ctx.t("portal.noCampaigns")}</p>`;
  return dataTable({
    caption: ctx.t("portal.achievementCaption"),
    head: [
      ctx.t("portal.campaign"),
      ctx.t("portal.referenceDate"),
      ctx.t("portal.achievement"),
      ctx.t("portal.counted"),
      ctx.t("portal.publishedOn"),
    ],
    rowHeaders: true,
    rows: campaigns.map((c) => [
      campaignName(ctx, c),
      formatDate(c.referenceDate),
      publicScore(ctx, c.report.administration.achievement),
      countedText(ctx, c.report.administration.achievement),
      dayOf(c.publishedAt),
    ]),
  });
}

function openData(ctx: PageContext, plan: PublishedPlan): SafeHtml {
  return html`${dataTable({
    caption: ctx.t("portal.data.caption"),
    head: [ctx.t("portal.data.dataset"), ctx.t("portal.data.content"), ctx.t("portal.data.files")],
    rowHeaders: true,
    rows: OPEN_DATASETS.map((d) => [
      ctx.t(`portal.data.${d}`),
      ctx.t(`portal.data.${d}.about`),
      html`${OPEN_FORMATS.map(
        (f, i) =>
          html`${i > 0 ? " · " : ""}<a href="${dataHref(plan.meta, d, f)}">${f.toUpperCase()}<span class="visually-hidden"> — ${ctx.t(`portal.data.${d}`)}</span></a>`,
      )}`,
    ]),
  })}
<h2 class="h4">${ctx.t("portal.api")}</h2>
<p>${ctx.t("portal.api.about")} <a href="/api/v1/docs">${ctx.t("portal.api.docs")}</a></p>`;
}

export function planPage(ctx: PageContext, plan: PublishedPlan): PageOptions {
  // Sections 2.1, 2.2 and 4 are not part of the simplified PIAO: no performance, no positive actions.
  const simplified = isSimplifiedPlan(plan.document);
  const performance = html`<h2 class="h4">${ctx.t("portal.achievementTitle")}</h2>
${achievementTable(ctx, plan)}
<h2 class="h4">${ctx.t("portal.sections")}</h2>
${sectionList(ctx, plan)}
${publicGenderLink(ctx, plan)}
<h2 class="h4">${ctx.t("portal.actions")}</h2>
${actionList(ctx, plan)}
<h2 class="h4">${ctx.t("portal.objectives")}</h2>
${objectivesByUnit(ctx, plan)}`;
  const simplifiedBody = html`<p class="alert alert-info">${ctx.t("simplified.note")}</p>
<h2 class="h4">${ctx.t("portal.sections")}</h2>
${sectionList(ctx, plan)}
${publicGenderLink(ctx, plan)}`;
  return {
    title: `${periodLabel(plan.meta)} — ${plan.administration.name}`,
    lead: plan.meta.title,
    // The last crumb is the page itself, shown as text.
    crumbs: portalCrumbs(ctx, plan),
    body: html`<h2 class="h4">${ctx.t("portal.portalData")}</h2>
${metadata(ctx, plan)}
${simplified ? simplifiedBody : performance}
<h2 class="h4 mt-4">${ctx.t("portal.data")}</h2>
${openData(ctx, plan)}`,
  };
}

/** The section of the address part `slug`, or undefined. */
export function findSection(plan: PublishedPlan, slug: string): Section | undefined {
  for (const [section, s] of sectionSlugs(plan.document.sections)) if (s === slug) return section;
  return undefined;
}

export function sectionPage(ctx: PageContext, plan: PublishedPlan, section: Section): PageOptions {
  const slugs = sectionSlugs(plan.document.sections);
  const parts = section.code
    ? plan.document.sections.filter((s) => s.code?.startsWith(`${section.code}.`))
    : [];
  return {
    title: sectionName(section),
    lead: `${periodLabel(plan.meta)} — ${plan.administration.name}`,
    crumbs: portalCrumbs(ctx, plan, { label: sectionName(section) }),
    body: html`${
      section.body.trim()
        ? paragraphs(section.body)
        : html`<p>${ctx.t(parts.length ? "portal.section.seeParts" : "portal.section.empty")}</p>`
    }
${
  parts.length
    ? html`<h2 class="h4">${ctx.t("portal.section.parts")}</h2><ul>${parts.map(
        (s) =>
          html`<li><a href="${sectionHref(plan.meta, slugs.get(s) ?? "")}">${sectionName(s)}</a></li>`,
      )}</ul>`
    : ""
}
${publicValueSectionRecords(ctx, plan, section)}
${section.code === "2.3" ? publicRiskRecords(ctx, plan) : ""}
${publicPeopleRecords(ctx, plan, section.code)}`,
  };
}

export function actionPage(
  ctx: PageContext,
  plan: PublishedPlan,
  action: PositiveAction,
): PageOptions {
  const campaigns = campaignsInOrder(plan.campaigns);
  const objectives = plan.document.objectives.filter((o) => o.positiveAction === action.number);
  const areaScore = (c: PublicCampaign) =>
    c.report.positiveActions.find((a) => a.number === action.number)?.achievement;
  const title = ctx.t("portal.actionHeading", {
    number: String(action.number),
    title: action.title,
  });
  const achievement: HtmlValue =
    campaigns.length === 0
      ? html`<p>${ctx.t("portal.noCampaigns")}</p>`
      : dataTable({
          caption: ctx.t("portal.actionAchievement"),
          head: [
            ctx.t("portal.campaign"),
            ctx.t("portal.referenceDate"),
            ctx.t("portal.achievement"),
          ],
          rowHeaders: true,
          rows: campaigns.map((c) => [
            campaignName(ctx, c),
            formatDate(c.referenceDate),
            publicScore(ctx, areaScore(c)),
          ]),
        });
  return {
    title,
    lead: `${periodLabel(plan.meta)} — ${plan.administration.name}`,
    crumbs: portalCrumbs(ctx, plan, {
      label: ctx.t("portal.actionCrumb", { number: String(action.number) }),
    }),
    body: html`${action.description.trim() ? paragraphs(action.description) : ""}
<h2 class="h4">${ctx.t("portal.achievement")}</h2>
${achievement}
<h2 class="h4">${ctx.t("portal.objectives")}</h2>
${dataTable({
  caption: ctx.t("portal.actionObjectives", { number: String(action.number) }),
  head: [
    ctx.t("portal.objective.code"),
    ctx.t("portal.objective.title"),
    ctx.t("portal.unit"),
    ...campaigns.map((c) => campaignName(ctx, c)),
  ],
  rowHeaders: true,
  rows: objectives.map((o) => [
    html`<a href="${publicObjectiveHref(plan.meta, o.code)}">${o.code}</a>`,
    o.title,
    unitName(plan.document, o.unitKey),
    ...campaigns.map((c) => publicScore(ctx, objectiveAchievement(c, o.code))),
  ]),
  empty: ctx.t("portal.noObjectives"),
})}`,
  };
}
