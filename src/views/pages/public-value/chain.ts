/**
 * /piani/:planId/valore-pubblico: the chain public value → performance
 * objectives → indicators → achievement in the latest campaign, with the
 * impact indicators against their targets and the anti-corruption measures
 * linked; each level says its achievement or that it is not yet measured.
 */
import { formatMeasured, formatTarget } from "../../../domain/format-value.ts";
import type { PlanDocument } from "../../../domain/plan.ts";
import type {
  ChainNode,
  ChainObjective,
  ImpactProgress,
  PublicValueChain,
  RollupScore,
} from "../../../domain/public-value/chain.ts";
import { dataTable } from "../../components/table.ts";
import { html, type SafeHtml } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";
import { bandText, percentText } from "../dashboard/scores.ts";
import { objectiveLink, planCrumbs, unitName } from "../plan/common.ts";
import { indicatorScore } from "../public/common.ts";
import { dash, stakeholderText, strategicText } from "./records.ts";

export interface ChainPage {
  planId: number;
  document: PlanDocument;
  chain: PublicValueChain;
}

/** "82,5% (parzialmente raggiunto) — 2 su 2", or "non ancora misurato". */
export function rollupText(
  ctx: PageContext,
  r: RollupScore | { score: number | null; band: RollupScore["band"] } | null,
): string {
  if (!r || r.score === null) return ctx.t("pv.page.notYetMeasured");
  const band = r.band ? ` (${bandText(ctx, r.band)})` : "";
  return `${percentText(ctx, Math.round(r.score * 100) / 100)}${band}`;
}

const counted = (ctx: PageContext, r: RollupScore) =>
  ctx.t("pv.page.counted", { counted: r.counted, total: r.total });

function objectiveItem(ctx: PageContext, page: ChainPage, o: ChainObjective): SafeHtml {
  return html`<li>${objectiveLink(page.planId, o.code, o.title)}
  <span class="text-muted">(${unitName(page.document, o.unitKey)})</span> —
  <strong>${ctx.t("pv.page.achievement")}: ${rollupText(ctx, o.achievement)}</strong>
  ${
    o.indicators.length
      ? html`<ul>${o.indicators.map(
          (i) =>
            html`<li>${i.code} ${i.description}: ${ctx.t("pv.page.target")} ${formatTarget(i.target) || "—"}, ${ctx.t("pv.page.measured")} ${formatMeasured(i.measurement) || "—"} — ${i.result ? indicatorScore(ctx, i.result) : ctx.t("pv.page.notYetMeasured")}</li>`,
        )}</ul>`
      : ""
  }</li>`;
}

function impactRows(ctx: PageContext, impact: ImpactProgress[]): SafeHtml {
  return dataTable({
    caption: ctx.t("pv.page.impactProgress"),
    head: [
      ctx.t("pv.page.code"),
      ctx.t("pv.page.description"),
      ctx.t("pv.page.year"),
      ctx.t("pv.page.target"),
      ctx.t("pv.page.measured"),
      ctx.t("pv.page.achievement"),
    ],
    rowHeaders: true,
    rows: impact.map((p) => {
      const l = p.latest;
      return [
        p.indicator.code,
        html`${p.indicator.description}${p.indicator.source ? html` <span class="text-muted">(${ctx.t("pv.page.source")}: ${p.indicator.source})</span>` : ""}`,
        l ? String(l.year) : "—",
        l ? formatTarget(l.target) : "—",
        l ? formatTarget(l.measured) : "—",
        l ? indicatorScore(ctx, l.result) : ctx.t("pv.page.notYetMeasured"),
      ];
    }),
    empty: ctx.t("pv.page.noImpact"),
  });
}

function nodeSection(ctx: PageContext, page: ChainPage, n: ChainNode): SafeHtml {
  const doc = page.document;
  const pv = doc.publicValue.objectives.find((o) => o.code === n.code);
  return html`<section class="mb-5" aria-labelledby="vp-${n.code}">
<h2 class="h4" id="vp-${n.code}">${n.code} ${n.title}</h2>
${n.description.trim() ? html`<p>${n.description}</p>` : ""}
<dl class="row">
<dt class="col-sm-4">${ctx.t("pv.page.fromStrategic")}</dt><dd class="col-sm-8">${pv ? dash(strategicText(doc, pv)) : "—"}</dd>
<dt class="col-sm-4">${ctx.t("pv.page.forStakeholders")}</dt><dd class="col-sm-8">${pv ? dash(stakeholderText(doc, pv)) : "—"}</dd>
<dt class="col-sm-4">${ctx.t("pv.page.performanceScore")}</dt><dd class="col-sm-8">${rollupText(ctx, n.performance)} <span class="text-muted">· ${counted(ctx, n.performance)}</span></dd>
<dt class="col-sm-4">${ctx.t("pv.page.impactScore")}</dt><dd class="col-sm-8">${rollupText(ctx, n.impactScore)} <span class="text-muted">· ${counted(ctx, n.impactScore)}</span></dd>
</dl>
<h3 class="h5">${ctx.t("pv.page.carriedBy")}</h3>
${n.objectives.length ? html`<ul>${n.objectives.map((o) => objectiveItem(ctx, page, o))}</ul>` : html`<p class="text-muted">${ctx.t("pv.page.noObjectives")}</p>`}
<h3 class="h5">${ctx.t("pv.page.impact")}</h3>
${impactRows(ctx, n.impact)}
<h3 class="h5">${ctx.t("pv.page.measures")}</h3>
${
  n.measures.length
    ? html`<ul>${n.measures.map(
        (m) =>
          html`<li>${m.measure.code} ${m.measure.title} — ${ctx.t(m.status ? `pv.measureStatus.${m.status}` : "pv.measureStatus.none")}</li>`,
      )}</ul>`
    : html`<p class="text-muted">${ctx.t("pv.page.noMeasures")}</p>`
}
</section>`;
}

export function chainPage(ctx: PageContext, page: ChainPage): PageOptions {
  const { chain, document: doc } = page;
  const c = chain.campaign;
  const lead = c
    ? ctx.t("pv.page.campaign", {
        kind: ctx.t(`campaign.kind.${c.kind}`),
        year: String(c.year),
        date: formatTarget({ kind: "deadline", date: c.referenceDate }),
      })
    : ctx.t("pv.page.noCampaign");
  return {
    title: ctx.t("pv.page.chainTitle"),
    crumbs: planCrumbs(ctx, page.planId, doc, { label: ctx.t("pv.page.chainTitle") }),
    lead: `${doc.administration.name} — ${lead}`,
    body:
      chain.nodes.length === 0
        ? html`<p>${ctx.t("pv.page.none")}</p>`
        : html`${dataTable({
            caption: ctx.t("pv.page.summary"),
            head: [
              ctx.t("pv.page.objective"),
              ctx.t("pv.page.performanceScore"),
              ctx.t("pv.page.impactScore"),
            ],
            rowHeaders: true,
            rows: [
              ...chain.nodes.map((n) => [
                html`<a href="#vp-${n.code}">${n.code}</a> ${n.title}`,
                rollupText(ctx, n.performance),
                rollupText(ctx, n.impactScore),
              ]),
              [
                ctx.t("pv.page.wholePlan"),
                rollupText(ctx, chain.performance),
                rollupText(ctx, chain.impactScore),
              ],
            ],
          })}
${chain.nodes.map((n) => nodeSection(ctx, page, n))}`,
  };
}
