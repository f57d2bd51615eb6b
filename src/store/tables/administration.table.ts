import type { Generated, Insertable, Selectable, Updateable } from "kysely";

export interface AdministrationTable {
  id: Generated<number>;
  name: string;
  kind: string | null;
  region: string | null;
  legal_seat: string | null;
  population: number | null;
  area_km2: number | null;
  website: string | null;
  phone: string | null;
  pec: string | null;
  email: string | null;
  tax_code: string | null;
  vat_number: string | null;
  ipa_code: string | null;
  employees: number | null;
  created_at: string;
  updated_at: string;
}

export type AdministrationRow = Selectable<AdministrationTable>;
export type NewAdministrationRow = Insertable<AdministrationTable>;
export type AdministrationUpdate = Updateable<AdministrationTable>;
