/** The complete sample plan imported with the people who monitor its anti-corruption measures. */
import type { Actor } from "../../src/domain/authorization.ts";
import { importPlan } from "../../src/services/import-plan.ts";
import type { Store } from "../../src/store/database.ts";
import { completePlanDocument } from "./complete-plan.ts";
import { createPeople } from "./cycle-fixture.ts";

export interface RiskFixture {
  planId: number;
  administrationId: number;
  planning: Actor;
  /** Head of Area Amministrativa, above the Settore Personale (measure MG-01). */
  headAmm: Actor;
  /** Head of the Settore Lavori Pubblici, below Area Tecnica (measure MS-01 is Area Tecnica's). */
  headLlpp: Actor;
  evaluator: Actor;
  reader: Actor;
}

export async function seedRiskPlan(store: Store): Promise<RiskFixture> {
  const { planId, administrationId } = await importPlan(store, completePlanDocument());
  const a = await createPeople(store, administrationId, [
    ["ufficio.piano", "planning", null],
    ["dir.amm", "head", "Area Amministrativa"],
    ["dir.llpp", "head", "Area Tecnica - Settore Lavori Pubblici"],
    ["nucleo", "evaluator", null],
    ["lettore", "reader", null],
  ]);
  return {
    planId,
    administrationId,
    planning: a["ufficio.piano"] as Actor,
    headAmm: a["dir.amm"] as Actor,
    headLlpp: a["dir.llpp"] as Actor,
    evaluator: a.nucleo as Actor,
    reader: a.lettore as Actor,
  };
}
