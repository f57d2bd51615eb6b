/**
 * The read API: published plans, their objectives, indicators, targets,
 * measurements and achievements, open to all. Every answer is read through
 * services/public/read.ts alone (what is not published does not exist here:
 * 404) and is kept by publication generation, with ETag and 304.
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { Achievement } from "../../domain/achievement/types.ts";
import { isWithinUnit } from "../../domain/authorization.ts";
import type { Indicator, Objective, PlanDocument } from "../../domain/plan.ts";
import { AppError } from "../../services/errors.ts";
import type { ObjectiveReport } from "../../services/performance.ts";
import {
  listPublishedPlans,
  type PublicCampaign,
  type PublishedPlan,
  publishedAdministration,
  publishedPlan,
} from "../../services/public/read.ts";
import type { AppDeps } from "../deps.ts";
import { API_PREFIX, cachedRead } from "./index.ts";
import {
  ACHIEVEMENT_LEVELS,
  AchievementEntrySchema,
  AdministrationDetailSchema,
  IndicatorSchema,
  ObjectiveDetailSchema,
  ObjectiveFilter,
  ObjectiveParams,
  ObjectiveSummarySchema,
  PlanDetailSchema,
  PlanParams,
  PlanSummarySchema,
  yearQuery,
} from "./published-schemas.ts";
import { apiRoute } from "./route.ts";
import { idParam, PageQuery, paged } from "./schemas.ts";

const TAGS = ["Published data"];

/** One page of `items`, as every list answers. */
export function pageOf<T>(items: T[], query: { page: number; pageSize: number }) {
  const start = (query.page - 1) * query.pageSize;
  return {
    items: items.slice(start, start + query.pageSize),
    page: { page: query.page, pageSize: query.pageSize, total: items.length },
  };
}

const notPublished = () => new AppError("not_found", "public.notFound");

async function planOf(deps: AppDeps, planId: number): Promise<PublishedPlan> {
  const plan = await publishedPlan(deps.store.db, planId);
  if (!plan) throw notPublished();
  return plan;
}

const achievementOf = (a: Achievement) => ({
  score: a.score,
  band: a.band ? { min: a.band.min, id: a.band.id, label: a.band.label } : null,
  blocked: a.blocked,
  counted: a.counted,
  total: a.total,
});

const campaignRef = (c: PublicCampaign) => ({
  campaignId: c.id,
  year: c.year,
  kind: c.kind,
  referenceDate: c.referenceDate,
});

function objectiveSummary(doc: PlanDocument, o: Objective) {
  return {
    code: o.code,
    title: o.title,
    description: o.description,
    unitKey: o.unitKey,
    unitName: doc.units.find((u) => u.key === o.unitKey)?.name ?? null,
    positiveAction: o.positiveAction,
    weight: o.weight,
    tags: o.tags,
    indicatorCount: o.indicators.length,
  };
}

function indicatorOf(objectiveCode: string, i: Indicator) {
  return {
    objectiveCode,
    code: i.code,
    description: i.description,
    kind: i.kind,
    unitLabel: i.unitLabel,
    polarity: i.polarity,
    baseline: i.baseline,
    targets: i.targets.map((t) => ({ year: t.year, value: t.value })),
    weight: i.weight,
  };
}

type Filter = z.output<typeof ObjectiveFilter>;

function filteredObjectives(doc: PlanDocument, filter: Filter): Objective[] {
  const parents = new Map(doc.units.map((u) => [u.key, u.parentKey]));
  const unit = filter.unit;
  return doc.objectives.filter(
    (o) =>
      (unit === undefined || isWithinUnit(o.unitKey, unit, parents)) &&
      (filter.area === undefined || o.positiveAction === filter.area) &&
      (filter.tag === undefined || o.tags.includes(filter.tag)),
  );
}

function objectiveDetail(plan: PublishedPlan, o: Objective) {
  const reports = plan.campaigns.map((c) => ({
    c,
    report: c.report.objectives.find((r) => r.code === o.code),
  }));
  const inCampaign = reports.filter(
    (r): r is { c: PublicCampaign; report: ObjectiveReport } => r.report !== undefined,
  );
  return {
    ...objectiveSummary(plan.document, o),
    indicators: o.indicators.map((i) => ({
      ...indicatorOf(o.code, i),
      results: inCampaign.flatMap(({ c, report }) => {
        const r = report.indicators.find((x) => x.code === i.code);
        if (!r) return [];
        return [
          {
            ...campaignRef(c),
            originalTarget: r.originalTarget,
            target: r.target,
            reprogrammed: r.reprogrammed,
            measurement: r.measurement,
            state: r.result.state,
            score: r.result.score,
            delayDays: r.result.delayDays,
            counted: r.result.counted,
            neutralised: r.neutralisedReason !== null,
          },
        ];
      }),
    })),
    results: inCampaign.map(({ c, report }) => ({
      ...campaignRef(c),
      neutralised: report.neutralisedReason !== null,
      achievement: achievementOf(report.achievement),
    })),
  };
}

type Level = (typeof ACHIEVEMENT_LEVELS)[number];

function achievementEntries(plan: PublishedPlan, year?: number, level?: Level) {
  const wanted = (l: Level) => level === undefined || level === l;
  return plan.campaigns
    .filter((c) => year === undefined || c.year === year)
    .flatMap((c) => {
      const r = c.report;
      const entry = (l: Level, key: string | null, label: string, a: Achievement) => ({
        ...campaignRef(c),
        level: l,
        key,
        label,
        achievement: achievementOf(a),
      });
      return [
        ...(wanted("administration")
          ? [entry("administration", null, r.administration.name, r.administration.achievement)]
          : []),
        ...(wanted("unit") ? r.units.map((u) => entry("unit", u.key, u.name, u.achievement)) : []),
        ...(wanted("area")
          ? r.positiveActions.map((a) => entry("area", String(a.number), a.title, a.achievement))
          : []),
        ...(wanted("tag") ? r.tags.map((t) => entry("tag", t.tag, t.tag, t.achievement)) : []),
        ...(wanted("objective")
          ? r.objectives.map((o) => entry("objective", o.code, o.title, o.achievement))
          : []),
      ];
    });
}

function planDetail(plan: PublishedPlan) {
  const doc = plan.document;
  return {
    ...plan.meta,
    administration: plan.administration,
    sections: doc.sections.map((s) => ({
      code: s.code,
      title: s.title,
      position: s.position,
      inIndex: s.inIndex,
      hasText: s.body.trim().length > 0,
    })),
    positiveActions: doc.positiveActions.map((a) => ({
      number: a.number,
      title: a.title,
      description: a.description,
    })),
    units: doc.units.map((u) => ({
      key: u.key,
      name: u.name,
      kind: u.kind,
      parentKey: u.parentKey,
    })),
    campaigns: plan.campaigns.map((c) => ({
      id: c.id,
      year: c.year,
      kind: c.kind,
      referenceDate: c.referenceDate,
      publishedAt: c.publishedAt,
    })),
    counts: {
      objectives: doc.objectives.length,
      indicators: doc.objectives.reduce((n, o) => n + o.indicators.length, 0),
    },
  };
}

export function registerPublishedReads(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;
  const read = cachedRead(deps);
  const common = { tags: TAGS, access: "public" as const, cached: true };

  apiRoute(
    app,
    {
      ...common,
      method: "GET",
      path: `${API_PREFIX}/administrations/:administrationId`,
      operationId: "getAdministration",
      summary: "An administration with its published plans",
      params: idParam("administrationId"),
      response: AdministrationDetailSchema,
      handler: async ({ params }) => {
        const found = await publishedAdministration(db, Number(params.administrationId));
        if (!found) throw notPublished();
        return { ...found.administration, plans: found.plans };
      },
    },
    read,
  );

  apiRoute(
    app,
    {
      ...common,
      method: "GET",
      path: `${API_PREFIX}/plans`,
      operationId: "listPlans",
      summary: "Published plans, newest first",
      query: PageQuery.extend({
        administration: z.coerce.number().int().min(1).optional().describe("Administration id"),
        year: yearQuery.optional().describe("A year the plan covers"),
      }),
      response: paged(PlanSummarySchema, "PlanPage"),
      handler: async ({ query }) =>
        pageOf(
          await listPublishedPlans(db, {
            ...(query.administration === undefined
              ? {}
              : { administrationId: query.administration }),
            ...(query.year === undefined ? {} : { year: query.year }),
          }),
          query,
        ),
    },
    read,
  );

  apiRoute(
    app,
    {
      ...common,
      method: "GET",
      path: `${API_PREFIX}/plans/:planId`,
      operationId: "getPlan",
      summary: "A published plan: Portale PIAO metadata, sections, areas, units, campaigns",
      params: PlanParams,
      response: PlanDetailSchema,
      handler: async ({ params }) => planDetail(await planOf(deps, params.planId)),
    },
    read,
  );

  apiRoute(
    app,
    {
      ...common,
      method: "GET",
      path: `${API_PREFIX}/plans/:planId/objectives`,
      operationId: "listObjectives",
      summary: "The objectives of a published plan",
      params: PlanParams,
      query: PageQuery.extend(ObjectiveFilter.shape),
      response: paged(ObjectiveSummarySchema, "ObjectivePage"),
      handler: async ({ params, query }) => {
        const plan = await planOf(deps, params.planId);
        const list = filteredObjectives(plan.document, query);
        return pageOf(
          list.map((o) => objectiveSummary(plan.document, o)),
          query,
        );
      },
    },
    read,
  );

  apiRoute(
    app,
    {
      ...common,
      method: "GET",
      path: `${API_PREFIX}/plans/:planId/objectives/:code`,
      operationId: "getObjective",
      summary: "An objective with its indicators, targets and, per published campaign, results",
      params: ObjectiveParams,
      response: ObjectiveDetailSchema,
      handler: async ({ params }) => {
        const plan = await planOf(deps, params.planId);
        const objective = plan.document.objectives.find((o) => o.code === params.code);
        if (!objective) throw notPublished();
        return objectiveDetail(plan, objective);
      },
    },
    read,
  );

  apiRoute(
    app,
    {
      ...common,
      method: "GET",
      path: `${API_PREFIX}/plans/:planId/indicators`,
      operationId: "listIndicators",
      summary: "The indicators of a published plan, with their targets",
      params: PlanParams,
      query: PageQuery.extend(ObjectiveFilter.shape).extend({
        objective: z.string().max(100).optional().describe("Objective code"),
      }),
      response: paged(IndicatorSchema, "IndicatorPage"),
      handler: async ({ params, query }) => {
        const plan = await planOf(deps, params.planId);
        const list = filteredObjectives(plan.document, query)
          .filter((o) => query.objective === undefined || o.code === query.objective)
          .flatMap((o) => o.indicators.map((i) => indicatorOf(o.code, i)));
        return pageOf(list, query);
      },
    },
    read,
  );

  apiRoute(
    app,
    {
      ...common,
      method: "GET",
      path: `${API_PREFIX}/plans/:planId/achievements`,
      operationId: "listAchievements",
      summary:
        "Achievement in the published campaigns: administration, units, areas, tags, objectives",
      params: PlanParams,
      query: PageQuery.extend({
        year: yearQuery.optional().describe("The campaigns' year"),
        level: z.enum(ACHIEVEMENT_LEVELS).optional(),
      }),
      response: paged(AchievementEntrySchema, "AchievementPage"),
      handler: async ({ params, query }) =>
        pageOf(
          achievementEntries(await planOf(deps, params.planId), query.year, query.level),
          query,
        ),
    },
    read,
  );
}
