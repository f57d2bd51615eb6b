/**
 * `/rimodulazioni`: the re-programming requests of the user's plan; a head of
 * unit proposes a new target, deadline or wording for their own indicators,
 * the planning office approves or rejects it with a note.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { IndicatorKind } from "../../../domain/plan.ts";
import {
  effectiveDescription,
  effectiveTarget,
  findIndicator,
  loadPlanContext,
} from "../../../services/campaign-context.ts";
import { authoriseOnObjective } from "../../../services/measurements.ts";
import { findReprogramming } from "../../../services/monitoring-read.ts";
import {
  decideReprogramming,
  listReprogramming,
  type ReprogrammingRequest,
  requestReprogramming,
} from "../../../services/reprogramming.ts";
import {
  decisionPage,
  type ReprogrammingFormModel,
  reprogrammingFormPage,
  reprogrammingListPage,
} from "../../../views/pages/monitoring/reprogramming.ts";
import { authorise, currentUser } from "../../access.ts";
import type { AppDeps } from "../../deps.ts";
import { formValues, optionalText, parseForm } from "../../forms.ts";
import { defaultPlan } from "../../plan-scope.ts";
import { sendPage } from "../../render.ts";
import { codeParam, doneAndShow, idParam, readTarget, refusal, versionField } from "./common.ts";

/** The justification says why: as many characters as the service asks for. */
const MIN_JUSTIFICATION = 10;

function requestForm(kind: IndicatorKind, years: number[]) {
  return z
    .object({
      change: z.enum(["target", "description"]),
      year: z.coerce
        .number()
        .int()
        .refine((y) => years.includes(y), { message: "mon.repro.badYear" }),
      target: z.string().max(100).optional(),
      description: optionalText(2000),
      justification: z
        .string()
        .trim()
        .max(4000)
        .refine((j) => j.length >= MIN_JUSTIFICATION, {
          message: "reprogramming.justificationRequired",
          params: { min: String(MIN_JUSTIFICATION) },
        }),
    })
    .transform((f, ctx) => {
      if (f.change === "description") {
        if (f.description) return { ...f, proposed: null };
        ctx.addIssue({ code: "custom", message: "form.required", path: ["description"] });
        return z.NEVER;
      }
      const raw = (f.target ?? "").trim();
      const typed = raw ? readTarget(kind, raw) : null;
      if (typed?.ok) return { ...f, proposed: typed.target };
      const message = typed ? typed.code : "form.required";
      const params = typed ? typed.params : {};
      ctx.addIssue({ code: "custom", message, params, path: ["target"] });
      return z.NEVER;
    });
}

const DecisionForm = z
  .object({
    decision: z.enum(["approved", "rejected"]),
    note: optionalText(2000),
    version: versionField,
  })
  .refine((d) => d.decision === "approved" || d.note !== null, {
    message: "reprogramming.rejectionNoteRequired",
    path: ["note"],
  });

export function registerReprogrammingRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { store } = deps;
  const { db } = store;

  app.get("/rimodulazioni", { config: { access: "plan.read" } }, async (request, reply) => {
    const plan = await defaultPlan(request, db);
    const rows = await listReprogramming(store, plan.planId);
    return sendPage(request, reply, (ctx) => reprogrammingListPage(ctx, plan, rows));
  });

  /** The indicator a head may re-program: of their unit, in their plan. */
  async function formModel(request: FastifyRequest): Promise<ReprogrammingFormModel> {
    const plan = await defaultPlan(request, db);
    const ctx = await loadPlanContext(db, plan.planId);
    const code = codeParam(request, "code");
    const objective = authoriseOnObjective(
      ctx,
      currentUser(request),
      "reprogramming.request",
      code,
    );
    const { indicator } = findIndicator(ctx, code, codeParam(request, "ind"));
    const targets = [];
    for (let year = plan.startYear; year <= plan.endYear; year++) {
      targets.push({ year, target: effectiveTarget(ctx, code, indicator, year) });
    }
    return {
      plan,
      objective: { code, title: objective.title },
      indicator,
      targets,
      description: effectiveDescription(ctx, code, indicator),
    };
  }

  function showForm(
    request: FastifyRequest,
    reply: FastifyReply,
    m: ReprogrammingFormModel,
    form: { values: Record<string, string>; errors: Record<string, string> },
    status = 200,
  ) {
    return sendPage(request, reply, (ctx) => reprogrammingFormPage(ctx, m, form), status);
  }

  const newPath = "/rimodulazioni/obiettivi/:code/indicatori/:ind/nuova";

  app.get(newPath, { config: { access: "reprogramming.request" } }, async (request, reply) => {
    const m = await formModel(request);
    const year = m.targets.find((t) => t.target !== null)?.year ?? m.plan.startYear;
    return showForm(request, reply, m, { values: { year: String(year) }, errors: {} });
  });

  app.post(newPath, { config: { access: "reprogramming.request" } }, async (request, reply) => {
    const m = await formModel(request);
    const years = m.targets.map((t) => t.year);
    const form = parseForm(requestForm(m.indicator.kind, years), request.body, request.lang);
    if (!form.ok) return showForm(request, reply, m, form, 400);
    const d = form.data;
    const base = {
      planId: m.plan.planId,
      objectiveCode: m.objective.code,
      indicatorCode: m.indicator.code,
      justification: d.justification,
    };
    const proposal: ReprogrammingRequest = d.proposed
      ? { ...base, change: "target", year: d.year, proposed: d.proposed }
      : { ...base, change: "description", proposed: { description: d.description ?? "" } };
    try {
      const row = await requestReprogramming(store, currentUser(request), proposal, deps.now());
      return doneAndShow(request, reply, "/rimodulazioni", "mon.repro.requested", {
        id: String(row.id),
      });
    } catch (error) {
      const message = refusal(error, request.lang);
      return showForm(
        request,
        reply,
        m,
        { values: formValues(request.body), errors: { _form: message } },
        400,
      );
    }
  });

  async function requestInScope(request: FastifyRequest) {
    const row = await findReprogramming(db, idParam(request, "id"));
    authorise(request, "reprogramming.decide", { administrationId: row.administration_id });
    return row;
  }

  const decisionPath = "/rimodulazioni/:id/decisione";

  app.get(decisionPath, { config: { access: "reprogramming.decide" } }, async (request, reply) => {
    const row = await requestInScope(request);
    return sendPage(request, reply, (ctx) => decisionPage(ctx, row, { values: {}, errors: {} }));
  });

  app.post(decisionPath, { config: { access: "reprogramming.decide" } }, async (request, reply) => {
    const row = await requestInScope(request);
    const form = parseForm(DecisionForm, request.body, request.lang);
    if (!form.ok) return sendPage(request, reply, (ctx) => decisionPage(ctx, row, form), 400);
    const decided = await decideReprogramming(
      store,
      currentUser(request),
      {
        id: row.id,
        decision: form.data.decision,
        note: form.data.note,
        expectedVersion: form.data.version,
      },
      deps.now(),
    );
    return doneAndShow(request, reply, "/rimodulazioni", `mon.repro.${decided.status}Flash`, {
      id: String(decided.id),
    });
  });
}
