/**
 * The records of sections 2.1, 2.3 and 3.x of one edition, one row each
 * (decision 0008): written once with the edition, read back whole and
 * validated by the bundle schema, so a row that no longer fits the schema
 * is reported, not silently passed on.
 */
import {
  emptySectionRecords,
  SECTION_RECORD_FIELDS,
  type SectionRecordField,
  type SectionRecords,
} from "../../domain/sections/index.ts";
import { sectionRecordFields } from "../../import/bundle/sections.schema.ts";
import type { Db } from "../database.ts";
import type { EditionScope } from "./edition-content.repository.ts";

const CHUNK = 200;
const FIELDS = Object.keys(SECTION_RECORD_FIELDS) as SectionRecordField[];

/** A record's code or key, or its position when it has neither (e.g. a staff count). */
function keyOf(record: unknown, position: number): string {
  if (record && typeof record === "object") {
    const r = record as Record<string, unknown>;
    for (const k of ["code", "key", "eventCode", "profile"]) {
      if (typeof r[k] === "string") return r[k] as string;
    }
  }
  return String(position);
}

interface RecordRow {
  administration_id: number;
  edition_id: number;
  field: string;
  collection: string;
  position: number;
  record_key: string;
  data: string;
}

export function sectionRecordRows(scope: EditionScope, records: SectionRecords): RecordRow[] {
  const rows: RecordRow[] = [];
  const base = { administration_id: scope.administrationId, edition_id: scope.editionId };
  for (const field of FIELDS) {
    const group = records[field] as unknown as Record<string, unknown>;
    const scalars: Record<string, unknown> = {};
    for (const [collection, value] of Object.entries(group)) {
      if (!Array.isArray(value)) {
        scalars[collection] = value;
        continue;
      }
      value.forEach((record, position) => {
        rows.push({
          ...base,
          field,
          collection,
          position,
          record_key: keyOf(record, position),
          data: JSON.stringify(record),
        });
      });
    }
    if (Object.keys(scalars).length > 0) {
      rows.push({
        ...base,
        field,
        collection: "",
        position: 0,
        record_key: "",
        data: JSON.stringify(scalars),
      });
    }
  }
  return rows;
}

export async function writeSectionRecords(
  db: Db,
  scope: EditionScope,
  records: SectionRecords,
): Promise<void> {
  const rows = sectionRecordRows(scope, records);
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto("edition_record")
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

/** Thrown when a stored record no longer reads with the bundle schema. */
export class StoredRecordError extends Error {}

export async function readSectionRecords(db: Db, scope: EditionScope): Promise<SectionRecords> {
  const rows = await db
    .selectFrom("edition_record")
    .select(["field", "collection", "position", "data"])
    .where("administration_id", "=", scope.administrationId)
    .where("edition_id", "=", scope.editionId)
    .orderBy("field")
    .orderBy("collection")
    .orderBy("position")
    .execute();
  const raw = emptySectionRecords() as unknown as Record<string, Record<string, unknown>>;
  for (const row of rows) {
    const group = raw[row.field];
    if (!group) continue;
    const data: unknown = JSON.parse(row.data);
    if (row.collection === "") Object.assign(group, data as object);
    else {
      const list = group[row.collection];
      if (Array.isArray(list)) list.push(data);
    }
  }
  const out = {} as Record<string, unknown>;
  for (const field of FIELDS) {
    const parsed = sectionRecordFields[field].safeParse(raw[field]);
    if (!parsed.success) {
      throw new StoredRecordError(
        `edition ${scope.editionId}: stored ${field} records do not read: ${parsed.error.message}`,
      );
    }
    out[field] = parsed.data;
  }
  return out as unknown as SectionRecords;
}
