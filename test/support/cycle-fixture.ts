/** The seed imported, with the people of a performance cycle, ready for campaigns. */
import type { Actor } from "../../src/domain/authorization.ts";
import { readPiaoText } from "../../src/import/piao-text/read.ts";
import { importPlan } from "../../src/services/import-plan.ts";
import { createUser, findActor } from "../../src/services/users.ts";
import type { Store } from "../../src/store/database.ts";
import { AREA_RISORSE, AREA_SVILUPPO, SETTORE_ISTRUZIONE, seedText } from "./seed-expected.ts";

export interface CycleFixture {
  planId: number;
  administrationId: number;
  planning: Actor;
  /** Head of Area Risorse Programmazione e Organizzazione. */
  headRisorse: Actor;
  /** Head of the Settore Istruzione e Sviluppo Sociale. */
  headSettore: Actor;
  /** Head of Area Sviluppo Economico e Sociale, the Settore's parent. */
  headSviluppo: Actor;
  evaluator: Actor;
  reader: Actor;
}

/** People of one administration: username, role, unit (heads only). */
export type PersonSpec = [username: string, role: Actor["role"], unitKey: string | null];

/** Creates the people and answers each one's Actor, by username. */
export async function createPeople(
  store: Store,
  administrationId: number,
  people: readonly PersonSpec[],
): Promise<Record<string, Actor>> {
  const actors: Record<string, Actor> = {};
  for (const [username, role, unitKey] of people) {
    await createUser(store, { username, displayName: username, role, administrationId, unitKey });
    actors[username] = await findActor(store.db, username);
  }
  return actors;
}

/** `text`: the plan to import, the seed by default (a test may alter it). */
export async function seedCycle(store: Store, text = seedText()): Promise<CycleFixture> {
  const read = readPiaoText(text);
  if (!read.document) throw new Error("seed did not read");
  const { planId, administrationId } = await importPlan(store, read.document);
  const a = await createPeople(store, administrationId, [
    ["ufficio.piano", "planning", null],
    ["dir.risorse", "head", AREA_RISORSE],
    ["dir.istruzione", "head", SETTORE_ISTRUZIONE],
    ["dir.sviluppo", "head", AREA_SVILUPPO],
    ["nucleo", "evaluator", null],
    ["lettore", "reader", null],
  ]);
  return {
    planId,
    administrationId,
    planning: a["ufficio.piano"] as Actor,
    headRisorse: a["dir.risorse"] as Actor,
    headSettore: a["dir.istruzione"] as Actor,
    headSviluppo: a["dir.sviluppo"] as Actor,
    evaluator: a.nucleo as Actor,
    reader: a.lettore as Actor,
  };
}
