/**
 * `/piani/:planId/pubblicazione`: the planning office publishes the plan's
 * edition in force with what the Portale PIAO records, withdraws it, and
 * publishes or withdraws the results of the plan's closed campaigns.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { formatDate, translate } from "../../i18n/index.ts";
import { parseItalianDate } from "../../import/italian-values.ts";
import { AppError } from "../../services/errors.ts";
import { resolvePlan } from "../../services/plan-edition.ts";
import {
  publishCampaign,
  publishPlan,
  withdrawCampaign,
  withdrawPlan,
} from "../../services/publication.ts";
import { publicationState } from "../../services/publication-state.ts";
import { getCampaign } from "../../store/repositories/campaign.repository.ts";
import type { PlanSummaryRow } from "../../store/repositories/plan.repository.ts";
import type { MonitoringCampaignRow } from "../../store/tables/cycle.table.ts";
import type { FieldErrors } from "../../views/components/forms.ts";
import { campaignLabel } from "../../views/pages/monitoring/campaigns.ts";
import type { FormState } from "../../views/pages/monitoring/fields.ts";
import {
  metadataLabels,
  publicationHref,
  publicationPage,
  withdrawCampaignPage,
} from "../../views/pages/publication.ts";
import { authorise } from "../access.ts";
import type { AppDeps } from "../deps.ts";
import { formValues, parseForm, requiredText } from "../forms.ts";
import { planIdParam } from "../plan-scope.ts";
import { publicContext } from "../public/page.ts";
import { sendPage } from "../render.ts";
import { doneAndShow, idParam, refusal } from "./monitoring/common.ts";
import { PLAN_LINKS } from "./plans.ts";

const MetadataForm = z.object({
  approvalDate: z
    .string()
    .trim()
    .transform((raw, ctx) => {
      const date = parseItalianDate(raw);
      if (date.ok) return date.iso;
      ctx.addIssue({ code: "custom", message: raw ? "publish.badDate" : "form.required" });
      return z.NEVER;
    }),
  approvalAct: z.string().trim().min(3, "publish.actRequired").max(500, "publish.tooLong"),
  approvingAuthority: z
    .string()
    .trim()
    .min(3, "publish.authorityRequired")
    .max(200, "publish.tooLong"),
  documentUrl: z
    .string()
    .trim()
    .max(1000, "publish.tooLong")
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || /^https?:\/\/\S+$/.test(v), "publish.badUrl"),
  smallAdministration: z
    .string()
    .optional()
    .transform((v) => v === "1"),
});

const ReasonForm = z.object({ reason: requiredText(1000).min(3, "publish.reasonRequired") });

const EMPTY: FormState = { values: {}, errors: {} };

/** The form as last published, so a re-publication starts from it. */
function lastPublished(state: Awaited<ReturnType<typeof publicationState>>): FormState {
  const p = state.publication;
  if (!p) return EMPTY;
  return {
    errors: {},
    values: {
      approvalDate: formatDate(p.approval_date),
      approvalAct: p.approval_act,
      approvingAuthority: p.approving_authority,
      documentUrl: p.document_url ?? "",
      ...(p.small_administration ? { smallAdministration: "1" } : {}),
    },
  };
}

/** A service's refusal of a form, shown above it with the values typed. */
const refused = (error: unknown, request: FastifyRequest): FormState => ({
  errors: { _form: refusal(error, request.lang) },
  values: formValues(request.body),
});

/** "Monitoraggio a consuntivo 2025", in the request's language. */
const labelOf = (request: FastifyRequest, campaign: MonitoringCampaignRow) =>
  campaignLabel((c, p) => translate(c, p, request.lang), campaign);

/** A service's refusal of the metadata as messages by field (or for the whole form). */
function refusedFields(error: unknown, request: FastifyRequest): FieldErrors {
  const message = refusal(error, request.lang);
  const appError = error as AppError;
  const labels = metadataLabels(publicContext(request));
  const errors: FieldErrors = {};
  for (const d of appError.diagnostics) {
    const field = d.field ?? "_form";
    errors[field] ??= translate(
      d.code,
      { ...d.params, field: labels[field] ?? field },
      request.lang,
    );
  }
  return Object.keys(errors).length ? errors : { _form: message };
}

export function registerPublicationRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { store } = deps;
  const PUBLISH = { config: { access: "plan.publish" as const } };
  if (!PLAN_LINKS.some((l) => l.path === "/pubblicazione")) {
    PLAN_LINKS.push({ path: "/pubblicazione", label: "publish.crumb", action: "plan.publish" });
  }

  /** The plan of the URL, if the user may publish its administration's plans. */
  async function planToPublish(request: FastifyRequest) {
    const plan = await resolvePlan(store.db, { planId: planIdParam(request) });
    const user = authorise(request, "plan.publish", { administrationId: plan.administrationId });
    return { plan, user };
  }

  async function campaignOf(request: FastifyRequest, plan: PlanSummaryRow) {
    const campaign = await getCampaign(store.db, idParam(request, "campaignId"));
    if (!campaign || campaign.plan_id !== plan.planId) {
      throw new AppError("not_found", "campaign.notFound", {
        id: String((request.params as { campaignId?: string }).campaignId ?? ""),
      });
    }
    return campaign;
  }

  async function show(
    request: FastifyRequest,
    reply: FastifyReply,
    forms: { publish?: FormState; withdraw?: FormState; campaignError?: string } = {},
    status = 200,
  ) {
    const { plan } = await planToPublish(request);
    const state = await publicationState(store.db, plan);
    return sendPage(
      request,
      reply,
      (ctx) =>
        publicationPage(ctx, {
          planId: plan.planId,
          administrationId: plan.administrationId,
          startYear: plan.startYear,
          endYear: plan.endYear,
          state,
          publish: forms.publish ?? lastPublished(state),
          withdraw: forms.withdraw ?? EMPTY,
          ...(forms.campaignError ? { campaignError: forms.campaignError } : {}),
        }),
      status,
    );
  }

  app.get("/piani/:planId/pubblicazione", PUBLISH, (request, reply) => show(request, reply));

  app.post("/piani/:planId/pubblicazione", PUBLISH, async (request, reply) => {
    const { plan, user } = await planToPublish(request);
    const form = parseForm(MetadataForm, request.body, request.lang);
    if (!form.ok) return show(request, reply, { publish: form }, 400);
    try {
      await publishPlan(store, user, plan.planId, form.data, deps.now());
      return doneAndShow(request, reply, publicationHref(plan.planId), "publish.done", {
        n: String(plan.editionNumber ?? "—"),
      });
    } catch (error) {
      const errors = refusedFields(error, request);
      return show(request, reply, { publish: { errors, values: formValues(request.body) } }, 400);
    }
  });

  app.post("/piani/:planId/pubblicazione/ritiro", PUBLISH, async (request, reply) => {
    const { plan, user } = await planToPublish(request);
    const form = parseForm(ReasonForm, request.body, request.lang);
    if (!form.ok) return show(request, reply, { withdraw: form }, 400);
    try {
      await withdrawPlan(store, user, plan.planId, form.data.reason, deps.now());
    } catch (error) {
      return show(request, reply, { withdraw: refused(error, request) }, 400);
    }
    return doneAndShow(request, reply, publicationHref(plan.planId), "publish.withdrawn");
  });

  app.post("/piani/:planId/pubblicazione/campagne/:campaignId", PUBLISH, async (request, reply) => {
    const { plan, user } = await planToPublish(request);
    const campaign = await campaignOf(request, plan);
    try {
      await publishCampaign(store, user, campaign.id, deps.now());
    } catch (error) {
      return show(request, reply, { campaignError: refusal(error, request.lang) }, 400);
    }
    return doneAndShow(request, reply, publicationHref(plan.planId), "publish.campaignDone", {
      campaign: labelOf(request, campaign),
    });
  });

  const withdrawal = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    status = 200,
  ) => {
    const { plan } = await planToPublish(request);
    const campaign = await campaignOf(request, plan);
    return sendPage(
      request,
      reply,
      (ctx) => withdrawCampaignPage(ctx, plan, campaign, form),
      status,
    );
  };

  app.get("/piani/:planId/pubblicazione/campagne/:campaignId/ritiro", PUBLISH, (request, reply) =>
    withdrawal(request, reply, EMPTY),
  );

  app.post(
    "/piani/:planId/pubblicazione/campagne/:campaignId/ritiro",
    PUBLISH,
    async (request, reply) => {
      const { plan, user } = await planToPublish(request);
      const campaign = await campaignOf(request, plan);
      const form = parseForm(ReasonForm, request.body, request.lang);
      if (!form.ok) return withdrawal(request, reply, form, 400);
      try {
        await withdrawCampaign(store, user, campaign.id, form.data.reason, deps.now());
      } catch (error) {
        return withdrawal(request, reply, refused(error, request), 400);
      }
      return doneAndShow(
        request,
        reply,
        publicationHref(plan.planId),
        "publish.campaignWithdrawn",
        {
          campaign: labelOf(request, campaign),
        },
      );
    },
  );
}
