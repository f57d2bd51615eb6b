import type { Administration } from "../../domain/plan.ts";
import type { Db } from "../database.ts";
import type { AdministrationRow } from "../tables/administration.table.ts";

export function toAdministration(row: AdministrationRow): Administration {
  return {
    name: row.name,
    kind: row.kind,
    region: row.region,
    legalSeat: row.legal_seat,
    population: row.population,
    areaKm2: row.area_km2,
    website: row.website,
    phone: row.phone,
    pec: row.pec,
    email: row.email,
    taxCode: row.tax_code,
    vatNumber: row.vat_number,
    ipaCode: row.ipa_code,
    employees: row.employees,
  };
}

function toColumns(a: Administration) {
  return {
    name: a.name,
    kind: a.kind,
    region: a.region,
    legal_seat: a.legalSeat,
    population: a.population,
    area_km2: a.areaKm2,
    website: a.website,
    phone: a.phone,
    pec: a.pec,
    email: a.email,
    tax_code: a.taxCode,
    vat_number: a.vatNumber,
    ipa_code: a.ipaCode,
    employees: a.employees,
  };
}

/**
 * The administration a document speaks of: the same codice fiscale, else the
 * same IPA code, else (for documents that give neither) the same name.
 */
export async function findAdministration(
  db: Db,
  a: Pick<Administration, "taxCode" | "ipaCode" | "name">,
): Promise<AdministrationRow | undefined> {
  let query = db.selectFrom("administration").selectAll();
  if (a.taxCode) query = query.where("tax_code", "=", a.taxCode);
  else if (a.ipaCode) query = query.where("ipa_code", "=", a.ipaCode);
  else query = query.where("name", "=", a.name).where("tax_code", "is", null);
  return query.executeTakeFirst();
}

export async function getAdministration(
  db: Db,
  id: number,
): Promise<AdministrationRow | undefined> {
  return db.selectFrom("administration").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertAdministration(
  db: Db,
  a: Administration,
  now: string,
): Promise<number> {
  const row = await db
    .insertInto("administration")
    .values({ ...toColumns(a), created_at: now, updated_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateAdministration(
  db: Db,
  id: number,
  a: Administration,
  now: string,
): Promise<void> {
  await db
    .updateTable("administration")
    .set({ ...toColumns(a), updated_at: now })
    .where("id", "=", id)
    .execute();
}
