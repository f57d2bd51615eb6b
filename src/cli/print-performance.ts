/** The achievement tree of a campaign, as `piao performance` prints it. */
import type { Achievement } from "../domain/achievement/types.ts";
import { formatMeasured, formatTarget } from "../domain/format-value.ts";
import { formatDate, formatNumber, translate } from "../i18n/index.ts";
import type { ObjectiveReport, PerformanceReport } from "../services/performance.ts";
import type { CliContext } from "./context.ts";

function score(ctx: CliContext, a: Achievement): string {
  const t = (code: string, params: Record<string, string | number> = {}) =>
    translate(code, params, ctx.lang);
  if (a.blocked && a.score === null) return t("perf.blocked");
  if (a.score === null) return t("perf.notComputable");
  const band = a.band ? ` ${ctx.lang === "it" ? a.band.label : a.band.id.replace("_", " ")}` : "";
  const blocked = a.blocked ? ` (${t("perf.partlyBlocked")})` : "";
  return `${formatNumber(Math.round(a.score * 10) / 10, ctx.lang)}%${band}${blocked}`;
}

function printObjective(ctx: CliContext, o: ObjectiveReport, indent: string): void {
  const t = (code: string, params: Record<string, string | number> = {}) =>
    translate(code, params, ctx.lang);
  const result = o.neutralisedReason
    ? t("perf.neutralised", { reason: o.neutralisedReason })
    : score(ctx, o.achievement);
  ctx.out(`${indent}${o.code} ${o.title}: ${result}`);
  for (const i of o.indicators) {
    const target = i.reprogrammed
      ? t("perf.targetReprogrammed", {
          original: formatTarget(i.originalTarget),
          target: formatTarget(i.target),
        })
      : t("perf.target", { target: formatTarget(i.target) });
    const measured = i.measurement
      ? `, ${t("perf.measured")} ${formatMeasured(i.measurement, t("perf.notYet"))}`
      : "";
    const result =
      i.result.state === "scored"
        ? `${formatNumber(Math.round((i.result.score ?? 0) * 10) / 10, ctx.lang)}%`
        : t(`perf.state.${i.result.state}`);
    const delay = i.result.delayDays ? ` (${t("perf.delay", { n: i.result.delayDays })})` : "";
    ctx.out(`${indent}  ${i.code} ${i.description} — ${target}${measured}: ${result}${delay}`);
  }
}

function printUnit(
  ctx: CliContext,
  r: PerformanceReport,
  parent: string | null,
  depth: number,
): void {
  for (const u of r.units.filter((x) => x.parentKey === parent)) {
    const indent = "  ".repeat(depth);
    ctx.out(`${indent}${u.name}: ${score(ctx, u.achievement)}`);
    for (const o of r.objectives.filter((x) => x.unitKey === u.key))
      printObjective(ctx, o, `${indent}  `);
    printUnit(ctx, r, u.key, depth + 1);
  }
}

export function printPerformance(ctx: CliContext, r: PerformanceReport): void {
  const t = (code: string, params: Record<string, string | number> = {}) =>
    translate(code, params, ctx.lang);
  ctx.out(
    t("perf.heading", {
      kind: t(`campaign.kind.${r.campaign.kind}`),
      year: String(r.campaign.year),
      date: formatDate(r.campaign.referenceDate),
      status: t(`campaign.status.${r.campaign.status}`),
    }),
  );
  ctx.out();
  ctx.out(`${r.administration.name}: ${score(ctx, r.administration.achievement)}`);
  printUnit(ctx, r, null, 1);
  for (const o of r.objectives.filter((x) => x.unitKey === null)) printObjective(ctx, o, "  ");
  if (r.positiveActions.length > 0) {
    ctx.out();
    ctx.out(t("cli.summary.actions"));
    for (const a of r.positiveActions)
      ctx.out(`  ${a.number} ${a.title}: ${score(ctx, a.achievement)}`);
  }
}
