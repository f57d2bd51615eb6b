import type { Db } from "../database.ts";
import type { PlanEditionRow, PlanRow } from "../tables/plan.table.ts";

export interface PlanSummaryRow {
  planId: number;
  administrationId: number;
  administrationName: string;
  taxCode: string | null;
  startYear: number;
  endYear: number;
  status: string;
  adoptionDate: string | null;
  editionId: number | null;
  editionNumber: number | null;
  title: string | null;
  documentDate: string | null;
}

export async function findPlanByPeriod(
  db: Db,
  administrationId: number,
  startYear: number,
  endYear: number,
): Promise<PlanRow | undefined> {
  return db
    .selectFrom("plan")
    .selectAll()
    .where("administration_id", "=", administrationId)
    .where("start_year", "=", startYear)
    .where("end_year", "=", endYear)
    .executeTakeFirst();
}

export async function insertPlan(
  db: Db,
  values: {
    administrationId: number;
    startYear: number;
    endYear: number;
    status: string;
    adoptionDate: string | null;
  },
  now: string,
): Promise<number> {
  const row = await db
    .insertInto("plan")
    .values({
      administration_id: values.administrationId,
      start_year: values.startYear,
      end_year: values.endYear,
      status: values.status,
      adoption_date: values.adoptionDate,
      current_edition_id: null,
      created_at: now,
      updated_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setCurrentEdition(
  db: Db,
  plan: { id: number; administrationId: number },
  editionId: number,
  changes: { status: string; adoptionDate: string | null },
  now: string,
): Promise<void> {
  await db
    .updateTable("plan")
    .set({
      current_edition_id: editionId,
      status: changes.status,
      adoption_date: changes.adoptionDate,
      updated_at: now,
    })
    .where("id", "=", plan.id)
    .where("administration_id", "=", plan.administrationId)
    .execute();
}

export async function getEdition(db: Db, editionId: number): Promise<PlanEditionRow | undefined> {
  return db.selectFrom("plan_edition").selectAll().where("id", "=", editionId).executeTakeFirst();
}

export async function listEditions(db: Db, planId: number): Promise<PlanEditionRow[]> {
  return db
    .selectFrom("plan_edition")
    .selectAll()
    .where("plan_id", "=", planId)
    .orderBy("number")
    .execute();
}

export async function insertEdition(db: Db, values: Omit<PlanEditionRow, "id">): Promise<number> {
  const row = await db
    .insertInto("plan_edition")
    .values(values)
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

function summaries(db: Db) {
  return db
    .selectFrom("plan")
    .innerJoin("administration", "administration.id", "plan.administration_id")
    .leftJoin("plan_edition", "plan_edition.id", "plan.current_edition_id")
    .select([
      "plan.id as planId",
      "plan.administration_id as administrationId",
      "administration.name as administrationName",
      "administration.tax_code as taxCode",
      "plan.start_year as startYear",
      "plan.end_year as endYear",
      "plan.status as status",
      "plan.adoption_date as adoptionDate",
      "plan_edition.id as editionId",
      "plan_edition.number as editionNumber",
      "plan_edition.title as title",
      "plan_edition.document_date as documentDate",
    ]);
}

/** Every plan with its administration and current edition, by administration, newest period first. */
export async function listPlans(db: Db): Promise<PlanSummaryRow[]> {
  return summaries(db).orderBy("administration.name").orderBy("plan.start_year", "desc").execute();
}

export async function findPlanSummary(db: Db, planId: number): Promise<PlanSummaryRow | undefined> {
  return summaries(db).where("plan.id", "=", planId).executeTakeFirst();
}
