/**
 * The plan as two trees, as nested lists readable without JavaScript:
 * by positive-action area (area → objectives → indicators) and by
 * organisational unit (Area → Settore → Ufficio → objectives).
 */
import type { Objective, OrgUnit, PlanDocument } from "../../../domain/plan.ts";
import { html, type SafeHtml } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";
import { objectiveLink, planCrumbs, targetsText, unitName, unitTitle } from "./common.ts";

interface TreePage {
  planId: number;
  document: PlanDocument;
  canEdit: boolean;
}

function indicatorList(ctx: PageContext, o: Objective): SafeHtml | string {
  if (o.indicators.length === 0) return "";
  return html`<ul>${o.indicators.map(
    (i) =>
      html`<li><span class="fw-semibold">${i.code}</span> ${i.description} <span class="text-muted">(${ctx.t("plan.tree.unitOfMeasure")}: ${i.unitLabel}; ${ctx.t("plan.tree.targets")}: ${targetsText(i)})</span></li>`,
  )}</ul>`;
}

function objectiveItems(
  ctx: PageContext,
  page: TreePage,
  objectives: Objective[],
  withIndicators: boolean,
): SafeHtml {
  if (objectives.length === 0)
    return html`<p class="text-muted">${ctx.t("plan.tree.noObjectives")}</p>`;
  return html`<ul>${objectives.map(
    (o) =>
      html`<li>${objectiveLink(page.planId, o.code, o.title)}${
        withIndicators
          ? html` <span class="text-muted">(${unitName(page.document, o.unitKey)})</span>${indicatorList(ctx, o)}`
          : ""
      }</li>`,
  )}</ul>`;
}

function newObjectiveLink(ctx: PageContext, page: TreePage): SafeHtml | string {
  return page.canEdit
    ? html`<p><a class="btn btn-primary btn-sm" href="/piani/${page.planId}/obiettivi/nuovo">${ctx.t("plan.objective.new")}</a></p>`
    : "";
}

export function actionTreePage(ctx: PageContext, page: TreePage): PageOptions {
  const doc = page.document;
  const without = doc.objectives.filter(
    (o) =>
      o.positiveAction === null || !doc.positiveActions.some((a) => a.number === o.positiveAction),
  );
  return {
    title: ctx.t("plan.tree.byAction"),
    crumbs: planCrumbs(ctx, page.planId, doc, { label: ctx.t("plan.tree.byAction") }),
    lead: doc.administration.name,
    body: html`${newObjectiveLink(ctx, page)}
${doc.positiveActions.map((a) => {
  const objectives = doc.objectives.filter((o) => o.positiveAction === a.number);
  return html`<section aria-labelledby="action-${a.number}"><details open>
  <summary><h2 class="h5 d-inline" id="action-${a.number}">${ctx.t("plan.tree.action", { number: a.number })}: ${a.title}</h2> <span class="badge bg-secondary">${ctx.t("plan.tree.objectiveCount", { n: objectives.length })}</span></summary>
  ${objectiveItems(ctx, page, objectives, true)}
</details></section>`;
})}
<section aria-labelledby="action-none"><h2 class="h5" id="action-none">${ctx.t("plan.tree.noAction")}</h2>
${objectiveItems(ctx, page, without, true)}</section>`,
  };
}

function unitItem(ctx: PageContext, page: TreePage, unit: OrgUnit, depth: number): SafeHtml {
  const doc = page.document;
  const children = doc.units.filter((u) => u.parentKey === unit.key);
  const objectives = doc.objectives.filter((o) => o.unitKey === unit.key);
  const level = Math.min(depth + 2, 6);
  const editLink = page.canEdit
    ? html` <a class="small" href="/piani/${page.planId}/strutture/modifica?key=${encodeURIComponent(unit.key)}">${ctx.t("plan.edit.link")}<span class="visually-hidden"> ${unit.name}</span></a>`
    : "";
  return html`<li><h${level} class="h6 mb-1">${unitTitle(ctx, unit, unit.name)}</h${level}>
  <p class="mb-1 small">${ctx.t("plan.unit.head")}: ${unit.head ?? "—"}${editLink}</p>
  ${objectives.length ? objectiveItems(ctx, page, objectives, false) : ""}
  ${children.length ? html`<ul>${children.map((c) => unitItem(ctx, page, c, depth + 1))}</ul>` : ""}
</li>`;
}

export function unitTreePage(ctx: PageContext, page: TreePage): PageOptions {
  const doc = page.document;
  const keys = new Set(doc.units.map((u) => u.key));
  const roots = doc.units.filter((u) => u.parentKey === null || !keys.has(u.parentKey));
  const orphans = doc.objectives.filter((o) => o.unitKey === null || !keys.has(o.unitKey));
  return {
    title: ctx.t("plan.tree.byUnit"),
    crumbs: planCrumbs(ctx, page.planId, doc, { label: ctx.t("plan.tree.byUnit") }),
    lead: doc.administration.name,
    body: html`${
      page.canEdit
        ? html`<p><a class="btn btn-primary btn-sm" href="/piani/${page.planId}/strutture/nuova">${ctx.t("plan.unit.new")}</a></p>`
        : ""
    }
<ul class="piao-unit-tree">${roots.map((u) => unitItem(ctx, page, u, 0))}</ul>
${orphans.length ? html`<h2 class="h5">${ctx.t("plan.tree.noUnit")}</h2>${objectiveItems(ctx, page, orphans, false)}` : ""}`,
  };
}
