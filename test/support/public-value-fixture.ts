/**
 * The complete sample plan (Comune di Valle Serena) stored, with a planning
 * officer and a reader, and its 2025 year-end campaign measured: objective
 * 101 at 90%, 102 at 50%, 103 at 100%, one impact figure (VP1.1) measured
 * in the plan and the measure MS-01 monitored as partly implemented.
 */
import type { Actor } from "../../src/domain/authorization.ts";
import type { PlanDocument } from "../../src/domain/plan.ts";
import { openCampaign } from "../../src/services/campaigns.ts";
import { importPlan } from "../../src/services/import-plan.ts";
import { recordMeasurement } from "../../src/services/measurements.ts";
import { createUser, findActor } from "../../src/services/users.ts";
import type { Store } from "../../src/store/database.ts";
import { completePlanDocument } from "./complete-plan.ts";

export interface PublicValueFixture {
  planId: number;
  administrationId: number;
  planning: Actor;
  reader: Actor;
}

/** The sample plan and its users, no campaign. */
export async function storeCompletePlan(
  store: Store,
  doc: PlanDocument = completePlanDocument(),
): Promise<PublicValueFixture> {
  const { planId, administrationId } = await importPlan(store, doc);
  for (const [username, role] of [
    ["ufficio.piano", "planning"],
    ["lettore", "reader"],
  ] as const) {
    await createUser(store, {
      username,
      displayName: username,
      role,
      administrationId,
      unitKey: null,
    });
  }
  return {
    planId,
    administrationId,
    planning: await findActor(store.db, "ufficio.piano"),
    reader: await findActor(store.db, "lettore"),
  };
}

/** Opens the 2025 year-end campaign and records its measurements; returns its id. */
export async function measureYearEnd(store: Store, f: PublicValueFixture): Promise<number> {
  const campaign = await openCampaign(store, f.planning, {
    planId: f.planId,
    year: 2025,
    kind: "yearend",
  });
  const measure = (
    objectiveCode: string,
    indicatorCode: string,
    value: Parameters<typeof recordMeasurement>[2]["value"],
  ) =>
    recordMeasurement(store, f.planning, {
      campaignId: campaign.id,
      objectiveCode,
      indicatorCode,
      value,
    });
  await measure("101", "1011", { kind: "percent", value: 63 });
  await measure("102", "1021", { kind: "number", value: 2 });
  await measure("103", "1031", { kind: "deadline", doneOn: "2025-06-15" });
  await store.db
    .insertInto("measure_monitoring")
    .values({
      administration_id: f.administrationId,
      campaign_id: campaign.id,
      measure_code: "MS-01",
      status: "partly",
      reason: "Controlli avviati a settembre",
      entered_by: "ufficio.piano",
      entered_at: "2026-01-15T10:00:00.000Z",
    })
    .execute();
  return campaign.id;
}
