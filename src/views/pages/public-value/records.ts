/**
 * The records of section 2.1 and of letters e) f) as HTML, shared by the
 * staff pages and the public section page: the caller says where a
 * performance objective's code links to (the staff objective page, or the
 * public one). Tables have captions and header cells; nothing needs JavaScript.
 */
import { formatItalianDate, formatTarget } from "../../../domain/format-value.ts";
import type { PlanDocument } from "../../../domain/plan.ts";
import { timelinessRows, timelinessSummary } from "../../../domain/public-value/timeliness.ts";
import type { PublicValueObjective } from "../../../domain/sections/public-value.ts";
import { dataTable } from "../../components/table.ts";
import { type HtmlValue, html, join, type SafeHtml } from "../../html.ts";
import type { PageContext } from "../../page-context.ts";
import { percentText } from "../dashboard/scores.ts";
import { unitName } from "../plan/common.ts";

/** Where the code of a performance objective links to. */
export type ObjectiveLinker = (code: string) => HtmlValue;

export const dash = (items: readonly HtmlValue[]): HtmlValue =>
  items.length ? join(items, ", ") : "—";

export function planYearList(doc: PlanDocument): number[] {
  const years: number[] = [];
  for (let y = doc.plan.startYear; y <= doc.plan.endYear; y++) years.push(y);
  return years;
}

export function numberText(ctx: PageContext, n: number, digits = 1): string {
  return n.toLocaleString(ctx.lang === "it" ? "it-IT" : "en-GB", { maximumFractionDigits: digits });
}

export function strategicText(doc: PlanDocument, o: PublicValueObjective): string[] {
  return o.strategicObjectiveCodes.map((c) => {
    const s = doc.publicValue.strategicObjectives.find((x) => x.code === c);
    return s ? `${s.code} ${s.title}` : c;
  });
}

export function stakeholderText(doc: PlanDocument, o: PublicValueObjective): string[] {
  return o.stakeholderKeys.map(
    (k) => doc.publicValue.stakeholders.find((s) => s.key === k)?.name ?? k,
  );
}

/** Impact indicators: baseline (year), then target and measured value per year of the plan, and the source. */
export function impactTable(
  ctx: PageContext,
  doc: PlanDocument,
  o: PublicValueObjective,
): SafeHtml {
  const years = planYearList(doc);
  return dataTable({
    caption: ctx.t("pv.page.impactCaption", { code: o.code }),
    head: [
      ctx.t("pv.page.code"),
      ctx.t("pv.page.description"),
      ctx.t("pv.page.baseline"),
      ...years.flatMap((y) => [
        ctx.t("pv.page.targetOf", { year: y }),
        ctx.t("pv.page.measuredOf", { year: y }),
      ]),
      ctx.t("pv.page.source"),
    ],
    rowHeaders: true,
    rows: o.impactIndicators.map((i) => [
      i.code,
      html`${i.description} <span class="text-muted">(${i.unitLabel})</span>`,
      i.baseline
        ? `${formatTarget(i.baseline)}${i.baselineYear === null ? "" : ` (${i.baselineYear})`}`
        : "—",
      ...years.flatMap((y) => [
        formatTarget(i.targets.find((t) => t.year === y)?.value ?? null) || "—",
        formatTarget(i.measurements.find((m) => m.year === y)?.value ?? null) ||
          ctx.t("pv.page.notYetMeasured"),
      ]),
      i.source ?? "—",
    ]),
    empty: ctx.t("pv.page.noImpact"),
  });
}

/** Section 2.1: stakeholders, DUP strategic objectives, each public-value objective with its links. */
export function publicValueRecords(
  ctx: PageContext,
  doc: PlanDocument,
  linkObjective: ObjectiveLinker,
): SafeHtml {
  const pv = doc.publicValue;
  if (pv.objectives.length + pv.stakeholders.length + pv.strategicObjectives.length === 0) {
    return html`<p>${ctx.t("pv.page.none")}</p>`;
  }
  return html`<h2 class="h4">${ctx.t("pv.page.stakeholders")}</h2>
${dataTable({
  caption: ctx.t("pv.page.stakeholders"),
  captionVisible: false,
  head: [ctx.t("pv.page.stakeholder"), ctx.t("pv.page.category")],
  rowHeaders: true,
  rows: pv.stakeholders.map((s) => [s.name, s.category ?? "—"]),
  empty: ctx.t("pv.page.noStakeholders"),
})}
<h2 class="h4">${ctx.t("pv.page.strategic")}</h2>
${dataTable({
  caption: ctx.t("pv.page.strategic"),
  captionVisible: false,
  head: [ctx.t("pv.page.code"), ctx.t("pv.page.strategicTitle"), ctx.t("pv.page.programme")],
  rowHeaders: true,
  rows: pv.strategicObjectives.map((s) => [s.code, s.title, s.programme ?? "—"]),
  empty: ctx.t("pv.page.noStrategic"),
})}
<h2 class="h4">${ctx.t("pv.page.objectives")}</h2>
${pv.objectives.map((o) => {
  const measures = doc.risk.measures.filter((m) => m.publicValueCodes.includes(o.code));
  return html`<section aria-labelledby="vp-${o.code}"><h3 class="h5 mt-4" id="vp-${o.code}">${o.code} ${o.title}</h3>
${o.description.trim() ? html`<p>${o.description}</p>` : ""}
<dl class="row">
<dt class="col-sm-4">${ctx.t("pv.page.fromStrategic")}</dt><dd class="col-sm-8">${dash(strategicText(doc, o))}</dd>
<dt class="col-sm-4">${ctx.t("pv.page.forStakeholders")}</dt><dd class="col-sm-8">${dash(stakeholderText(doc, o))}</dd>
<dt class="col-sm-4">${ctx.t("pv.page.carriedBy")}</dt><dd class="col-sm-8">${dash(o.objectiveCodes.map(linkObjective))}</dd>
<dt class="col-sm-4">${ctx.t("pv.page.measures")}</dt><dd class="col-sm-8">${dash(measures.map((m) => `${m.code} ${m.title}`))}</dd>
</dl>
${impactTable(ctx, doc, o)}</section>`;
})}`;
}

function objectiveCell(
  doc: PlanDocument,
  codes: string[],
  linkObjective: ObjectiveLinker,
): HtmlValue {
  return dash(
    codes.map((c) => {
      const o = doc.objectives.find((x) => x.code === c);
      return o ? html`${linkObjective(c)} ${o.title}` : c;
    }),
  );
}

/** Letters e) and f) and the catalogue of procedures with timeliness; `level` of the headings (2 or 3). */
export function procedureRecords(
  ctx: PageContext,
  doc: PlanDocument,
  linkObjective: ObjectiveLinker,
  level: 2 | 3 = 2,
): SafeHtml {
  const pr = doc.procedures;
  if (pr.procedures.length + pr.simplifications.length + pr.accessibility.length === 0) {
    return html`<p>${ctx.t("pv.page.noProcedures")}</p>`;
  }
  const h = (id: string, text: string) =>
    level === 2
      ? html`<h2 class="h4 mt-4" id="${id}">${text}</h2>`
      : html`<h3 class="h5 mt-4" id="${id}">${text}</h3>`;
  const summary = timelinessSummary(pr.procedures);
  return html`${h("semplificazione", ctx.t("pv.page.simplification"))}
<p>${ctx.t("pv.page.simplificationAbout")}</p>
${dataTable({
  caption: ctx.t("pv.page.simplificationCaption"),
  captionVisible: false,
  head: [
    ctx.t("pv.page.code"),
    ctx.t("pv.page.action"),
    ctx.t("pv.page.year"),
    ctx.t("pv.page.procedures"),
    ctx.t("pv.page.carriedBy"),
  ],
  rowHeaders: true,
  rows: pr.simplifications.map((s) => [
    s.code,
    html`<strong>${s.title}</strong>${s.description.trim() ? html`<br>${s.description}` : ""}`,
    String(s.year),
    dash(
      s.procedureCodes.map((c) => {
        const p = pr.procedures.find((x) => x.code === c);
        return p ? `${p.code} ${p.title}` : c;
      }),
    ),
    objectiveCell(doc, s.objectiveCodes, linkObjective),
  ]),
  empty: ctx.t("pv.page.noSimplifications"),
})}
${h("accessibilita", ctx.t("pv.page.accessibility"))}
<p>${ctx.t("pv.page.accessibilityAbout")}</p>
${dataTable({
  caption: ctx.t("pv.page.accessibilityCaption"),
  captionVisible: false,
  head: [
    ctx.t("pv.page.code"),
    ctx.t("pv.page.action"),
    ctx.t("pv.page.kind"),
    ctx.t("pv.page.audiences"),
    ctx.t("pv.page.deadline"),
    ctx.t("pv.page.carriedBy"),
  ],
  rowHeaders: true,
  rows: pr.accessibility.map((a) => [
    a.code,
    html`<strong>${a.title}</strong>${a.description.trim() ? html`<br>${a.description}` : ""}`,
    ctx.t(`pv.kind.${a.kind}`),
    dash(a.audiences.map((x) => ctx.t(`pv.audience.${x}`))),
    a.deadline ? formatItalianDate(a.deadline) : "—",
    objectiveCell(doc, a.objectiveCodes, linkObjective),
  ]),
  empty: ctx.t("pv.page.noAccessibility"),
})}
${h("procedimenti", ctx.t("pv.page.catalogue"))}
${dataTable({
  caption: ctx.t("pv.page.catalogueCaption"),
  head: [
    ctx.t("pv.page.code"),
    ctx.t("pv.page.procedure"),
    ctx.t("pv.page.unit"),
    ctx.t("pv.page.legalDeadline"),
    ctx.t("pv.page.onList"),
    ctx.t("pv.page.year"),
    ctx.t("pv.page.concluded"),
    ctx.t("pv.page.averageDays"),
    ctx.t("pv.page.lateShare"),
    ctx.t("pv.page.timeliness"),
  ],
  numeric: [3, 6, 7, 8],
  rowHeaders: true,
  rows: pr.procedures.flatMap((p) => {
    const head: HtmlValue[] = [
      p.code,
      html`${p.title}${p.legalBasis ? html`<br><span class="small text-muted">${p.legalBasis}</span>` : ""}`,
      unitName(doc, p.unitKey),
      String(p.legalDeadlineDays),
      ctx.t(p.onSimplificationList ? "pv.page.yes" : "pv.page.no"),
    ];
    const rows = timelinessRows(p);
    if (rows.length === 0) return [[...head, "—", "—", "—", "—", ctx.t("pv.page.notMonitored")]];
    return rows.map((t) => [
      ...head,
      String(t.year),
      numberText(ctx, t.concluded, 0),
      numberText(ctx, t.averageDays),
      t.lateShare === null ? "—" : percentText(ctx, Math.round(t.lateShare * 10) / 10),
      t.overdue
        ? html`<strong class="text-danger">${ctx.t("pv.page.overdue", { ratio: numberText(ctx, t.ratio * 100, 0) })}</strong>`
        : ctx.t("pv.page.inTime", { ratio: numberText(ctx, t.ratio * 100, 0) }),
    ]);
  }),
})}
${dataTable({
  caption: ctx.t("pv.page.summaryCaption"),
  head: [
    ctx.t("pv.page.year"),
    ctx.t("pv.page.monitored"),
    ctx.t("pv.page.concluded"),
    ctx.t("pv.page.late"),
    ctx.t("pv.page.lateShare"),
    ctx.t("pv.page.overdueCount"),
  ],
  numeric: [1, 2, 3, 4, 5],
  rowHeaders: true,
  rows: summary.map((s) => [
    String(s.year),
    String(s.procedures),
    numberText(ctx, s.concluded, 0),
    numberText(ctx, s.concludedLate, 0),
    s.lateShare === null ? "—" : percentText(ctx, Math.round(s.lateShare * 10) / 10),
    String(s.overdue),
  ]),
  empty: ctx.t("pv.page.noTimeliness"),
})}`;
}
