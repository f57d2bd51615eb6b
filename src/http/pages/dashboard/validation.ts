/** `/campagne/:id/validazione`: the Nucleo di valutazione validates the scores of a year-end campaign. */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { translate } from "../../../i18n/index.ts";
import { parseItalianNumber } from "../../../import/italian-values.ts";
import { AppError } from "../../../services/errors.ts";
import { campaignPerformance, type PerformanceReport } from "../../../services/performance.ts";
import {
  ADMINISTRATION,
  currentValidations,
  validatableCampaign,
  validateScore,
} from "../../../services/score-validation.ts";
import {
  ADMINISTRATION_SEGMENT,
  type ValidationFormData,
  validationFormPage,
  validationListPage,
} from "../../../views/pages/dashboard/validation.ts";
import { currentUser } from "../../access.ts";
import type { AppDeps } from "../../deps.ts";
import { parseForm, requiredText } from "../../forms.ts";
import { setFlash } from "../../plugins/session.ts";
import { redirectAfterPost, sendPage } from "../../render.ts";
import { campaignIdOf } from "./campaign-scope.ts";

/** A score 0–100 typed the Italian way ("87,5"). */
const ValidationForm = z.object({
  score: z
    .string()
    .trim()
    .min(1)
    .transform((raw, ctx) => {
      const parsed = parseItalianNumber(raw);
      if (!parsed || parsed.value < 0 || parsed.value > 100) {
        ctx.addIssue({ code: "custom", message: "dash.validation.scoreRange" });
        return z.NEVER;
      }
      return parsed.value;
    }),
  reason: requiredText(4000),
});

const ACCESS = { access: "validation.write" } as const;

interface Target {
  report: PerformanceReport;
  form: Omit<ValidationFormData, "values" | "errors">;
}

/** The campaign and the objective of the URL, checked: a year-end campaign of the Nucleo's administration. */
async function target(request: FastifyRequest, deps: AppDeps): Promise<Target> {
  const { id, objective } = request.params as { id: string; objective: string };
  const db = deps.store.db;
  const campaign = await validatableCampaign(db, currentUser(request), campaignIdOf(id));
  const report = await campaignPerformance(db, campaign.id);
  const validations = await currentValidations(db, campaign.id);
  const code = objective === ADMINISTRATION_SEGMENT ? ADMINISTRATION : objective;
  const found = report.objectives.find((o) => o.code === code);
  if (code !== ADMINISTRATION && !found) {
    throw new AppError("not_found", "objective.notFound", { objective: code });
  }
  const label = found
    ? `${found.code} ${found.title}`
    : translate("dash.validation.administration", {}, request.lang);
  const achievement = found ? found.achievement : report.administration.achievement;
  return {
    report,
    form: { report, objectiveCode: code, label, achievement, current: validations.get(code) },
  };
}

export function registerValidationPages(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;

  app.get("/campagne/:id/validazione", { config: ACCESS }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const campaign = await validatableCampaign(db, currentUser(request), campaignIdOf(id));
    const report = await campaignPerformance(db, campaign.id);
    const validations = await currentValidations(db, campaign.id);
    return sendPage(request, reply, (ctx) => validationListPage(ctx, report, validations));
  });

  app.get("/campagne/:id/validazione/:objective", { config: ACCESS }, async (request, reply) => {
    const { form } = await target(request, deps);
    return sendPage(request, reply, (ctx) => validationFormPage(ctx, form));
  });

  app.post("/campagne/:id/validazione/:objective", { config: ACCESS }, async (request, reply) => {
    const { report, form } = await target(request, deps);
    const parsed = parseForm(ValidationForm, request.body, request.lang);
    if (!parsed.ok) {
      return sendPage(
        request,
        reply,
        (ctx) => validationFormPage(ctx, { ...form, values: parsed.values, errors: parsed.errors }),
        400,
      );
    }
    await validateScore(
      deps.store,
      currentUser(request),
      { campaignId: report.campaign.id, objectiveCode: form.objectiveCode, ...parsed.data },
      deps.now(),
    );
    setFlash(reply, {
      kind: "success",
      text: translate("dash.validation.saved", { label: form.label }, request.lang),
    });
    return redirectAfterPost(reply, `/campagne/${report.campaign.id}/validazione`);
  });
}
