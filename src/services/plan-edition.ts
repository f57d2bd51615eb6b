/** Reading a stored plan back as a PlanDocument, current or any earlier edition. */
import type { PlanDocument, PlanStatus } from "../domain/plan.ts";
import type { Db } from "../store/database.ts";
import { readEditionContent } from "../store/repositories/edition-content.repository.ts";
import {
  findPlanSummary,
  getEdition,
  listEditions,
  listPlans,
  type PlanSummaryRow,
} from "../store/repositories/plan.repository.ts";
import type { PlanEditionRow } from "../store/tables/plan.table.ts";
import { AppError } from "./errors.ts";

export interface PlanSelector {
  /** Plan id; when absent the only plan in the database, or the most recent. */
  planId?: number;
  /** Edition number; when absent the current edition. */
  edition?: number;
}

export async function resolvePlan(db: Db, selector: PlanSelector = {}): Promise<PlanSummaryRow> {
  if (selector.planId !== undefined) {
    const plan = await findPlanSummary(db, selector.planId);
    if (!plan) throw new AppError("not_found", "plan.notFound", { id: String(selector.planId) });
    return plan;
  }
  const plans = await listPlans(db);
  if (plans.length === 0) throw new AppError("not_found", "plan.noneInDatabase");
  return plans.reduce((best, p) => (p.startYear > best.startYear ? p : best));
}

async function resolveEdition(
  db: Db,
  plan: PlanSummaryRow,
  edition?: number,
): Promise<PlanEditionRow> {
  if (edition === undefined) {
    const current = plan.editionId === null ? undefined : await getEdition(db, plan.editionId);
    if (current) return current;
  }
  const editions = await listEditions(db, plan.planId);
  const found = editions.find((e) => e.number === edition);
  if (!found) {
    throw new AppError("not_found", "plan.editionNotFound", {
      edition: String(edition ?? "?"),
      available: editions.map((e) => e.number).join(", "),
    });
  }
  return found;
}

/** The whole plan as a document, as the chosen edition stated it. */
export async function loadPlanDocument(
  db: Db,
  selector: PlanSelector = {},
): Promise<{ summary: PlanSummaryRow; edition: PlanEditionRow; document: PlanDocument }> {
  const summary = await resolvePlan(db, selector);
  const edition = await resolveEdition(db, summary, selector.edition);
  const content = await readEditionContent(db, {
    administrationId: summary.administrationId,
    editionId: edition.id,
  });
  const document: PlanDocument = {
    administration: JSON.parse(edition.administration_snapshot),
    plan: {
      title: edition.title,
      startYear: summary.startYear,
      endYear: summary.endYear,
      documentDate: edition.document_date,
      adoptionDate: summary.adoptionDate,
      status: summary.status as PlanStatus,
    },
    ...content,
  };
  return { summary, edition, document };
}
