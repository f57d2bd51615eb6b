/**
 * Importing a file uploaded in the browser in two steps: a preview of what
 * it would change, computed by the same "plan" step the import itself runs
 * (planImport, planSheetImport), and the confirmation that imports exactly
 * the file previewed. A file with errors cannot be confirmed, except the
 * figures' valid rows when the user asks for them (as `--solo-valide`).
 */
import { type Actor, can } from "../domain/authorization.ts";
import { type Diagnostic, error, hasErrors } from "../domain/diagnostics.ts";
import type { PlanDocument } from "../domain/plan.ts";
import { readMonitoringSheet } from "../import/monitoring-sheet/read.ts";
import type { SheetMeasurement } from "../import/monitoring-sheet/types.ts";
import { readPlanFile } from "../import/read-plan-file.ts";
import type { Db, Store } from "../store/database.ts";
import type { PendingUploadRow } from "../store/tables/web.table.ts";
import { AppError } from "./errors.ts";
import { type ImportOutcome, type ImportStep, importPlan, planImport } from "./import-plan.ts";
import { importSheet, planSheetImport, type SheetImportOutcome } from "./monitoring-sheet.ts";
import { discardUpload } from "./pending-uploads.ts";

interface PreviewBase {
  uploadId: number;
  fileName: string;
  diagnostics: Diagnostic[];
  /** Why the file cannot be imported whatever its content (an older edition, a closed campaign…). */
  refusal: AppError | null;
  canConfirm: boolean;
}

export interface PlanPreview extends PreviewBase {
  kind: "plan";
  document: PlanDocument | null;
  step: ImportStep | null;
}

export interface FiguresPreview extends PreviewBase {
  kind: "figures";
  campaignId: number;
  rows: SheetImportOutcome["rows"];
  measurements: SheetMeasurement[];
  /** Errors in some rows, but others could be imported on their own. */
  canConfirmValidOnly: boolean;
}

export type UploadPreview = PlanPreview | FiguresPreview;

/** A planning office imports only its own administration's plans; a new administration is for the system administrator. */
function authoriseImport(actor: Actor, step: ImportStep): void {
  const allowed =
    step.administrationId === null
      ? actor.administrationId === null && can(actor, "plan.import", { administrationId: 0 })
      : can(actor, "plan.import", { administrationId: step.administrationId });
  if (!allowed) throw new AppError("forbidden", "upload.otherAdministration");
}

/** Runs a plan step; an AppError becomes the preview's refusal, anything else is a bug and goes on. */
async function refusalOf<T>(
  work: () => Promise<T>,
): Promise<{ value: T | null; refusal: AppError | null }> {
  try {
    return { value: await work(), refusal: null };
  } catch (e) {
    if (e instanceof AppError) return { value: null, refusal: e };
    throw e;
  }
}

async function previewPlan(db: Db, actor: Actor, upload: PendingUploadRow): Promise<PlanPreview> {
  const read = readPlanFile(upload.content);
  const doc = read.document;
  const { value: step, refusal } = doc
    ? await refusalOf(async () => {
        const s = await planImport(db, doc);
        authoriseImport(actor, s);
        return s;
      })
    : { value: null, refusal: null };
  return {
    kind: "plan",
    uploadId: upload.id,
    fileName: upload.file_name,
    diagnostics: read.diagnostics,
    refusal,
    document: doc,
    step,
    canConfirm:
      doc !== null && !hasErrors(read.diagnostics) && step !== null && step.status !== "unchanged",
  };
}

async function previewFigures(
  db: Db,
  actor: Actor,
  upload: PendingUploadRow,
): Promise<FiguresPreview> {
  const sheet = await readMonitoringSheet(upload.content, upload.file_name);
  const campaignId = upload.campaign_id ?? sheet.campaignId ?? 0;
  const { value: plan, refusal } = await refusalOf(() =>
    planSheetImport(db, actor, campaignId, sheet.rows),
  );
  const diagnostics = [...sheet.diagnostics, ...(plan?.diagnostics ?? [])];
  const rows = plan?.rows ?? [];
  const errors = hasErrors(diagnostics);
  return {
    kind: "figures",
    uploadId: upload.id,
    fileName: upload.file_name,
    campaignId,
    diagnostics,
    refusal,
    rows,
    measurements: sheet.rows,
    canConfirm: refusal === null && !errors && rows.length > 0,
    canConfirmValidOnly: refusal === null && errors && rows.length > 0,
  };
}

export function previewUpload(
  db: Db,
  actor: Actor,
  upload: PendingUploadRow,
): Promise<UploadPreview> {
  return upload.kind === "plan"
    ? previewPlan(db, actor, upload)
    : previewFigures(db, actor, upload);
}

export type ConfirmedImport =
  | { kind: "plan"; outcome: ImportOutcome }
  | { kind: "figures"; campaignId: number; outcome: SheetImportOutcome };

/** Imports the upload exactly as previewed, then forgets it. */
export async function confirmUpload(
  store: Store,
  actor: Actor,
  upload: PendingUploadRow,
  options: { validOnly: boolean },
  now: Date,
): Promise<ConfirmedImport> {
  const preview = await previewUpload(store.db, actor, upload);
  if (preview.refusal) throw preview.refusal;
  const allowed =
    preview.canConfirm ||
    (preview.kind === "figures" && options.validOnly && preview.canConfirmValidOnly);
  if (!allowed) {
    const n = preview.diagnostics.filter((d) => d.severity === "error").length;
    throw new AppError("invalid_input", "upload.cannotConfirm", { n }, preview.diagnostics);
  }
  const result: ConfirmedImport =
    preview.kind === "plan"
      ? {
          kind: "plan",
          outcome: await importPlan(store, preview.document as PlanDocument, {
            sourceName: upload.file_name,
            actor: actor.username,
            now: () => now,
          }),
        }
      : {
          kind: "figures",
          campaignId: preview.campaignId,
          outcome: await importSheet(
            store,
            actor,
            preview.campaignId,
            preview.measurements,
            { validOnly: options.validOnly },
            now,
          ),
        };
  await discardUpload(store.db, actor, upload.id);
  return result;
}

export type Screening =
  | { ok: true; campaignId: number | null }
  | { ok: false; field: "file" | "campaign"; diagnostics: Diagnostic[] };

/**
 * Whether an uploaded file is worth keeping for a preview: one that cannot
 * be read at all (empty, binary, a PDF, a sheet without the template's
 * columns) is refused at once, and nothing is stored.
 */
export async function screenUpload(
  kind: "plan" | "figures",
  bytes: Uint8Array,
  fileName: string,
  chosenCampaign: number | null,
): Promise<Screening> {
  if (kind === "plan") {
    const read = readPlanFile(bytes);
    return read.document
      ? { ok: true, campaignId: null }
      : { ok: false, field: "file", diagnostics: read.diagnostics };
  }
  const sheet = await readMonitoringSheet(bytes, fileName);
  if (sheet.rows.length === 0 && hasErrors(sheet.diagnostics)) {
    return { ok: false, field: "file", diagnostics: sheet.diagnostics };
  }
  const campaignId = chosenCampaign ?? sheet.campaignId;
  if (campaignId === null) {
    return { ok: false, field: "campaign", diagnostics: [error("upload.noCampaign", null)] };
  }
  if (chosenCampaign !== null && sheet.campaignId !== null && sheet.campaignId !== chosenCampaign) {
    const params = { file: String(sheet.campaignId), given: String(chosenCampaign) };
    return {
      ok: false,
      field: "campaign",
      diagnostics: [error("upload.campaignMismatch", null, params)],
    };
  }
  return { ok: true, campaignId };
}
