/**
 * `/piani/:planId/iter`: each section and the plan with its stage, the
 * moves the user may make (one form per row, a button per move, the note
 * beside them) and the history of the steps.
 */
import { formatItalianDateTime } from "../../../domain/format-value.ts";
import { SCHEMA_TIPO } from "../../../domain/schema-tipo.ts";
import { PLAN_UNIT, type Stage } from "../../../domain/workflow.ts";
import type { WorkflowState, WorkflowUnitState } from "../../../services/section-workflow.ts";
import { alertBox } from "../../components/alerts.ts";
import { csrfField } from "../../components/forms.ts";
import { dataTable } from "../../components/table.ts";
import { type HtmlValue, html, type SafeHtml } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";

export interface WorkflowPage {
  planId: number;
  period: string;
  state: WorkflowState;
  /** Whether the user may move sections (plan.workflow). */
  canMove: boolean;
  /** A refused move: the section and why. */
  refusal?: { section: string; message: string; note: string };
}

export const workflowHref = (planId: number) => `/piani/${planId}/iter`;

const stageName = (ctx: PageContext, stage: Stage) => ctx.t(`workflow.stage.${stage}`);

/** The badge of a stage, its colour by how far it is. */
export function stageBadge(ctx: PageContext, stage: Stage): SafeHtml {
  const tone =
    stage === "draft"
      ? "secondary"
      : stage === "approved" || stage === "published"
        ? "success"
        : "warning text-dark";
  return html`<span class="badge bg-${tone}">${stageName(ctx, stage)}</span>`;
}

export function unitName(ctx: PageContext, unit: string): string {
  if (unit === PLAN_UNIT) return ctx.t("workflow.unit.plan");
  const title = SCHEMA_TIPO.find((s) => s.code === unit)?.title ?? "";
  return ctx.t("workflow.unitName", { section: unit, title });
}

function movesForm(ctx: PageContext, p: WorkflowPage, u: WorkflowUnitState): HtmlValue {
  if (!p.canMove || u.moves.length === 0) return ctx.t("workflow.noMoves");
  const id = `note-${u.unit.replace(/\W/g, "-")}`;
  const note = p.refusal?.section === u.unit ? p.refusal.note : "";
  const buttons = u.moves.map((to) =>
    to === "draft"
      ? html`<button type="submit" name="to" value="draft" class="btn btn-outline-danger btn-sm me-2">${ctx.t("workflow.sendBack")}</button>`
      : html`<button type="submit" name="to" value="${to}" class="btn btn-primary btn-sm me-2">${ctx.t("workflow.moveTo", { to: stageName(ctx, to) })}</button>`,
  );
  return html`<form method="post" action="${workflowHref(p.planId)}/${u.unit}">
  ${csrfField(ctx)}
  <div class="mb-2"><label for="${id}" class="form-label small">${ctx.t(u.moves.includes("draft") ? "workflow.noteLabel" : "workflow.noteOptional")}<span class="visually-hidden"> — ${unitName(ctx, u.unit)}</span></label>
  <input type="text" class="form-control form-control-sm" id="${id}" name="note" maxlength="2000" value="${note}"></div>
  ${buttons}
</form>`;
}

function unitsTable(ctx: PageContext, p: WorkflowPage): SafeHtml {
  return dataTable({
    caption: ctx.t("workflow.title"),
    captionVisible: false,
    head: [
      ctx.t("workflow.col.section"),
      ctx.t("workflow.col.stage"),
      ctx.t("workflow.col.updated"),
      ctx.t("workflow.col.moves"),
    ],
    rowHeaders: true,
    rows: p.state.units.map((u) => [
      html`${unitName(ctx, u.unit)}${u.required ? "" : html` <small class="text-muted">(${ctx.t("workflow.notRequired")})</small>`}`,
      stageBadge(ctx, u.stage),
      u.updatedAt ? `${formatItalianDateTime(u.updatedAt)} — ${u.updatedBy ?? ""}` : "—",
      movesForm(ctx, p, u),
    ]),
  });
}

function historyTable(ctx: PageContext, p: WorkflowPage): SafeHtml {
  return dataTable({
    caption: ctx.t("workflow.history"),
    captionVisible: false,
    head: [
      ctx.t("workflow.col.when"),
      ctx.t("workflow.col.who"),
      ctx.t("workflow.col.section"),
      ctx.t("workflow.col.step"),
      ctx.t("workflow.col.note"),
    ],
    rows: [...p.state.history]
      .reverse()
      .map((h) => [
        formatItalianDateTime(h.at),
        h.actor,
        unitName(ctx, h.unit),
        `${stageName(ctx, h.from)} → ${stageName(ctx, h.to)}`,
        h.note ?? "—",
      ]),
    empty: ctx.t("workflow.noHistory"),
  });
}

export function workflowPage(ctx: PageContext, p: WorkflowPage): PageOptions {
  return {
    title: `${ctx.t("workflow.title")} — PIAO ${p.period}`,
    crumbs: [
      { label: ctx.t("nav.plans"), href: "/piani" },
      { label: `PIAO ${p.period}`, href: `/piani/${p.planId}` },
      { label: ctx.t("workflow.crumb") },
    ],
    body: html`<p>${ctx.t("workflow.intro")}</p>
${p.state.simplified ? alertBox("info", ctx.t("workflow.simplified")) : ""}
${p.refusal ? alertBox("danger", p.refusal.message) : ""}
${unitsTable(ctx, p)}
<h2 class="h4 mt-5">${ctx.t("workflow.history")}</h2>
${historyTable(ctx, p)}`,
  };
}
