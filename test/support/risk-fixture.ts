/** The complete sample plan imported with the people who monitor its anti-corruption measures. */
import type { Actor } from "../../src/domain/authorization.ts";
import { importPlan } from "../../src/services/import-plan.ts";
import { createUser, findActor } from "../../src/services/users.ts";
import type { Store } from "../../src/store/database.ts";
import { completePlanDocument } from "./complete-plan.ts";

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
  const users: [string, Actor["role"], string | null][] = [
    ["ufficio.piano", "planning", null],
    ["dir.amm", "head", "Area Amministrativa"],
    ["dir.llpp", "head", "Area Tecnica - Settore Lavori Pubblici"],
    ["nucleo", "evaluator", null],
    ["lettore", "reader", null],
  ];
  for (const [username, role, unitKey] of users) {
    await createUser(store, { username, displayName: username, role, administrationId, unitKey });
  }
  const actor = (u: string) => findActor(store.db, u);
  return {
    planId,
    administrationId,
    planning: await actor("ufficio.piano"),
    headAmm: await actor("dir.amm"),
    headLlpp: await actor("dir.llpp"),
    evaluator: await actor("nucleo"),
    reader: await actor("lettore"),
  };
}
