/**
 * The public transparency portal, without sign-in: administrations with a
 * published plan, one administration, its published plan with sections,
 * positive-action areas, objectives and indicators. Every page reads only
 * through services/public/read.ts (what is published, without people) and
 * is sent by sendPublicPage: kept by publication generation, ETag, 304.
 * Addresses: src/views/pages/public/common.ts.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { publishedFacets } from "../../../services/public/facets.ts";
import {
  listPublishedAdministrations,
  type PublishedPlan,
  publishedAdministration,
  publishedPlanByPeriod,
} from "../../../services/public/read.ts";
import type { PageOptions } from "../../../views/layout.ts";
import type { PageContext } from "../../../views/page-context.ts";
import {
  administrationPage,
  administrationsPage,
} from "../../../views/pages/public/administrations.ts";
import { indicatorPage, objectivePage } from "../../../views/pages/public/objective.ts";
import {
  actionPage,
  findSection,
  planPage,
  sectionPage,
} from "../../../views/pages/public/plan.ts";
import type { AppDeps } from "../../deps.ts";
import { sendPublicPage } from "../../public/page.ts";

export const PAGE_SIZE = 50;

const text = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.trim())
    .catch("");

/** The list's query string; anything odd reads as "not given". */
const SearchQuery = z.object({
  q: text(200),
  regione: text(100),
  tipologia: text(100),
  pagina: z.coerce.number().int().min(1).max(100_000).catch(1),
});

const PUBLIC = { config: { access: "public" as const } };
const PLAN = "/trasparenza/enti/:administrationId/piao/:period";

type Params = Record<string, string | undefined>;

const param = (request: FastifyRequest, name: string) => (request.params as Params)[name] ?? "";

const CODE = /^[A-Za-z0-9._-]{1,80}$/;

/** The published plan of the address, or undefined (a 404). */
async function planOf(deps: AppDeps, request: FastifyRequest): Promise<PublishedPlan | undefined> {
  const id = param(request, "administrationId");
  if (!/^[1-9]\d{0,8}$/.test(id)) return undefined;
  return publishedPlanByPeriod(deps.store.db, Number(id), param(request, "period"));
}

export function registerPublicPages(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;

  /** A page of a published plan; `build` answers null for what the plan has not (a 404). */
  const planRoute = (
    path: string,
    build: (ctx: PageContext, plan: PublishedPlan, request: FastifyRequest) => PageOptions | null,
  ) =>
    app.get(`${PLAN}${path}`, PUBLIC, (request, reply) =>
      sendPublicPage(request, reply, db, async (ctx) => {
        const plan = await planOf(deps, request);
        return plan ? build(ctx, plan, request) : null;
      }),
    );

  app.get("/trasparenza", PUBLIC, (request, reply) =>
    sendPublicPage(request, reply, db, async (ctx) => {
      const query = SearchQuery.parse(request.query ?? {});
      const search = {
        q: query.q,
        region: query.regione,
        kind: query.tipologia,
        page: query.pagina,
      };
      const [list, facets] = await Promise.all([
        listPublishedAdministrations(db, {
          ...(search.q ? { q: search.q } : {}),
          ...(search.region ? { region: search.region } : {}),
          ...(search.kind ? { kind: search.kind } : {}),
          page: search.page,
          pageSize: PAGE_SIZE,
        }),
        publishedFacets(db),
      ]);
      return administrationsPage(ctx, {
        search,
        items: list.items,
        total: list.total,
        pageSize: list.pageSize,
        ...facets,
      });
    }),
  );

  app.get("/trasparenza/enti/:administrationId", PUBLIC, (request, reply) =>
    sendPublicPage(request, reply, db, async (ctx) => {
      const id = param(request, "administrationId");
      if (!/^[1-9]\d{0,8}$/.test(id)) return null;
      const found = await publishedAdministration(db, Number(id));
      return found ? administrationPage(ctx, found.administration, found.plans) : null;
    }),
  );

  planRoute("", (ctx, plan) => planPage(ctx, plan));

  planRoute("/sezioni/:section", (ctx, plan, request) => {
    const section = findSection(plan, param(request, "section"));
    return section ? sectionPage(ctx, plan, section) : null;
  });

  planRoute("/azioni-positive/:number", (ctx, plan, request) => {
    const number = param(request, "number");
    const action = /^\d{1,4}$/.test(number)
      ? plan.document.positiveActions.find((a) => a.number === Number(number))
      : undefined;
    return action ? actionPage(ctx, plan, action) : null;
  });

  const objectiveOf = (plan: PublishedPlan, request: FastifyRequest) => {
    const code = param(request, "code");
    return CODE.test(code) ? plan.document.objectives.find((o) => o.code === code) : undefined;
  };

  planRoute("/obiettivi/:code", (ctx, plan, request) => {
    const objective = objectiveOf(plan, request);
    return objective ? objectivePage(ctx, plan, objective) : null;
  });

  planRoute("/obiettivi/:code/indicatori/:indicator", (ctx, plan, request) => {
    const objective = objectiveOf(plan, request);
    const code = param(request, "indicator");
    const indicator = objective?.indicators.find((i) => i.code === code);
    return objective && indicator ? indicatorPage(ctx, plan, objective, indicator) : null;
  });
}
