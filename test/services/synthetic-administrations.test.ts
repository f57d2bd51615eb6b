/**
 * The synthetic administrations: plausible and valid registry data, the same
 * for the same seed, and the bulk loader writes what the use cases would —
 * the same public plan, the same frozen report, the same stored roll-ups.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { isValidNumericTaxCode } from "../../src/domain/tax-code.ts";
import { publishedPlan } from "../../src/services/public/read.ts";
import type { Store } from "../../src/store/database.ts";
import { storedRollups } from "../../src/store/repositories/rollup.repository.ts";
import { describeEachEngine } from "../support/engines.ts";
import {
  KINDS,
  loadSyntheticAdministrations,
  publishThroughUseCases,
  REGIONS,
  syntheticAdministrations,
} from "../support/synthetic-administrations.ts";

it("makes distinct administrations with valid tax codes, deterministically", () => {
  const list = syntheticAdministrations({ count: 1000, seed: 3 });
  const registry = list.map((a) => a.document.administration);
  expect(registry.every((a) => isValidNumericTaxCode(a.taxCode ?? ""))).toBe(true);
  expect(new Set(registry.map((a) => a.taxCode)).size).toBe(1000);
  expect(new Set(registry.map((a) => a.ipaCode)).size).toBe(1000);
  expect(new Set(registry.map((a) => a.name)).size).toBe(1000);
  expect(new Set(registry.map((a) => a.kind))).toEqual(new Set(KINDS));
  expect(registry.every((a) => (REGIONS as readonly string[]).includes(a.region ?? ""))).toBe(true);
  expect(syntheticAdministrations({ count: 5, seed: 3 })).toEqual(list.slice(0, 5));
  expect(syntheticAdministrations({ count: 5, seed: 4 })).not.toEqual(list.slice(0, 5));
  for (const a of list.slice(0, 50)) {
    const areas = new Set(a.document.objectives.map((o) => o.positiveAction));
    expect(areas).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(a.document.units.length).toBeGreaterThanOrEqual(2);
  }
});

describeEachEngine("synthetic administrations", (engine) => {
  const COUNT = 4;
  let bulk: Store;
  let reference: Store;
  const disposers: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    for (const assign of [(s: Store) => (bulk = s), (s: Store) => (reference = s)]) {
      const created = await engine.create();
      assign(created.store);
      disposers.push(created.dispose);
    }
  });
  afterAll(async () => {
    for (const dispose of disposers) await dispose();
  });

  it("the bulk loader writes what the use cases write", async () => {
    const loaded = await loadSyntheticAdministrations(bulk, { count: COUNT, seed: 5 });
    const viaUseCases = [];
    for (const a of syntheticAdministrations({ count: COUNT, seed: 5 })) {
      viaUseCases.push(await publishThroughUseCases(reference, a));
    }
    for (let i = 0; i < COUNT; i++) {
      const fast = await publishedPlan(bulk.db, loaded.planIds[i] as number);
      const slow = await publishedPlan(reference.db, viaUseCases[i]?.planId as number);
      expect(fast?.campaigns).toHaveLength(1);
      // Fresh stores: the same ids, so the whole public plan compares.
      expect(fast).toEqual(slow);
    }
    const rollups = async (store: Store, campaignIds: number[]) =>
      (await storedRollups(store.db, campaignIds))
        .map(({ campaign_id, administration_id, ...r }) => ({
          at: campaignIds.indexOf(campaign_id),
          ...r,
        }))
        .sort(
          (a, b) => a.at - b.at || a.level.localeCompare(b.level) || a.key.localeCompare(b.key),
        );
    expect(await rollups(bulk, loaded.campaignIds)).toEqual(
      await rollups(
        reference,
        viaUseCases.map((u) => u.campaignId),
      ),
    );
  });
});
