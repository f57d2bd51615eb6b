/**
 * Section 2.3 for the staff: the plan's risk catalogue (/piani/:planId/rischi)
 * and, per campaign, the measures with their status and the forms that
 * record it (/campagne/:id/misure).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { MEASURE_STATUSES } from "../../../domain/sections/risk.ts";
import { translate } from "../../../i18n/index.ts";
import { AppError } from "../../../services/errors.ts";
import {
  campaignMeasures,
  mayRecordMeasure,
  recordMeasureStatus,
} from "../../../services/measure-monitoring.ts";
import { listCampaigns } from "../../../store/repositories/campaign.repository.ts";
import { riskCataloguePage } from "../../../views/pages/risk/catalogue.ts";
import {
  type MeasureFormState,
  type MeasuresModel,
  measuresHref,
  measuresPage,
} from "../../../views/pages/risk/measures.ts";
import { currentUser } from "../../access.ts";
import type { AppDeps } from "../../deps.ts";
import { formValues, optionalText, parseForm } from "../../forms.ts";
import { planIdParam, planInScope } from "../../plan-scope.ts";
import { sendPage } from "../../render.ts";
import {
  campaignInScope,
  codeParam,
  doneAndShow,
  idParam,
  versionField,
} from "../monitoring/common.ts";
import { PLAN_LINKS } from "../plans.ts";

const StatusForm = z.object({
  status: z.enum(MEASURE_STATUSES, { message: "form.required" }),
  reason: optionalText(2000),
  version: versionField,
});

export function registerRiskPages(app: FastifyInstance, deps: AppDeps): void {
  const { store } = deps;
  const { db } = store;
  if (!PLAN_LINKS.some((l) => l.path === "/rischi")) {
    PLAN_LINKS.push({ path: "/rischi", label: "risk.page.title" });
  }

  app.get("/piani/:planId/rischi", { config: { access: "plan.read" } }, async (request, reply) => {
    const plan = await planInScope(request, db, planIdParam(request));
    const campaigns = await listCampaigns(db, plan.planId);
    return sendPage(request, reply, (ctx) =>
      riskCataloguePage(ctx, { planId: plan.planId, document: plan.document, campaigns }),
    );
  });

  async function model(request: FastifyRequest): Promise<MeasuresModel> {
    const campaign = await campaignInScope(request, db, idParam(request, "id"));
    const { ctx, lines } = await campaignMeasures(db, campaign.id);
    const user = currentUser(request);
    const open = campaign.status === "open";
    return {
      campaign,
      document: ctx.document,
      lines: lines.map((l) => ({ ...l, editable: open && mayRecordMeasure(ctx, user, l.measure) })),
    };
  }

  function show(
    request: FastifyRequest,
    reply: FastifyReply,
    m: MeasuresModel,
    state?: MeasureFormState,
    conflict?: string,
    status = 200,
  ) {
    return sendPage(request, reply, (ctx) => measuresPage(ctx, m, state, conflict), status);
  }

  app.get("/campagne/:id/misure", { config: { access: "plan.read" } }, async (request, reply) =>
    show(request, reply, await model(request)),
  );

  app.post(
    "/campagne/:id/misure/:code",
    { config: { access: "measurement.write" } },
    async (request, reply) => {
      const m = await model(request);
      const measureCode = codeParam(request, "code");
      const form = parseForm(StatusForm, request.body, request.lang);
      if (!form.ok) return show(request, reply, m, { measureCode, ...form }, undefined, 400);
      try {
        await recordMeasureStatus(
          store,
          currentUser(request),
          {
            campaignId: m.campaign.id,
            measureCode,
            status: form.data.status,
            reason: form.data.reason,
            expectedVersion: form.data.version,
          },
          deps.now(),
        );
      } catch (error) {
        if (!(error instanceof AppError) || !["invalid_input", "conflict"].includes(error.code)) {
          throw error;
        }
        const message = translate(error.messageCode, error.params, request.lang);
        const fresh = await model(request);
        const values = formValues(request.body);
        if (error.messageCode === "conflict.stale.measure") {
          const version = fresh.lines.find((l) => l.measure.code === measureCode)?.status?.version;
          const state = {
            measureCode,
            values: { ...values, version: String(version ?? 0) },
            errors: {},
          };
          return show(request, reply, fresh, state, message, 409);
        }
        const field = error.diagnostics[0]?.field ?? "_form";
        const status = error.code === "conflict" ? 409 : 400;
        return show(
          request,
          reply,
          fresh,
          { measureCode, values, errors: { [field]: message } },
          undefined,
          status,
        );
      }
      return doneAndShow(request, reply, measuresHref(m.campaign.id), "risk.mon.saved", {
        measure: measureCode,
      });
    },
  );
}
