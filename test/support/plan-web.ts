/** A suite's web application on the seeded plan and its users, with passwords, for the plan pages' tests. */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import type { Store } from "../../src/store/database.ts";
import { type CycleFixture, seedCycle } from "./cycle-fixture.ts";
import type { TestEngine } from "./engines.ts";
import { givePasswords, testApp } from "./web.ts";

export interface SeededWeb {
  store: Store;
  app: FastifyInstance;
  seed: CycleFixture;
  /** "/piani/<id>" of the seeded plan. */
  plan: string;
}

/** Filled in beforeAll, closed in afterAll: read its fields inside tests only. */
export function seededWebApp(engine: TestEngine): SeededWeb {
  const web = {} as SeededWeb;
  let dispose: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const created = await engine.create();
    dispose = created.dispose;
    web.store = created.store;
    web.seed = await seedCycle(web.store);
    await givePasswords(web.store);
    web.app = await testApp(web.store);
    web.plan = `/piani/${web.seed.planId}`;
  });
  afterAll(async () => {
    await web.app?.close();
    await dispose();
  });
  return web;
}
