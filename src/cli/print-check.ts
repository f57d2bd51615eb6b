/** The completeness report of `piao check`. */
import type { CheckReport, RequirementStatus } from "../domain/check.ts";
import type { PlanDocument } from "../domain/plan.ts";
import { formatDiagnostic, translate } from "../i18n/index.ts";
import type { CliContext } from "./context.ts";

function line(ctx: CliContext, r: RequirementStatus, label: string): string {
  const t = (code: string, params: Record<string, string | number> = {}) =>
    translate(code, params, ctx.lang);
  const status =
    r.status === "present"
      ? t("cli.check.present")
      : r.required
        ? t("cli.check.missing")
        : `${t("cli.check.missing")}, ${t("cli.check.notRequired")}`;
  const evidence = r.evidence ? ` — ${t(r.evidence.code, r.evidence.params)}` : "";
  const detail = r.detail ? ` (${t(r.detail.code, r.detail.params)})` : "";
  return `  [${status}] ${label.padEnd(4)} ${r.title}${evidence}${detail}`;
}

/** "Piano completo", or "Piano incompleto: mancano 2.1 Valore pubblico, e) …". */
export function completenessLine(report: CheckReport, lang: CliContext["lang"]): string {
  const t = (code: string, params: Record<string, string | number> = {}) =>
    translate(code, params, lang);
  if (report.complete) return t(report.simplified ? "check.completeSimplified" : "check.complete");
  if (report.missing.length === 0) {
    const n = report.problems.filter((p) => p.severity === "error").length;
    return t("check.incompleteErrors", { n });
  }
  const isSection = (r: RequirementStatus) => report.sections.includes(r);
  const names = report.missing.map((r) => {
    const name = `${isSection(r) ? r.id : `${r.id})`} ${r.title}`;
    return r.detail ? `${name} (${t(r.detail.code, r.detail.params)})` : name;
  });
  return t("check.incomplete", { missing: names.join("; ") });
}

export function printCheckReport(ctx: CliContext, doc: PlanDocument, report: CheckReport): void {
  const t = (code: string, params: Record<string, string | number> = {}) =>
    translate(code, params, ctx.lang);
  ctx.out(t("cli.check.heading", { period: `${doc.plan.startYear}-${doc.plan.endYear}` }));
  if (report.simplified) ctx.out(t("cli.check.simplified"));
  ctx.out();
  ctx.out(t("cli.check.sections"));
  for (const s of report.sections) ctx.out(line(ctx, s, s.id));
  ctx.out();
  ctx.out(t("cli.check.law"));
  for (const l of report.lawContents) ctx.out(line(ctx, l, `${l.id})`));
  ctx.out();
  if (report.problems.length === 0) ctx.out(t("cli.check.noProblems"));
  else {
    ctx.out(t("cli.check.problems", { n: report.problems.length }));
    for (const p of report.problems) ctx.out(`  ${formatDiagnostic(p, ctx.lang)}`);
  }
  const present = report.sections.filter((s) => s.status === "present").length;
  ctx.out();
  ctx.out(
    t("cli.check.summary", {
      present,
      missing: report.sections.length - present,
      lawPresent: report.lawContents.filter((l) => l.status === "present").length,
    }),
  );
  ctx.out(completenessLine(report, ctx.lang));
}
