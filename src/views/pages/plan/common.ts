/** Pieces the plan pages share: links to a plan's records, crumbs, a unit's name, a target. */
import { formatTarget } from "../../../domain/format-value.ts";
import type { Indicator, OrgUnit, PlanDocument } from "../../../domain/plan.ts";
import type { Crumb } from "../../components/breadcrumbs.ts";
import { html, type SafeHtml } from "../../html.ts";
import type { PageContext } from "../../page-context.ts";

export const objectiveHref = (planId: number, code: string) =>
  `/piani/${planId}/obiettivi/${encodeURIComponent(code)}`;

export const auditHref = (entity: string, key: string) =>
  `/registro?entity=${encodeURIComponent(entity)}&key=${encodeURIComponent(key)}`;

export function planCrumbs(
  ctx: PageContext,
  planId: number,
  doc: PlanDocument,
  ...rest: Crumb[]
): Crumb[] {
  return [
    { label: ctx.t("nav.plans"), href: "/piani" },
    { label: `PIAO ${doc.plan.startYear}-${doc.plan.endYear}`, href: `/piani/${planId}` },
    ...rest,
  ];
}

export function unitName(doc: PlanDocument, key: string | null): string {
  if (key === null) return "—";
  return doc.units.find((u) => u.key === key)?.name ?? key;
}

/** The plan's years, for one target column or field each. */
export function planYears(doc: PlanDocument): number[] {
  const years: number[] = [];
  for (let y = doc.plan.startYear; y <= doc.plan.endYear; y++) years.push(y);
  return years;
}

/** "2025: 31/01/2025 · 2026: …" */
export function targetsText(indicator: Indicator): string {
  return indicator.targets.map((t) => `${t.year}: ${formatTarget(t.value)}`).join(" · ") || "—";
}

/** A link to the objective, with its code and title (escaped like every value). */
export function objectiveLink(planId: number, code: string, title: string): SafeHtml {
  return html`<a href="${objectiveHref(planId, code)}">${code}</a> ${title}`;
}

/** "Area Risorse …" as it is; a unit whose name does not say its kind gets it in front ("Ufficio Protocollo"). */
export function unitTitle(ctx: PageContext, unit: Pick<OrgUnit, "kind">, text: string): string {
  const kind = ctx.t(`unit.${unit.kind}`);
  return text.toLowerCase().startsWith(kind.toLowerCase()) ? text : `${kind} ${text}`;
}
