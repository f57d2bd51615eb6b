/** `/api/v1/docs`: the API reference, a public page made from the OpenAPI document. */
import type { FastifyInstance } from "fastify";
import { apiDocsPage } from "../../views/pages/api-docs.ts";
import type { AppDeps } from "../deps.ts";
import { sendPublicPage } from "../public/page.ts";
import { BODY_EXAMPLES, PARAM_EXAMPLES, QUERY_EXAMPLES } from "./docs-examples.ts";
import { API_PREFIX, openApiDocument } from "./index.ts";
import { PROBLEM_KINDS, PROBLEM_TYPE_BASE } from "./problem.ts";
import { WRITES_PER_MINUTE } from "./writes.ts";

export function registerApiDocs(app: FastifyInstance, deps: AppDeps): void {
  app.get(`${API_PREFIX}/docs`, { config: { access: "public" } }, (request, reply) =>
    sendPublicPage(request, reply, deps.store.db, async (ctx) =>
      apiDocsPage(ctx, {
        document: openApiDocument(app, deps),
        problemBase: PROBLEM_TYPE_BASE,
        problemKinds: PROBLEM_KINDS,
        examples: { params: PARAM_EXAMPLES, queries: QUERY_EXAMPLES, bodies: BODY_EXAMPLES },
        writesPerMinute: WRITES_PER_MINUTE,
      }),
    ),
  );
}
