/** A suite's web application on the seeded plan and its users, with passwords. */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import type { StoreTarget } from "../../src/config.ts";
import type { Store } from "../../src/store/database.ts";
import { type CycleFixture, seedCycle } from "./cycle-fixture.ts";
import type { TestEngine } from "./engines.ts";
import { givePasswords, testApp } from "./web.ts";

export interface SeededWeb {
  store: Store;
  /** Where the store is, for the `piao` command. */
  target: StoreTarget;
  app: FastifyInstance;
  seed: CycleFixture;
  /** "/piani/<id>" of the seeded plan. */
  plan: string;
}

export interface SeededWebOptions {
  /** The app's clock: the date of the plan's calendar the suite stands at. */
  now?: Date;
  /** Runs after seeding and before passwords are given and the app starts: open a campaign, add a user. */
  prepare?: (store: Store, seed: CycleFixture) => Promise<void>;
}

/** Filled in beforeAll, closed in afterAll: read its fields inside tests only. */
export function seededWebApp(engine: TestEngine, options: SeededWebOptions = {}): SeededWeb {
  const web = {} as SeededWeb;
  let dispose: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const created = await engine.create();
    dispose = created.dispose;
    web.store = created.store;
    web.target = created.target;
    web.seed = await seedCycle(web.store);
    await options.prepare?.(web.store, web.seed);
    await givePasswords(web.store);
    const now = options.now;
    web.app = await testApp(web.store, now ? { now: () => now } : {});
    web.plan = `/piani/${web.seed.planId}`;
  });
  afterAll(async () => {
    await web.app?.close();
    await dispose();
  });
  return web;
}
