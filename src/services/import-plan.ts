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

export async function importPlan(
  store: Store,
  doc: PlanDocument,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const now = (options.now?.() ?? new Date()).toISOString();
  return writeTransaction(store, async (tx) => {
    const admin = await findAdministration(tx, doc.administration);
    const plan = admin
      ? await findPlanByPeriod(tx, admin.id, doc.plan.startYear, doc.plan.endYear)
      : undefined;
    const current = plan?.current_edition_id
      ? await getEdition(tx, plan.current_edition_id)
      : undefined;

    if (options.expectedEdition !== undefined && current?.number !== options.expectedEdition) {
      throw new AppError("conflict", "plan.edit.stale", {
        expected: String(options.expectedEdition),
        edition: String(current?.number ?? "?"),
      });
    }
    if (admin && plan && current) {
      if (current.content_hash === contentFingerprint(doc)) {
        return base("unchanged", admin.id, plan.id, current.number, null);
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
      const previous = await loadPlanDocument(tx, { planId: plan.id });
      await updateAdministration(tx, admin.id, doc.administration, now);
      const ids = { administrationId: admin.id, planId: plan.id };
      await storeEdition(tx, ids, doc, current.number + 1, options, now);
      await refreshOpenCampaigns(tx, ids);
      await recordAudit(tx, {
        administrationId: admin.id,
        entity: "plan",
        entityKey: String(plan.id),
        action: "import",
        actor: options.actor ?? "import",
        at: now,
        before: { edition: current.number },
        after: { edition: current.number + 1, source: options.sourceName ?? null },
      });
      const outcome = base(
        "updated",
        admin.id,
        plan.id,
        current.number + 1,
        diffPlans(previous.document, doc),
      );
      await options.onStored?.(tx, outcome);
      return outcome;
    }

    const administrationId = admin?.id ?? (await insertAdministration(tx, doc.administration, now));
    if (admin) await updateAdministration(tx, admin.id, doc.administration, now);
    const planId =
      plan?.id ??
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
    await recordAudit(tx, {
      administrationId,
      entity: "plan",
      entityKey: String(planId),
      action: "import",
      actor: options.actor ?? "import",
      at: now,
      after: { edition: 1, source: options.sourceName ?? null },
    });
    return base("created", administrationId, planId, 1, null);
  });
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
