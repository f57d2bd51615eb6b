/** Scores and bands as the dashboard and the validation pages print them: 79,84% · parzialmente raggiunto. */
import type { Achievement, Band } from "../../../domain/achievement/types.ts";
import type { PageContext } from "../../page-context.ts";

export function percentText(ctx: PageContext, score: number): string {
  const locale = ctx.lang === "it" ? "it-IT" : "en-GB";
  return `${score.toLocaleString(locale, { maximumFractionDigits: 2 })}%`;
}

/** The score of a node, or why there is none (never a silent 0). */
export function scoreText(ctx: PageContext, a: Achievement): string {
  if (a.score === null) return ctx.t(a.blocked ? "perf.blocked" : "perf.notComputable");
  return percentText(ctx, a.score);
}

export function bandText(ctx: PageContext, band: Band | null): string {
  if (!band) return "—";
  // Bands configured by the administration carry only their Italian label.
  return ctx.lang === "it" ? band.label : ctx.t(`dash.band.${band.id}`);
}

export function countedText(ctx: PageContext, a: Achievement): string {
  return ctx.t("dash.counted", { counted: a.counted, total: a.total });
}
