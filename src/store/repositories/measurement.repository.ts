import type { MeasuredValue } from "../../domain/achievement/types.ts";
import type { IndicatorKind } from "../../domain/plan.ts";
import type { Db } from "../database.ts";
import type { MeasurementRow } from "../tables/cycle.table.ts";

export function toMeasuredValue(
  row: Pick<MeasurementRow, "kind" | "done_on" | "number_value" | "boolean_value">,
): MeasuredValue | null {
  const kind = row.kind as IndicatorKind;
  switch (kind) {
    case "deadline":
      return { kind, doneOn: row.done_on };
    case "number":
    case "percent":
      return row.number_value === null ? null : { kind, value: row.number_value };
    case "boolean":
      return row.boolean_value === null ? null : { kind, value: row.boolean_value === 1 };
  }
}

export function measuredColumns(value: MeasuredValue) {
  return {
    kind: value.kind,
    done_on: value.kind === "deadline" ? value.doneOn : null,
    number_value: value.kind === "number" || value.kind === "percent" ? value.value : null,
    boolean_value: value.kind === "boolean" ? (value.value ? 1 : 0) : null,
  };
}

export async function listMeasurements(
  db: Db,
  administrationId: number,
  campaignId: number,
): Promise<MeasurementRow[]> {
  return db
    .selectFrom("measurement")
    .selectAll()
    .where("administration_id", "=", administrationId)
    .where("campaign_id", "=", campaignId)
    .orderBy("id")
    .execute();
}

export async function findMeasurement(
  db: Db,
  campaignId: number,
  objectiveCode: string,
  indicatorCode: string,
): Promise<MeasurementRow | undefined> {
  return db
    .selectFrom("measurement")
    .selectAll()
    .where("campaign_id", "=", campaignId)
    .where("objective_code", "=", objectiveCode)
    .where("indicator_code", "=", indicatorCode)
    .executeTakeFirst();
}
