/** `/campagne`: the campaigns of the user's plan; the planning office opens and closes them. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { roleMay } from "../../../domain/authorization.ts";
import { translate } from "../../../i18n/index.ts";
import { CAMPAIGN_KINDS, closeCampaign, openCampaign } from "../../../services/campaigns.ts";
import { listCampaigns } from "../../../store/repositories/campaign.repository.ts";
import {
  campaignLabel,
  campaignsPage,
  closeCampaignPage,
  type OpenForm,
} from "../../../views/pages/monitoring/campaigns.ts";
import { currentUser } from "../../access.ts";
import type { AppDeps } from "../../deps.ts";
import { formValues, parseForm } from "../../forms.ts";
import { defaultPlan } from "../../plan-scope.ts";
import { sendPage } from "../../render.ts";
import {
  campaignInScope,
  doneAndShow,
  idParam,
  optionalItalianDate,
  refusal,
  versionField,
} from "./common.ts";

const OpenCampaignForm = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  kind: z.enum(CAMPAIGN_KINDS),
  referenceDate: optionalItalianDate,
});

const CloseForm = z.object({ version: versionField });

export function registerCampaignRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { store } = deps;

  async function showList(
    request: FastifyRequest,
    reply: FastifyReply,
    form: OpenForm | null,
    status = 200,
  ) {
    const plan = await defaultPlan(request, store.db);
    const campaigns = await listCampaigns(store.db, plan.planId);
    const canOpen = roleMay(currentUser(request).role, "campaign.manage");
    return sendPage(
      request,
      reply,
      (ctx) =>
        campaignsPage(ctx, plan, campaigns, canOpen ? (form ?? { errors: {}, values: {} }) : null),
      status,
    );
  }

  app.get("/campagne", { config: { access: "plan.read" } }, (request, reply) =>
    showList(request, reply, null),
  );

  app.post("/campagne", { config: { access: "campaign.manage" } }, async (request, reply) => {
    const form = parseForm(OpenCampaignForm, request.body, request.lang);
    if (!form.ok) return showList(request, reply, form, 400);
    const plan = await defaultPlan(request, store.db);
    try {
      const c = await openCampaign(
        store,
        currentUser(request),
        { planId: plan.planId, ...form.data },
        deps.now(),
      );
      return doneAndShow(request, reply, "/campagne", "mon.campaign.openedFlash", {
        year: String(c.year),
        kind: translate(`campaign.kind.${c.kind}`, {}, request.lang),
      });
    } catch (error) {
      // "Campaign already exists" is a conflict, but for this form it is a fact to show beside it.
      const message = refusal(error, request.lang, ["invalid_input", "conflict"]);
      return showList(
        request,
        reply,
        { errors: { _form: message }, values: formValues(request.body) },
        400,
      );
    }
  });

  app.get(
    "/campagne/:id/chiudi",
    { config: { access: "campaign.manage" } },
    async (request, reply) => {
      const campaign = await campaignInScope(request, store.db, idParam(request, "id"));
      return sendPage(request, reply, (ctx) => closeCampaignPage(ctx, campaign));
    },
  );

  app.post(
    "/campagne/:id/chiudi",
    { config: { access: "campaign.manage" } },
    async (request, reply) => {
      const campaign = await campaignInScope(request, store.db, idParam(request, "id"));
      const form = parseForm(CloseForm, request.body, request.lang);
      // Without the version the user confirmed, nothing is closed: the confirmation is shown again.
      if (!form.ok) {
        return sendPage(request, reply, (ctx) => closeCampaignPage(ctx, campaign), 400);
      }
      const user = currentUser(request);
      const closed = await closeCampaign(store, user, campaign.id, form.data.version, deps.now());
      return doneAndShow(request, reply, "/campagne", "mon.campaign.closedFlash", {
        campaign: campaignLabel((c, p) => translate(c, p, request.lang), closed),
      });
    },
  );
}
