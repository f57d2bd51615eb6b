/** GET /api/v1/comparison: the published year-end results of administrations compared. */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { publishedComparison } from "../../services/public/comparison.ts";
import type { AppDeps } from "../deps.ts";
import { API_PREFIX, cachedRead } from "./index.ts";
import { apiRoute } from "./route.ts";
import { PageInfo, PageQuery } from "./schemas.ts";

const score = () => z.number().nullable().describe("0–100; null when nothing was measured");

export const ComparisonItemSchema = z
  .object({
    administrationId: z.number().int(),
    name: z.string(),
    kind: z.string().nullable(),
    region: z.string().nullable(),
    planId: z.number().int(),
    period: z.string().describe('The plan\'s period, e.g. "2025-2027"'),
    campaignId: z.number().int().describe("The published year-end campaign"),
    score: score(),
    counted: z.number().int().describe("Objectives that have a score"),
    total: z.number().int().describe("Objectives"),
    blocked: z.boolean().describe("An indicator without a figure blocks an objective"),
  })
  .meta({ id: "ComparisonItem" });

export const GroupStatisticsSchema = z
  .object({
    administrations: z.number().int().describe("Administrations with the group"),
    measured: z.number().int().describe("Of those, with a score"),
    mean: score(),
    median: score(),
    min: score(),
    max: score(),
  })
  .meta({ id: "GroupStatistics", description: "A score's spread across administrations" });

export const AreaStatisticsSchema = GroupStatisticsSchema.extend({
  number: z.number().int().describe("Positive-action area, 1–5"),
  title: z.string(),
}).meta({ id: "AreaStatistics" });

export const ComparisonSchema = z
  .object({
    year: z.number().int().nullable().describe("The year compared; null before any result"),
    years: z.array(z.number().int()).describe("Years with published year-end results"),
    regions: z.array(z.string()),
    kinds: z.array(z.string()),
    overall: GroupStatisticsSchema,
    areas: z.array(AreaStatisticsSchema),
    items: z.array(ComparisonItemSchema).describe("Best score first; not measured last"),
    page: PageInfo,
  })
  .meta({ id: "Comparison" });

export function registerComparison(app: FastifyInstance, deps: AppDeps): void {
  apiRoute(
    app,
    {
      method: "GET",
      path: `${API_PREFIX}/comparison`,
      operationId: "compareAdministrations",
      summary: "Administrations compared by their published year-end results",
      description:
        "For a year (by default the latest with published year-end results): each administration's achievement, best first, a page at a time, and the mean, median, minimum and maximum across administrations, overall and by positive-action area.",
      tags: ["Published data"],
      access: "public",
      cached: true,
      query: PageQuery.extend({
        year: z.coerce.number().int().min(2000).max(2100).optional(),
        region: z.string().max(100).optional(),
        kind: z.string().max(100).optional(),
      }),
      response: ComparisonSchema,
      handler: async ({ query }) => {
        const { page, pageSize, total, ...rest } = await publishedComparison(deps.store.db, query);
        return { ...rest, page: { page, pageSize, total } };
      },
    },
    cachedRead(deps),
  );
}
