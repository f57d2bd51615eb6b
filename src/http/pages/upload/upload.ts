/**
 * `/importa`: upload a plan or a sheet of figures, see what it would change,
 * then confirm (or cancel). Nothing is written before the confirmation but
 * the file itself, kept in pending_upload for the preview.
 */
import type { MultipartFile } from "@fastify/multipart";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { formatDiagnostic, translate } from "../../../i18n/index.ts";
import { AppError } from "../../../services/errors.ts";
import { discardUpload, findUpload, keepUpload } from "../../../services/pending-uploads.ts";
import {
  type ConfirmedImport,
  confirmUpload,
  previewUpload,
  screenUpload,
} from "../../../services/upload-import.ts";
import { listCampaigns } from "../../../store/repositories/campaign.repository.ts";
import type { SelectOption } from "../../../views/components/forms.ts";
import { campaignLabel } from "../../../views/pages/dashboard/dashboard.ts";
import { previewPage } from "../../../views/pages/upload/preview.ts";
import { type UploadFormData, uploadFormPage } from "../../../views/pages/upload/upload-form.ts";
import { currentUser } from "../../access.ts";
import type { AppDeps } from "../../deps.ts";
import { parseForm } from "../../forms.ts";
import { plansInScope } from "../../plan-scope.ts";
import { setFlash } from "../../plugins/session.ts";
import { redirectAfterPost, sendPage } from "../../render.ts";

const UploadForm = z.object({
  kind: z.enum(["plan", "figures"], { message: "upload.chooseKind" }),
  campaign: z
    .string()
    .regex(/^\d{0,9}$/)
    .optional()
    .transform((v) => (v ? Number(v) : null)),
});

const ACCESS = { access: "plan.import" } as const;

function uploadIdOf(request: FastifyRequest): number {
  const raw = (request.params as { id?: string }).id ?? "";
  if (!/^\d{1,9}$/.test(raw)) throw new AppError("not_found", "upload.notFound", { id: raw });
  return Number(raw);
}

/** The open campaigns of the user's plans, for the figures' select. */
async function openCampaigns(request: FastifyRequest, deps: AppDeps): Promise<SelectOption[]> {
  const t = (c: string) => translate(c, {}, request.lang);
  const options: SelectOption[] = [];
  for (const plan of await plansInScope(request, deps.store.db)) {
    for (const c of await listCampaigns(deps.store.db, plan.planId)) {
      if (c.status !== "open") continue;
      options.push({
        value: String(c.id),
        label: `PIAO ${plan.startYear}-${plan.endYear}: ${campaignLabel({ t }, c)}`,
      });
    }
  }
  return options;
}

async function showForm(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: AppDeps,
  data: Omit<UploadFormData, "campaigns"> = {},
  status = 200,
): Promise<FastifyReply> {
  const campaigns = await openCampaigns(request, deps);
  return sendPage(request, reply, (ctx) => uploadFormPage(ctx, { ...data, campaigns }), status);
}

function uploadedFile(body: unknown): MultipartFile | null {
  const file = (body as { file?: unknown } | undefined)?.file;
  return file && typeof file === "object" && "toBuffer" in file ? (file as MultipartFile) : null;
}

function confirmedText(request: FastifyRequest, done: ConfirmedImport): string {
  if (done.kind === "plan") {
    const o = done.outcome;
    return translate(
      `upload.done.plan.${o.status}`,
      { edition: String(o.editionNumber) },
      request.lang,
    );
  }
  const count = (s: string) => done.outcome.rows.filter((r) => r.status === s).length;
  return translate(
    "upload.done.figures",
    { created: count("created"), updated: count("updated"), unchanged: count("unchanged") },
    request.lang,
  );
}

export function registerUploadPages(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;

  app.get("/importa", { config: ACCESS }, (request, reply) => showForm(request, reply, deps));

  app.post("/importa", { config: ACCESS }, async (request, reply) => {
    const user = currentUser(request);
    const form = parseForm(UploadForm, request.body, request.lang);
    const file = uploadedFile(request.body);
    const values = form.ok ? {} : form.values;
    const errors = form.ok ? {} : { ...form.errors };
    if (!file) errors.file = translate("upload.noFile", {}, request.lang);
    if (!form.ok || !file) return showForm(request, reply, deps, { values, errors }, 400);
    const bytes = await file.toBuffer();
    const screening = await screenUpload(form.data.kind, bytes, file.filename, form.data.campaign);
    if (!screening.ok) {
      const problems = screening.diagnostics.map((d) => formatDiagnostic(d, request.lang));
      const fieldErrors = { [screening.field]: problems.join(" ") };
      const typed = { kind: form.data.kind, campaign: String(form.data.campaign ?? "") };
      return showForm(request, reply, deps, { values: typed, errors: fieldErrors, problems }, 400);
    }
    const id = await keepUpload(
      db,
      user,
      {
        kind: form.data.kind,
        fileName: file.filename,
        content: bytes,
        campaignId: screening.campaignId,
      },
      deps.now(),
    );
    return redirectAfterPost(reply, `/importa/${id}`);
  });

  app.get("/importa/:id", { config: ACCESS }, async (request, reply) => {
    const user = currentUser(request);
    const upload = await findUpload(db, user, uploadIdOf(request), deps.now());
    const preview = await previewUpload(db, user, upload);
    return sendPage(request, reply, (ctx) => previewPage(ctx, preview));
  });

  app.post("/importa/:id/conferma", { config: ACCESS }, async (request, reply) => {
    const user = currentUser(request);
    const upload = await findUpload(db, user, uploadIdOf(request), deps.now());
    const validOnly = (request.body as { soloValide?: string } | undefined)?.soloValide === "1";
    const done = await confirmUpload(deps.store, user, upload, { validOnly }, deps.now());
    setFlash(reply, { kind: "success", text: confirmedText(request, done) });
    return redirectAfterPost(
      reply,
      done.kind === "plan"
        ? `/piani/${done.outcome.planId}`
        : `/cruscotto?campagna=${done.campaignId}`,
    );
  });

  app.post("/importa/:id/annulla", { config: ACCESS }, async (request, reply) => {
    const user = currentUser(request);
    await discardUpload(db, user, uploadIdOf(request));
    setFlash(reply, { kind: "info", text: translate("upload.cancelled", {}, request.lang) });
    return redirectAfterPost(reply, "/importa");
  });
}
