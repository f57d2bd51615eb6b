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
import { buildOpenApi } from "./openapi.ts";
import { apiOperations, apiRoute } from "./route.ts";
import { AdministrationListItemSchema, PageQuery, paged } from "./schemas.ts";

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

export function registerApi(app: FastifyInstance, deps: AppDeps): void {
  // Every API module, one line each, before openapi.json lists them.
  registerAdministrations(app, deps);
  registerComparison(app, deps);
  let document: string | null = null;
  app.get(
    `${API_PREFIX}/openapi.json`,
    { config: { access: "public" } },
    async (_request, reply) => {
      document ??= JSON.stringify(
        buildOpenApi(
          apiOperations.get(app) ?? [],
          `${deps.config.publicUrl.replace(/\/$/, "")}${API_PREFIX}`,
        ),
      );
      return reply
        .header("cache-control", "public, max-age=300")
        .type("application/json; charset=utf-8")
        .send(document);
    },
  );
}
