/** The plan's trees and the page of one objective with its comments. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { can } from "../../../domain/authorization.ts";
import { translate } from "../../../i18n/index.ts";
import { addObjectiveComment } from "../../../services/objective-comments.ts";
import { findObjective, loadObjectiveRecord } from "../../../services/objective-record.ts";
import type { FieldErrors } from "../../../views/components/forms.ts";
import { objectiveHref } from "../../../views/pages/plan/common.ts";
import { objectivePage } from "../../../views/pages/plan/objective.ts";
import { actionTreePage, unitTreePage } from "../../../views/pages/plan/trees.ts";
import { authorise, currentUser } from "../../access.ts";
import type { AppDeps } from "../../deps.ts";
import { parseForm, requiredText } from "../../forms.ts";
import { planIdParam, planInScope } from "../../plan-scope.ts";
import { setFlash } from "../../plugins/session.ts";
import { redirectAfterPost, sendPage } from "../../render.ts";

const CommentForm = z.object({ body: requiredText(5000) });

const codeParam = (r: FastifyRequest) => (r.params as { code?: string }).code ?? "";

export function registerPlanViewRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;
  const READ = { config: { access: "plan.read" as const } };

  const tree =
    (build: typeof actionTreePage) => async (request: FastifyRequest, reply: FastifyReply) => {
      const plan = await planInScope(request, db, planIdParam(request));
      const canEdit = can(currentUser(request), "plan.edit", {
        administrationId: plan.administrationId,
      });
      return sendPage(request, reply, (ctx) =>
        build(ctx, { planId: plan.planId, document: plan.document, canEdit }),
      );
    };
  app.get("/piani/:planId/albero", READ, tree(actionTreePage));
  app.get("/piani/:planId/strutture", READ, tree(unitTreePage));

  const showObjective = async (
    request: FastifyRequest,
    reply: FastifyReply,
    comment?: { value: string; errors: FieldErrors },
  ) => {
    const plan = await planInScope(request, db, planIdParam(request));
    const record = await loadObjectiveRecord(db, plan, codeParam(request));
    const user = currentUser(request);
    const resource = { administrationId: plan.administrationId };
    return sendPage(
      request,
      reply,
      (ctx) =>
        objectivePage(ctx, {
          plan,
          record,
          canEdit: can(user, "plan.edit", resource),
          canComment: can(user, "comment.write", resource),
          ...(comment ? { comment } : {}),
        }),
      comment ? 400 : 200,
    );
  };
  app.get("/piani/:planId/obiettivi/:code", READ, (r, reply) => showObjective(r, reply));

  app.post(
    "/piani/:planId/obiettivi/:code/commenti",
    { config: { access: "comment.write" } },
    async (request, reply) => {
      const plan = await planInScope(request, db, planIdParam(request));
      const objective = findObjective(plan, codeParam(request));
      const user = authorise(request, "comment.write", { administrationId: plan.administrationId });
      const form = parseForm(CommentForm, request.body, request.lang);
      if (!form.ok)
        return showObjective(request, reply, {
          value: form.values.body ?? "",
          errors: form.errors,
        });
      await addObjectiveComment(
        deps.store,
        user,
        {
          administrationId: plan.administrationId,
          planId: plan.planId,
          objectiveCode: objective.code,
          body: form.data.body,
        },
        deps.now(),
      );
      setFlash(reply, { kind: "success", text: translate("plan.comment.added", {}, request.lang) });
      return redirectAfterPost(reply, `${objectiveHref(plan.planId, objective.code)}#commenti`);
    },
  );
}
