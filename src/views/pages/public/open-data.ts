/**
 * /trasparenza/dati: the licence, the catalogue, how to read the files, then
 * for every published plan a table of its datasets with a link per format,
 * and the columns of each dataset. Tables have captions and header cells.
 */
import { formatDate } from "../../../i18n/index.ts";
import {
  CODES,
  COLUMNS,
  DATASET_IDS,
  type DatasetId,
} from "../../../services/open-data/datasets.ts";
import { FORMATS, type Format, MEDIA_TYPES } from "../../../services/open-data/formats.ts";
import { CATALOGUE_PATH, openDataPath, planAnchor } from "../../../services/open-data/links.ts";
import type { PublicPlanMeta } from "../../../services/public/read.ts";
import { dataTable } from "../../components/table.ts";
import { html, type SafeHtml } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";

export interface OpenDataPlan {
  meta: PublicPlanMeta;
  administrationName: string;
  rows: Record<DatasetId, number>;
}

export interface OpenDataPageData {
  plans: OpenDataPlan[];
  license: { licenseUrl: string; licenseName: string };
}

function fileLink(
  ctx: PageContext,
  plan: OpenDataPlan,
  dataset: DatasetId,
  format: Format,
  query = "",
): SafeHtml {
  const text = query ? ctx.t("openData.page.csvSemicolon") : format.toUpperCase();
  const label = ctx.t("openData.page.fileLabel", {
    dataset: ctx.t(`openData.dataset.${dataset}`),
    period: plan.meta.period,
    format: text,
  });
  const href = `${openDataPath(plan.meta, dataset, format)}${query}`;
  const type = MEDIA_TYPES[format].split(";")[0];
  return html`<a href="${href}" aria-label="${label}" type="${type}" download>${text}</a>`;
}

function planSection(ctx: PageContext, plan: OpenDataPlan): SafeHtml {
  const { meta } = plan;
  const params = { administration: plan.administrationName, period: meta.period };
  return html`<section class="mb-5" id="${planAnchor(meta)}" aria-labelledby="${planAnchor(meta)}-title">
<h2 class="h4" id="${planAnchor(meta)}-title">${ctx.t("openData.page.planHeading", params)}</h2>
<p>${ctx.t("openData.page.planMeta", { edition: meta.editionNumber, date: formatDate(meta.publishedAt.slice(0, 10)) })}</p>
${dataTable({
  caption: ctx.t("openData.page.filesCaption", params),
  head: [
    ctx.t("openData.page.dataset"),
    ctx.t("openData.page.description"),
    ctx.t("openData.page.rows"),
    ...FORMATS.map((f) => f.toUpperCase()),
    ctx.t("openData.page.csvSemicolon"),
  ],
  numeric: [2],
  rowHeaders: true,
  rows: DATASET_IDS.map((dataset) => [
    ctx.t(`openData.dataset.${dataset}`),
    ctx.t(`openData.dataset.${dataset}.description`),
    plan.rows[dataset],
    ...FORMATS.map((format) => fileLink(ctx, plan, dataset, format)),
    fileLink(ctx, plan, dataset, "csv", "?separatore=%3B"),
  ]),
})}
</section>`;
}

function columnTables(ctx: PageContext): SafeHtml {
  return html`${DATASET_IDS.map((dataset) =>
    dataTable({
      caption: ctx.t("openData.page.columnsCaption", {
        dataset: ctx.t(`openData.dataset.${dataset}`),
      }),
      head: [
        ctx.t("openData.page.header"),
        ctx.t("openData.page.name"),
        ctx.t("openData.page.type"),
      ],
      rowHeaders: true,
      rows: COLUMNS[dataset].map((c) => [
        c.header,
        html`<code>${c.name}</code>`,
        ctx.t(`openData.type.${c.type}`),
      ]),
    }),
  )}
${dataTable({
  caption: ctx.t("openData.page.codesCaption"),
  head: [ctx.t("openData.page.name"), ctx.t("openData.page.codes")],
  rowHeaders: true,
  rows: Object.entries(CODES).map(([column, codes]) => [
    html`<code>${column}</code>`,
    html`${codes.map((code, i) => html`${i > 0 ? "; " : ""}<code>${code}</code> ${ctx.t(`openData.code.${code}`)}`)}`,
  ]),
})}`;
}

export function openDataPage(ctx: PageContext, data: OpenDataPageData): PageOptions {
  const { license } = data;
  return {
    title: ctx.t("openData.page.title"),
    lead: ctx.t("openData.page.lead"),
    crumbs: [
      { label: ctx.t("public.nav.administrations"), href: "/trasparenza" },
      { label: ctx.t("openData.page.title") },
    ],
    body: html`<section class="mb-4" aria-labelledby="licenza">
<h2 class="h4" id="licenza">${ctx.t("openData.page.license")}</h2>
<p>${ctx.t("openData.page.licenseText", { name: license.licenseName })} <a href="${license.licenseUrl}" rel="license">${license.licenseUrl}</a></p>
</section>
<section class="mb-4" aria-labelledby="catalogo">
<h2 class="h4" id="catalogo">${ctx.t("openData.page.catalogue")}</h2>
<p>${ctx.t("openData.page.catalogueText")} <a href="${CATALOGUE_PATH}" type="application/ld+json">${CATALOGUE_PATH}</a></p>
</section>
${
  data.plans.length === 0
    ? html`<p class="alert alert-info" role="status">${ctx.t("openData.page.none")}</p>`
    : data.plans.map((plan) => planSection(ctx, plan))
}
<section class="mb-4" aria-labelledby="come-leggere">
<h2 class="h4" id="come-leggere">${ctx.t("openData.page.howToRead")}</h2>
<ul>
<li>${ctx.t("openData.page.stable")}</li>
<li>${ctx.t("openData.page.encoding")}</li>
<li>${ctx.t("openData.page.dates")}</li>
<li>${ctx.t("openData.page.numbers")}</li>
<li>${ctx.t("openData.page.formulas")}</li>
<li>${ctx.t("openData.page.values")}</li>
</ul>
<h3 class="h5">${ctx.t("openData.page.columns")}</h3>
${columnTables(ctx)}
</section>`,
  };
}
