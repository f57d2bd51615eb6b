/** The audit trail of a record, or the latest entries of the user's administration. */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { listAudit } from "../../../services/audit.ts";
import { AppError } from "../../../services/errors.ts";
import { AUDIT_ENTITIES, auditPage } from "../../../views/pages/plan/audit.ts";
import { authorise, currentUser } from "../../access.ts";
import type { AppDeps } from "../../deps.ts";
import { defaultPlan } from "../../plan-scope.ts";
import { sendPage } from "../../render.ts";

/** How many entries the page shows without a filter. */
const LATEST = 100;

const AuditQuery = z.object({
  entity: z
    .enum(AUDIT_ENTITIES)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  key: z.string().trim().max(500).optional(),
});

export function registerAuditRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get("/registro", { config: { access: "audit.read" } }, async (request, reply) => {
    const query = AuditQuery.safeParse(request.query ?? {});
    if (!query.success) throw new AppError("invalid_input", "plan.audit.badFilter");
    const user = currentUser(request);
    const administrationId =
      user.administrationId ?? (await defaultPlan(request, deps.store.db)).administrationId;
    authorise(request, "audit.read", { administrationId });
    const entity = query.data.entity ?? null;
    const key = query.data.key ? query.data.key : null;
    const entries = await listAudit(deps.store.db, administrationId, {
      ...(entity ? { entity } : {}),
      ...(key ? { entityKey: key } : {}),
    });
    const shown = entity || key ? entries.reverse() : entries.reverse().slice(0, LATEST);
    return sendPage(request, reply, (ctx) => auditPage(ctx, { entity, key }, shown));
  });
}
