/**
 * The REST API, /api/v1: reads of published data open to all (cached by
 * publication generation, with ETag and 304), writes with an API token.
 * Every operation is declared with apiRoute, so it is validated and listed
 * in /api/v1/openapi.json.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { listPublishedAdministrations } from "../../services/public/read.ts";
import type { AppDeps } from "../deps.ts";
import { sendPublic } from "../public/cache.ts";
import { registerComparison } from "./comparison.ts";
import { registerApiDocs } from "./docs.ts";
import { registerMeasureMonitoringApi } from "./measure-monitoring.ts";
import { buildOpenApi } from "./openapi.ts";
import { isApi } from "./problem.ts";
import { registerPublishedReads } from "./published.ts";
import { apiOperations, apiRoute } from "./route.ts";
import { AdministrationListItemSchema, PageQuery, paged } from "./schemas.ts";
import { registerSectionRecords } from "./section-records.ts";
import { installTokenAuth } from "./tokens.ts";
import { registerWorkflowApi } from "./workflow.ts";
import { registerWrites } from "./writes.ts";

export const API_PREFIX = "/api/v1";

/** Answers a public read from the public cache: ETag, Last-Modified, 304. */
export function cachedRead(deps: AppDeps) {
  return (request: FastifyRequest, reply: FastifyReply, run: () => Promise<unknown>) =>
    sendPublic(
      request,
      reply,
      deps.store.db,
      async () => ({ body: JSON.stringify(await run()), type: "application/json; charset=utf-8" }),
      { variant: "api" },
    );
}

function registerAdministrations(app: FastifyInstance, deps: AppDeps): void {
  apiRoute(
    app,
    {
      method: "GET",
      path: `${API_PREFIX}/administrations`,
      operationId: "listAdministrations",
      summary: "Administrations with a published plan",
      tags: ["Published data"],
      access: "public",
      cached: true,
      query: PageQuery.extend({
        q: z.string().max(200).optional().describe("Part of the name or IPA code, or the tax code"),
        region: z.string().max(100).optional(),
        kind: z.string().max(100).optional(),
      }),
      response: paged(AdministrationListItemSchema, "AdministrationPage"),
      handler: async ({ query }) => {
        const list = await listPublishedAdministrations(deps.store.db, query);
        return {
          items: list.items,
          page: { page: list.page, pageSize: list.pageSize, total: list.total },
        };
      },
    },
    cachedRead(deps),
  );
}

/** The OpenAPI document of the operations registered on `app`, made once. */
export function openApiDocument(app: FastifyInstance, deps: AppDeps): Record<string, unknown> {
  let document = documents.get(app);
  if (!document) {
    document = buildOpenApi(
      apiOperations.get(app) ?? [],
      `${deps.config.publicUrl.replace(/\/$/, "")}${API_PREFIX}`,
    );
    documents.set(app, document);
  }
  return document;
}

const documents = new WeakMap<FastifyInstance, Record<string, unknown>>();

/** A body sent to the API must be JSON: anything else is a 415 problem (after 401/403). */
function acceptOnlyJson(app: FastifyInstance): void {
  app.addHook("preHandler", async (request) => {
    if (!isApi(request) || request.body === undefined) return;
    const type = String(request.headers["content-type"] ?? "");
    if (!/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type)) {
      throw Object.assign(new Error("unsupported media type"), {
        statusCode: 415,
        code: "FST_ERR_CTP_INVALID_MEDIA_TYPE",
      });
    }
  });
}

export function registerApi(app: FastifyInstance, deps: AppDeps): void {
  installTokenAuth(app, deps);
  acceptOnlyJson(app);
  // Every API module, one line each, before openapi.json lists them.
  registerAdministrations(app, deps);
  registerPublishedReads(app, deps);
  registerWrites(app, deps);
  registerSectionRecords(app, deps);
  registerMeasureMonitoringApi(app, deps);
  registerComparison(app, deps);
  registerWorkflowApi(app, deps);
  registerApiDocs(app, deps);
  let document: string | null = null;
  app.get(
    `${API_PREFIX}/openapi.json`,
    { config: { access: "public" } },
    async (_request, reply) => {
      document ??= JSON.stringify(openApiDocument(app, deps));
      return reply
        .header("cache-control", "public, max-age=300")
        .type("application/json; charset=utf-8")
        .send(document);
    },
  );
}
