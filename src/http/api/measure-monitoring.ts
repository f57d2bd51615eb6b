/**
 * The monitoring of anti-corruption measures through the API: the list of a
 * campaign's measures with their status, and the write of one measure's
 * status (token auth, version guard, same service as the web form).
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { MEASURE_KINDS, MEASURE_STATUSES } from "../../domain/sections/risk.ts";
import { translate } from "../../i18n/index.ts";
import { AppError } from "../../services/errors.ts";
import { campaignMeasures, recordMeasureStatus } from "../../services/measure-monitoring.ts";
import { getCampaign } from "../../store/repositories/campaign.repository.ts";
import { authorise, currentUser } from "../access.ts";
import type { AppDeps } from "../deps.ts";
import { API_PREFIX } from "./index.ts";
import { ApiInputError, apiLang } from "./problem.ts";
import { apiRoute } from "./route.ts";

const CampaignParams = z.object({ campaignId: z.coerce.number().int().min(1) });

const MeasureStatusSchema = z
  .object({
    campaignId: z.number().int(),
    measureCode: z.string(),
    status: z.enum(MEASURE_STATUSES),
    reason: z.string().nullable(),
    enteredBy: z.string(),
    enteredAt: z.string(),
    version: z.number().int().describe("Send it back as expectedVersion to change it again"),
  })
  .meta({ id: "MeasureStatus" });

const MeasureStatusInputSchema = z
  .object({
    status: z.enum(MEASURE_STATUSES),
    reason: z
      .string()
      .max(2000)
      .nullable()
      .optional()
      .describe("Required unless the status is implemented"),
    expectedVersion: z
      .number()
      .int()
      .min(0)
      .describe("The version read (0 for a first status); another: 409"),
  })
  .strict()
  .meta({ id: "MeasureStatusInput" });

const CampaignMeasureSchema = z
  .object({
    code: z.string(),
    title: z.string(),
    kind: z.enum(MEASURE_KINDS),
    unitKey: z.string(),
    deadline: z.string().nullable(),
    status: MeasureStatusSchema.omit({ campaignId: true, measureCode: true }).nullable(),
  })
  .meta({ id: "CampaignMeasure" });

const CampaignMeasureListSchema = z
  .object({ campaignId: z.number().int(), items: z.array(CampaignMeasureSchema) })
  .meta({ id: "CampaignMeasureList" });

export function registerMeasureMonitoringApi(app: FastifyInstance, deps: AppDeps): void {
  const { store } = deps;
  apiRoute(app, {
    method: "GET",
    path: `${API_PREFIX}/campaigns/:campaignId/measures`,
    operationId: "listCampaignMeasures",
    summary: "The plan's anti-corruption measures with their status in a campaign",
    tags: ["Writes"],
    access: "plan.read",
    params: CampaignParams,
    response: CampaignMeasureListSchema,
    handler: async ({ params, request }) => {
      const campaign = await getCampaign(store.db, params.campaignId);
      if (!campaign) {
        throw new AppError("not_found", "campaign.notFound", { id: String(params.campaignId) });
      }
      authorise(request, "plan.read", { administrationId: campaign.administration_id });
      const { lines } = await campaignMeasures(store.db, campaign.id);
      return {
        campaignId: campaign.id,
        items: lines.map(({ measure: m, status }) => ({
          code: m.code,
          title: m.title,
          kind: m.kind,
          unitKey: m.unitKey,
          deadline: m.deadline,
          status: status && {
            status: status.status,
            reason: status.reason,
            enteredBy: status.enteredBy,
            enteredAt: status.enteredAt,
            version: status.version,
          },
        })),
      };
    },
  });

  apiRoute(app, {
    method: "PUT",
    path: `${API_PREFIX}/campaigns/:campaignId/measures/:measureCode`,
    operationId: "putMeasureStatus",
    summary: "Records an anti-corruption measure's status in an open campaign",
    description:
      "implemented, partly or not_implemented; a reason is required unless implemented. A head of unit's token reaches only the measures of their unit and below. `expectedVersion` is the version read, 0 for a first status: if someone changed it since, 409 names the fields.",
    tags: ["Writes"],
    access: "measurement.write",
    problems: [409, 429],
    params: CampaignParams.extend({ measureCode: z.string().min(1).max(100) }),
    body: MeasureStatusInputSchema,
    response: MeasureStatusSchema,
    otherStatuses: [201],
    statusOf: (result) => (result.version === 1 ? 201 : 200),
    handler: async ({ params, body, request }) => {
      try {
        const view = await recordMeasureStatus(
          store,
          currentUser(request),
          {
            campaignId: params.campaignId,
            measureCode: params.measureCode,
            status: body.status,
            reason: body.reason ?? null,
            expectedVersion: body.expectedVersion,
          },
          deps.now(),
        );
        return { ...view, campaignId: params.campaignId };
      } catch (error) {
        if (error instanceof AppError && error.messageCode === "measure.reasonRequired") {
          const message = translate(error.messageCode, error.params, apiLang(request));
          throw new ApiInputError([{ field: "body.reason", message }]);
        }
        throw error;
      }
    },
  });
}
