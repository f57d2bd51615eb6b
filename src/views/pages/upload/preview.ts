/** The preview of an uploaded file: every diagnostic, what would change, and confirm / cancel. */
import type { Diagnostic } from "../../../domain/diagnostics.ts";
import type { RecordDiff } from "../../../domain/plan-diff.ts";
import { formatDiagnostic, translate } from "../../../i18n/index.ts";
import type {
  FiguresPreview,
  PlanPreview,
  UploadPreview,
} from "../../../services/upload-import.ts";
import { alertBox } from "../../components/alerts.ts";
import { postButton } from "../../components/forms.ts";
import { dataTable } from "../../components/table.ts";
import { type HtmlValue, html, type SafeHtml } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";

function diagnosticsList(ctx: PageContext, diagnostics: Diagnostic[]): HtmlValue {
  if (diagnostics.length === 0) return html`<p>${ctx.t("upload.noProblems")}</p>`;
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  return html`<h2 class="h5">${ctx.t("upload.problems", { n: diagnostics.length, errors })}</h2>
<ul>${diagnostics.map((d) => html`<li class="${d.severity === "error" ? "text-danger" : ""}">${formatDiagnostic(d, ctx.lang)}</li>`)}</ul>`;
}

function recordTable(ctx: PageContext, caption: string, diff: RecordDiff): SafeHtml {
  const rows: HtmlValue[][] = [
    ...diff.added.map((c) => [c, ctx.t("upload.diff.added"), "—"]),
    ...diff.removed.map((c) => [c, ctx.t("upload.diff.removed"), "—"]),
    ...diff.changed.map((c) => [c.code, ctx.t("upload.diff.changed"), c.fields.join(", ")]),
  ];
  return dataTable({
    caption: `${caption}: ${ctx.t("upload.diff.counts", { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length })}`,
    head: [ctx.t("dash.code"), ctx.t("upload.diff.change"), ctx.t("upload.diff.fields")],
    rows,
    empty: ctx.t("upload.diff.none"),
    rowHeaders: true,
  });
}

function planChanges(ctx: PageContext, p: PlanPreview): HtmlValue {
  const doc = p.document;
  if (!doc || !p.step) return "";
  const params = {
    name: doc.administration.name,
    period: `${doc.plan.startYear}-${doc.plan.endYear}`,
    edition: String(p.step.editionNumber),
    objectives: doc.objectives.length,
    indicators: doc.objectives.flatMap((o) => o.indicators).length,
  };
  const summary = alertBox(
    p.step.status === "unchanged" ? "info" : "success",
    ctx.t(`upload.plan.${p.step.status}`, params),
  );
  if (p.step.status !== "updated") return summary;
  const diff = p.step.diff;
  return html`${summary}
${recordTable(ctx, ctx.t("dash.objectives"), diff.objectives)}
${recordTable(ctx, ctx.t("dash.indicators"), diff.indicators)}
${diff.parts.length ? html`<p>${ctx.t("upload.diff.parts", { parts: diff.parts.map((x) => ctx.t(`upload.part.${x}`)).join(", ") })}</p>` : ""}`;
}

const STATUSES = ["created", "updated", "unchanged", "empty"] as const;

function figuresChanges(ctx: PageContext, p: FiguresPreview): HtmlValue {
  const byRow = new Map(p.measurements.map((m) => [m.row, m]));
  const errors = new Set(p.diagnostics.filter((d) => d.severity === "error").map((d) => d.line));
  return html`${dataTable({
    caption: ctx.t("upload.figures.summary", { campaign: String(p.campaignId) }),
    head: [ctx.t("upload.figures.status"), ctx.t("upload.figures.rows")],
    rows: [
      ...STATUSES.map((s) => [
        ctx.t(`upload.figures.${s}`),
        String(p.rows.filter((r) => r.status === s).length),
      ]),
      [ctx.t("upload.figures.invalid"), String(errors.size)],
    ],
    numeric: [1],
    rowHeaders: true,
  })}
${dataTable({
  caption: ctx.t("upload.figures.byRow"),
  head: [ctx.t("upload.figures.row"), ctx.t("dash.code"), ctx.t("upload.figures.status")],
  rows: p.rows.map((r) => {
    const m = byRow.get(r.row);
    return [
      String(r.row),
      m ? `${m.objectiveCode}/${m.indicatorCode}` : "—",
      ctx.t(`upload.figures.${r.status}`),
    ];
  }),
  numeric: [0],
  empty: ctx.t("upload.figures.noRows"),
})}`;
}

function actions(ctx: PageContext, p: UploadPreview): SafeHtml {
  const base = `/importa/${p.uploadId}`;
  const confirm = p.canConfirm
    ? postButton(ctx, `${base}/conferma`, ctx.t("upload.confirm"), "primary")
    : "";
  const validOnly =
    p.kind === "figures" && p.canConfirmValidOnly
      ? postButton(ctx, `${base}/conferma`, ctx.t("upload.confirmValidOnly"), "outline-primary", {
          soloValide: "1",
        })
      : "";
  return html`<div class="d-flex gap-2 mt-4">${confirm}${validOnly}${postButton(ctx, `${base}/annulla`, ctx.t("upload.cancel"), "outline-primary")}</div>
${p.canConfirm || (p.kind === "figures" && p.canConfirmValidOnly) ? "" : html`<p class="mt-2">${ctx.t("upload.cannotConfirmHint")}</p>`}`;
}

export function previewPage(ctx: PageContext, p: UploadPreview): PageOptions {
  return {
    title: ctx.t("upload.previewTitle"),
    crumbs: [{ label: ctx.t("upload.title"), href: "/importa" }, { label: p.fileName }],
    lead: ctx.t(`upload.previewLead.${p.kind}`, { file: p.fileName }),
    body: html`${p.refusal ? alertBox("danger", translate(p.refusal.messageCode, p.refusal.params, ctx.lang)) : ""}
${diagnosticsList(ctx, p.diagnostics)}
${p.kind === "plan" ? planChanges(ctx, p) : figuresChanges(ctx, p)}
${actions(ctx, p)}`,
  };
}
