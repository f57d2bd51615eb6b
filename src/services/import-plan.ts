/**
 * Importing a plan document: one transaction that either creates the plan,
 * recognises it as unchanged, or stores it as a new edition and says what changed.
 */

import { fingerprint } from "../domain/fingerprint.ts";
import { formatItalianDate } from "../domain/format-value.ts";
import type { PlanDocument } from "../domain/plan.ts";
import type { PlanDiff } from "../domain/plan-diff.ts";
import { diffPlans } from "../domain/plan-diff.ts";
import { type Db, type Store, writeTransaction } from "../store/database.ts";
import {
  findAdministration,
  insertAdministration,
  updateAdministration,
} from "../store/repositories/administration.repository.ts";
import { writeEditionContent } from "../store/repositories/edition-writer.repository.ts";
import {
  findPlanByPeriod,
  getEdition,
  insertEdition,
  insertPlan,
  setCurrentEdition,
} from "../store/repositories/plan.repository.ts";
import { recordAudit } from "./audit.ts";
import { AppError } from "./errors.ts";
import { refreshOpenCampaigns } from "./indicator-results.ts";
import { loadPlanDocument } from "./plan-edition.ts";
import { bumpGeneration } from "./public/generation.ts";
import { refuseLockedChanges } from "./section-workflow.ts";

export type ImportStatus = "created" | "unchanged" | "updated";

export interface ImportOutcome {
  status: ImportStatus;
  administrationId: number;
  planId: number;
  editionNumber: number;
  /** Against the previous edition; null when the plan is new. */
  diff: PlanDiff | null;
}

export interface ImportOptions {
  sourceName?: string | null;
  /** Who imports, for the audit trail. */
  actor?: string;
  now?: () => Date;
  /** Called as records are written: done and total count of objectives and indicators. */
  onProgress?: (done: number, total: number) => void;
  /**
   * The edition the change was made on (an edit in the browser): if the
   * current edition is another one, nothing is written (conflict).
   */
  expectedEdition?: number;
  /** Runs in the same transaction once a new edition is stored, e.g. to audit the edited record. */
  onStored?: (tx: Db, outcome: ImportOutcome) => Promise<void>;
}

/**
 * The plan's lifecycle (status, adoption) is managed in the product, not by
 * the text of an edition, so it stays out of the content fingerprint.
 */
export function contentFingerprint(doc: PlanDocument): string {
  const { status: _status, adoptionDate: _adoption, ...header } = doc.plan;
  return fingerprint({ ...doc, plan: header });
}

async function storeEdition(
  tx: Db,
  ids: { administrationId: number; planId: number },
  doc: PlanDocument,
  number: number,
  options: ImportOptions,
  now: string,
): Promise<void> {
  const editionId = await insertEdition(tx, {
    administration_id: ids.administrationId,
    plan_id: ids.planId,
    number,
    title: doc.plan.title,
    document_date: doc.plan.documentDate,
    content_hash: contentFingerprint(doc),
    administration_snapshot: JSON.stringify(doc.administration),
    source_name: options.sourceName ?? null,
    imported_at: now,
  });
  await writeEditionContent(
    tx,
    { administrationId: ids.administrationId, editionId },
    doc,
    options.onProgress,
  );
  await setCurrentEdition(
    tx,
    { id: ids.planId, administrationId: ids.administrationId },
    editionId,
    { status: doc.plan.status, adoptionDate: doc.plan.adoptionDate },
    now,
  );
}

/**
 * What importing a document would do, decided once: the web preview shows
 * it, importPlan carries it out in the same transaction it was decided in.
 * Throws the conflict of an edition older than the stored one.
 */
export type ImportStep =
  | { status: "unchanged"; administrationId: number; planId: number; editionNumber: number }
  | {
      status: "updated";
      administrationId: number;
      planId: number;
      editionNumber: number;
      diff: PlanDiff;
    }
  | {
      status: "created";
      /** null: a new administration; else it exists and gets a new plan (or its first edition). */
      administrationId: number | null;
      planId: number | null;
      editionNumber: 1;
    };

export async function planImport(db: Db, doc: PlanDocument): Promise<ImportStep> {
  const admin = await findAdministration(db, doc.administration);
  const plan = admin
    ? await findPlanByPeriod(db, admin.id, doc.plan.startYear, doc.plan.endYear)
    : undefined;
  const current = plan?.current_edition_id
    ? await getEdition(db, plan.current_edition_id)
    : undefined;
  if (!(admin && plan && current)) {
    return {
      status: "created",
      administrationId: admin?.id ?? null,
      planId: plan?.id ?? null,
      editionNumber: 1,
    };
  }
  const ids = { administrationId: admin.id, planId: plan.id };
  if (current.content_hash === contentFingerprint(doc)) {
    return { status: "unchanged", ...ids, editionNumber: current.number };
  }
  if (
    doc.plan.documentDate &&
    current.document_date &&
    doc.plan.documentDate < current.document_date
  ) {
    throw new AppError("conflict", "import.olderEdition", {
      file: formatItalianDate(doc.plan.documentDate),
      stored: formatItalianDate(current.document_date),
      edition: String(current.number),
    });
  }
  const previous = await loadPlanDocument(db, { planId: plan.id });
  const diff = diffPlans(previous.document, doc);
  return { status: "updated", ...ids, editionNumber: current.number + 1, diff };
}

export async function importPlan(
  store: Store,
  doc: PlanDocument,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const now = (options.now?.() ?? new Date()).toISOString();
  return writeTransaction(store, async (tx) => {
    const step = await planImport(tx, doc);
    checkExpectedEdition(step, options.expectedEdition);
    if (step.status === "unchanged") {
      return base("unchanged", step.administrationId, step.planId, step.editionNumber, null);
    }
    if (step.status === "updated") {
      const { administrationId, planId, editionNumber } = step;
      await refuseLockedChanges(tx, planId, doc);
      await updateAdministration(tx, administrationId, doc.administration, now);
      // The public list shows the administration's registry data.
      await bumpGeneration(tx);
      await storeEdition(tx, { administrationId, planId }, doc, editionNumber, options, now);
      await refreshOpenCampaigns(tx, { administrationId, planId });
      await auditImport(tx, { administrationId, planId }, editionNumber, options, now);
      const outcome = base("updated", administrationId, planId, editionNumber, step.diff);
      await options.onStored?.(tx, outcome);
      return outcome;
    }
    return createPlan(tx, doc, step, options, now);
  });
}

/** An edit made on one edition is refused when another is now current: nothing is written. */
function checkExpectedEdition(step: ImportStep, expected: number | undefined): void {
  if (expected === undefined) return;
  const current =
    step.status === "updated"
      ? step.editionNumber - 1
      : step.status === "unchanged"
        ? step.editionNumber
        : undefined;
  if (current !== expected) {
    throw new AppError("conflict", "plan.edit.stale", {
      expected: String(expected),
      edition: String(current ?? "?"),
    });
  }
}

/** The import in the audit trail: which edition it made, from which file, by whom. */
async function auditImport(
  tx: Db,
  ids: { administrationId: number; planId: number },
  edition: number,
  options: ImportOptions,
  now: string,
): Promise<void> {
  await recordAudit(tx, {
    administrationId: ids.administrationId,
    entity: "plan",
    entityKey: String(ids.planId),
    action: "import",
    actor: options.actor ?? "import",
    at: now,
    ...(edition > 1 ? { before: { edition: edition - 1 } } : {}),
    after: { edition, source: options.sourceName ?? null },
  });
}

async function createPlan(
  tx: Db,
  doc: PlanDocument,
  step: Extract<ImportStep, { status: "created" }>,
  options: ImportOptions,
  now: string,
): Promise<ImportOutcome> {
  const administrationId =
    step.administrationId ?? (await insertAdministration(tx, doc.administration, now));
  if (step.administrationId !== null) {
    await updateAdministration(tx, administrationId, doc.administration, now);
  }
  const planId =
    step.planId ??
    (await insertPlan(
      tx,
      {
        administrationId,
        startYear: doc.plan.startYear,
        endYear: doc.plan.endYear,
        status: doc.plan.status,
        adoptionDate: doc.plan.adoptionDate,
      },
      now,
    ));
  await storeEdition(tx, { administrationId, planId }, doc, 1, options, now);
  await auditImport(tx, { administrationId, planId }, 1, options, now);
  return base("created", administrationId, planId, 1, null);
}

function base(
  status: ImportStatus,
  administrationId: number,
  planId: number,
  editionNumber: number,
  diff: PlanDiff | null,
): ImportOutcome {
  return { status, administrationId, planId, editionNumber, diff };
}
