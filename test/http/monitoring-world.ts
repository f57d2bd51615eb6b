/** The app of the monitoring tests: the seed plan and its people, on one engine, at a fixed date. */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import type { Store } from "../../src/store/database.ts";
import { type CycleFixture, seedCycle } from "../support/cycle-fixture.ts";
import type { TestEngine } from "../support/engines.ts";
import { givePasswords, testApp } from "../support/web.ts";

export interface MonitoringWorld {
  store: Store;
  app: FastifyInstance;
  f: CycleFixture;
}

/** Sets up the world before the suite (after `prepare`, e.g. opening a campaign) and removes it after. */
export function monitoringWorld(
  engine: TestEngine,
  now: Date,
  prepare: (store: Store, f: CycleFixture) => Promise<void> = async () => {},
): MonitoringWorld {
  const world = {} as MonitoringWorld;
  let dispose = async () => {};
  beforeAll(async () => {
    const created = await engine.create();
    world.store = created.store;
    dispose = created.dispose;
    world.f = await seedCycle(world.store);
    await givePasswords(world.store);
    await prepare(world.store, world.f);
    world.app = await testApp(world.store, { now: () => now });
  });
  afterAll(async () => {
    await world.app?.close();
    await dispose();
  });
  return world;
}
