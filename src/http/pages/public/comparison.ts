/** `/trasparenza/confronto`: administrations compared by their published year-end results. */
import type { FastifyInstance } from "fastify";
import { type ComparisonFilter, publishedComparison } from "../../../services/public/comparison.ts";
import { COMPARISON_PATH, comparisonPage } from "../../../views/pages/public/comparison.ts";
import type { AppDeps } from "../../deps.ts";
import { sendPublicPage } from "../../public/page.ts";

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" && value.length <= 100
    ? value.trim()
    : undefined;

/** The form's fields; what does not read as a value is left out (the defaults apply). */
export function comparisonFilter(query: Record<string, unknown>): ComparisonFilter {
  const year = text(query.anno);
  const page = text(query.pagina);
  return {
    ...(year && /^\d{4}$/.test(year) ? { year: Number(year) } : {}),
    ...(text(query.regione) ? { region: text(query.regione) } : {}),
    ...(text(query.tipo) ? { kind: text(query.tipo) } : {}),
    ...(page && /^\d{1,5}$/.test(page) && Number(page) > 0 ? { page: Number(page) } : {}),
  };
}

export function registerComparisonPage(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;
  app.get(COMPARISON_PATH, { config: { access: "public" } }, (request, reply) => {
    const filter = comparisonFilter(request.query as Record<string, unknown>);
    return sendPublicPage(request, reply, db, async (ctx) =>
      comparisonPage(ctx, await publishedComparison(db, filter), filter),
    );
  });
}
