/**
 * The open data: the files of every published plan at stable addresses
 * (/trasparenza/enti/:administrationId/piao/:period/dati/<dataset>.<csv|json|xlsx>),
 * the page that lists them (/trasparenza/dati) and the DCAT-AP_IT catalogue.
 * Everything is public, built only through services/public/read.ts and kept
 * by publication generation (ETag, 304) in http/public/cache.ts.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { OpenDataConfig } from "../../../config.ts";
import { AppError } from "../../../services/errors.ts";
import { openDataCatalogue } from "../../../services/open-data/catalogue.ts";
import {
  buildDataset,
  DATASET_IDS,
  type DatasetId,
  isDatasetId,
} from "../../../services/open-data/datasets.ts";
import {
  datasetCsv,
  datasetFileName,
  datasetJson,
  datasetXlsx,
  FORMATS,
  type Format,
  isFormat,
  MEDIA_TYPES,
  type Separator,
} from "../../../services/open-data/formats.ts";
import { CATALOGUE_PATH, OPEN_DATA_PAGE } from "../../../services/open-data/links.ts";
import { publicationGeneration } from "../../../services/public/generation.ts";
import {
  listPublishedPlans,
  type PublishedPlan,
  publishedPlan,
  publishedPlanByPeriod,
} from "../../../services/public/read.ts";
import type { Db } from "../../../store/database.ts";
import { type OpenDataPlan, openDataPage } from "../../../views/pages/public/open-data.ts";
import type { AppDeps } from "../../deps.ts";
import type { Built } from "../../public/cache.ts";
import { sendPublic } from "../../public/cache.ts";
import { sendPublicPage } from "../../public/page.ts";

/** "obiettivi.csv" → its dataset and format; anything else is not a file of ours. */
function parseFile(file: string): { dataset: DatasetId; format: Format } {
  const m = /^([a-z-]+)\.([a-z]+)$/.exec(file);
  const dataset = m?.[1] ?? "";
  const format = m?.[2] ?? "";
  if (isDatasetId(dataset) && isFormat(format)) return { dataset, format };
  throw new AppError("not_found", "openData.unknownFile", {
    file,
    datasets: DATASET_IDS.join(", "),
    formats: FORMATS.join(", "),
  });
}

/** `?separatore=;` (or `?sep=;`): the CSV's separator, a comma by default. */
function separatorOf(request: FastifyRequest): Separator {
  const query = request.query as Record<string, unknown>;
  const raw = query.separatore ?? query.sep;
  if (raw === undefined || raw === ",") return ",";
  if (raw === ";") return ";";
  throw new AppError("invalid_input", "openData.badSeparator");
}

async function datasetFile(
  plan: PublishedPlan,
  dataset: DatasetId,
  format: Format,
  separator: Separator,
  license: OpenDataConfig,
): Promise<Built> {
  const data = buildDataset(plan, dataset);
  const body =
    format === "csv"
      ? datasetCsv(data, separator)
      : format === "json"
        ? datasetJson(plan, data, license)
        : await datasetXlsx(plan, data, license);
  return { body, type: MEDIA_TYPES[format], fileName: datasetFileName(plan, data, format) };
}

/** Every published plan, as read.ts gives it, newest first. */
async function allPublished(db: Db): Promise<PublishedPlan[]> {
  const plans: PublishedPlan[] = [];
  for (const meta of await listPublishedPlans(db)) {
    const plan = await publishedPlan(db, meta.planId);
    if (plan) plans.push(plan);
  }
  return plans;
}

function pagePlan(plan: PublishedPlan): OpenDataPlan {
  const rows = Object.fromEntries(
    DATASET_IDS.map((id) => [id, buildDataset(plan, id).rows.length]),
  ) as Record<DatasetId, number>;
  return { meta: plan.meta, administrationName: plan.administration.name, rows };
}

export function registerOpenDataRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;
  const license = deps.config.openData;

  app.get(OPEN_DATA_PAGE, { config: { access: "public" } }, (request, reply) =>
    sendPublicPage(request, reply, db, async (ctx) =>
      openDataPage(ctx, { plans: (await allPublished(db)).map(pagePlan), license }),
    ),
  );

  app.get(CATALOGUE_PATH, { config: { access: "public" } }, (request, reply) =>
    sendPublic(request, reply, db, async () => {
      const generation = await publicationGeneration(db);
      const catalogue = openDataCatalogue(await allPublished(db), {
        publicUrl: deps.config.publicUrl,
        license,
        modified: generation.changedAt || null,
      });
      return {
        body: `${JSON.stringify(catalogue, null, 2)}\n`,
        type: "application/ld+json; charset=utf-8",
      };
    }),
  );

  app.get(
    "/trasparenza/enti/:administrationId/piao/:period/dati/:file",
    { config: { access: "public" } },
    async (request, reply) => {
      const params = request.params as { administrationId: string; period: string; file: string };
      const { dataset, format } = parseFile(params.file);
      const separator = separatorOf(request);
      return sendPublic(request, reply, db, async () => {
        if (!/^\d{1,9}$/.test(params.administrationId)) return null;
        const plan = await publishedPlanByPeriod(
          db,
          Number(params.administrationId),
          params.period,
        );
        return plan ? datasetFile(plan, dataset, format, separator, license) : null;
      });
    },
  );
}
