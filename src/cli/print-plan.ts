/** The plan summary printed by `piao demo` and `piao import`. */
import type { OrgUnit, PlanDocument } from "../domain/plan.ts";
import { INDICATOR_KINDS } from "../domain/plan.ts";
import { formatDate, translate } from "../i18n/index.ts";
import type { CliContext } from "./context.ts";

export function printPlanSummary(ctx: CliContext, doc: PlanDocument, edition: number): void {
  const t = (code: string, params: Record<string, string | number> = {}) =>
    translate(code, params, ctx.lang);
  const indicators = doc.objectives.flatMap((o) => o.indicators);
  const kinds = INDICATOR_KINDS.map(
    (k) => [k, indicators.filter((i) => i.kind === k).length] as const,
  )
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${t(`kind.${k}`)}`)
    .join(", ");
  ctx.out(t("cli.summary.title", { name: doc.administration.name, title: doc.plan.title }));
  ctx.out(
    t("cli.summary.edition", {
      period: `${doc.plan.startYear}-${doc.plan.endYear}`,
      edition: String(edition),
      date: doc.plan.documentDate ? formatDate(doc.plan.documentDate) : "—",
      status: t(`status.${doc.plan.status}`),
    }),
  );
  ctx.out(
    t("cli.summary.counts", {
      units: doc.units.length,
      actions: doc.positiveActions.length,
      objectives: doc.objectives.length,
      indicators: indicators.length,
      kinds,
    }),
  );
  if (doc.positiveActions.length > 0) {
    ctx.out();
    ctx.out(t("cli.summary.actions"));
    for (const a of doc.positiveActions) {
      const n = doc.objectives.filter((o) => o.positiveAction === a.number).length;
      ctx.out(`  ${t("cli.summary.action", { number: String(a.number), title: a.title, n })}`);
    }
  }
  if (doc.units.length > 0) {
    ctx.out();
    ctx.out(t("cli.summary.units"));
    printUnits(ctx, doc, null, 1);
  }
}

function printUnits(
  ctx: CliContext,
  doc: PlanDocument,
  parent: string | null,
  depth: number,
): void {
  for (const unit of doc.units.filter((u: OrgUnit) => u.parentKey === parent)) {
    const n = doc.objectives.filter((o) => o.unitKey === unit.key).length;
    ctx.out(
      translate(
        "cli.summary.unit",
        {
          indent: "  ".repeat(depth),
          name: unit.name,
          kind: translate(`unit.${unit.kind}`, {}, ctx.lang),
          n,
        },
        ctx.lang,
      ),
    );
    printUnits(ctx, doc, unit.key, depth + 1);
  }
}
