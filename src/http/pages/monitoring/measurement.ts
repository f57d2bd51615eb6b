/**
 * One indicator's figure in a campaign: GET shows it, POST records it (the
 * version the user saw guards against overwriting a colleague's change),
 * evidence files are uploaded beside it and downloaded by those who may read the plan.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { roleMay } from "../../../domain/authorization.ts";
import type { IndicatorKind } from "../../../domain/plan.ts";
import { translate } from "../../../i18n/index.ts";
import {
  findIndicator,
  indicatorKey,
  loadCampaignContext,
} from "../../../services/campaign-context.ts";
import { AppError } from "../../../services/errors.ts";
import { addEvidence } from "../../../services/evidence.ts";
import { authoriseOnObjective, recordMeasurement } from "../../../services/measurements.ts";
import { campaignFigures, listEvidence, readEvidence } from "../../../services/monitoring-read.ts";
import {
  type MeasurementForm,
  type MeasurementModel,
  measurementPage,
  valuesOf,
} from "../../../views/pages/monitoring/measurement.ts";
import { measurementHref } from "../../../views/pages/monitoring/worklist.ts";
import { authorise, currentUser } from "../../access.ts";
import type { AppDeps } from "../../deps.ts";
import { formValues, optionalText, parseForm } from "../../forms.ts";
import { sendPage } from "../../render.ts";
import {
  campaignInScope,
  codeParam,
  doneAndShow,
  idParam,
  readTypedValue,
  versionField,
} from "./common.ts";

/** The form for an indicator of this kind: the typed value read with the monitoring sheet's rules. */
export function measurementForm(kind: IndicatorKind) {
  return z
    .object({
      state: z.enum(["done", "notYet"]).optional(),
      value: z.string().max(100).optional(),
      note: optionalText(2000),
      version: versionField,
    })
    .transform((f, ctx) => {
      if (kind === "deadline" && f.state === undefined) {
        ctx.addIssue({ code: "custom", message: "form.required", path: ["state"] });
        return z.NEVER;
      }
      if (kind === "deadline" && f.state === "notYet") {
        return { ...f, measured: { kind: "deadline" as const, doneOn: null } };
      }
      const raw = (f.value ?? "").trim();
      const typed = raw ? readTypedValue(kind, raw) : null;
      if (!typed?.ok) {
        const message = typed ? typed.code : "form.required";
        const params = typed ? typed.params : {};
        ctx.addIssue({ code: "custom", message, params, path: ["value"] });
        return z.NEVER;
      }
      return { ...f, measured: typed.value };
    });
}

interface Target {
  campaignId: number;
  objectiveCode: string;
  indicatorCode: string;
}

function target(request: FastifyRequest): Target {
  return {
    campaignId: idParam(request, "id"),
    objectiveCode: codeParam(request, "code"),
    indicatorCode: codeParam(request, "ind"),
  };
}

const hrefOf = (t: Target) => measurementHref(t.campaignId, t.objectiveCode, t.indicatorCode);

export function registerMeasurementRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { store } = deps;
  const { db } = store;

  /** The page's facts; refuses an objective outside a head's units before anything is shown. */
  async function model(request: FastifyRequest, t: Target): Promise<MeasurementModel> {
    const user = currentUser(request);
    const campaign = await campaignInScope(request, db, t.campaignId);
    const ctx = await loadCampaignContext(db, campaign.id);
    const objective = authoriseOnObjective(ctx, user, "measurement.write", t.objectiveCode);
    const { indicator } = findIndicator(ctx, t.objectiveCode, t.indicatorCode);
    const figures = await campaignFigures(db, campaign.id);
    const report = figures.report.objectives
      .find((o) => o.code === objective.code)
      ?.indicators.find((i) => i.code === indicator.code);
    if (!report)
      throw new AppError("not_found", "indicator.notFound", {
        objective: objective.code,
        indicator: indicator.code,
      });
    const row = figures.measurements.get(indicatorKey(objective.code, indicator.code));
    const unit = ctx.document.units.find((u) => u.key === objective.unitKey);
    return {
      campaign,
      objective: { code: objective.code, title: objective.title, unitName: unit?.name ?? "—" },
      indicator: { ...report, unitLabel: indicator.unitLabel },
      row,
      evidence: row ? await listEvidence(db, row.id) : [],
      canReprogram: roleMay(user.role, "reprogramming.request"),
    };
  }

  function show(
    request: FastifyRequest,
    reply: FastifyReply,
    m: MeasurementModel,
    f: MeasurementForm,
    status = 200,
  ) {
    return sendPage(request, reply, (ctx) => measurementPage(ctx, m, f), status);
  }

  const path = "/campagne/:id/obiettivi/:code/indicatori/:ind";

  app.get(path, { config: { access: "measurement.write" } }, async (request, reply) => {
    const m = await model(request, target(request));
    return show(request, reply, m, {
      values: valuesOf(m.row, m.indicator.measurement),
      errors: {},
    });
  });

  app.post(path, { config: { access: "measurement.write" } }, async (request, reply) => {
    const t = target(request);
    const m = await model(request, t);
    const form = parseForm(measurementForm(m.indicator.kind), request.body, request.lang);
    if (!form.ok) return show(request, reply, m, form, 400);
    try {
      await recordMeasurement(
        store,
        currentUser(request),
        {
          ...t,
          value: form.data.measured,
          note: form.data.note,
          expectedVersion: form.data.version,
        },
        deps.now(),
      );
    } catch (error) {
      if (!(error instanceof AppError && error.messageCode === "conflict.stale.measurement"))
        throw error;
      // Show what the colleague saved, keep what this user typed, and let them save over it knowingly.
      const fresh = await model(request, t);
      const values = { ...formValues(request.body), version: String(fresh.row?.version ?? 0) };
      const message = translate(error.messageCode, error.params, request.lang);
      return show(
        request,
        reply,
        fresh,
        { values, errors: {}, conflict: { message, current: fresh.row } },
        409,
      );
    }
    return doneAndShow(request, reply, hrefOf(t), "mon.m.saved", { code: t.indicatorCode });
  });

  app.post(
    `${path}/evidenze`,
    { config: { access: "measurement.write" } },
    async (request, reply) => {
      const t = target(request);
      const m = await model(request, t);
      const file = (request.body as { file?: unknown } | undefined)?.file as
        | { filename?: string; mimetype?: string; toBuffer?: () => Promise<Buffer> }
        | undefined;
      const values = valuesOf(m.row, m.indicator.measurement);
      if (!file?.toBuffer || !file.filename) {
        return show(
          request,
          reply,
          m,
          { values, errors: {}, fileError: translate("mon.ev.missing", {}, request.lang) },
          400,
        );
      }
      try {
        await addEvidence(
          store,
          currentUser(request),
          {
            ...t,
            fileName: file.filename,
            mediaType: file.mimetype || "application/octet-stream",
            content: await file.toBuffer(),
          },
          deps.now(),
        );
      } catch (error) {
        if (!(error instanceof AppError && error.code === "invalid_input")) throw error;
        const fileError = translate(error.messageCode, error.params, request.lang);
        return show(request, reply, m, { values, errors: {}, fileError }, 400);
      }
      return doneAndShow(request, reply, hrefOf(t), "mon.ev.saved", { file: file.filename });
    },
  );

  app.get("/evidenze/:id", { config: { access: "plan.read" } }, async (request, reply) => {
    const evidence = await readEvidence(db, idParam(request, "id"));
    authorise(request, "plan.read", { administrationId: evidence.administrationId });
    const ascii = evidence.fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
    return reply
      .header("content-type", evidence.mediaType)
      .header(
        "content-disposition",
        `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(evidence.fileName)}`,
      )
      .header("x-content-type-options", "nosniff")
      .header("cache-control", "private, no-store")
      .send(evidence.content);
  });
}
