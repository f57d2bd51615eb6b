import { expect, it } from "vitest";
import { saveObjective } from "../../src/domain/plan-edit.ts";
import { editPlan, recordKey } from "../../src/services/plan-editing.ts";
import { describeEachEngine } from "../support/engines.ts";
import { seededWebApp } from "../support/plan-web.ts";
import { AREA_RISORSE } from "../support/seed-expected.ts";

describeEachEngine("two people saving the same edition of a plan at once", (engine) => {
  const web = seededWebApp(engine);

  const edit = (code: string) =>
    editPlan(web.store, web.seed.planning, {
      planId: web.seed.planId,
      expectedEdition: 1,
      edit: (doc) =>
        saveObjective(doc, null, {
          code,
          title: `Obiettivo ${code}`,
          description: "",
          unitKey: AREA_RISORSE,
          positiveAction: null,
          weight: null,
          tags: [],
        }),
      record: () => ({
        entity: "objective",
        key: recordKey(web.seed.planId, code),
        before: null,
        after: { code },
      }),
    });

  it("stores one edition and refuses the other as a conflict, with nothing of it written", async () => {
    const outcomes = await Promise.allSettled([edit("8001"), edit("8002")]);
    const saved = outcomes.filter((o) => o.status === "fulfilled");
    const refused = outcomes.filter((o) => o.status === "rejected");
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({
      code: "conflict",
      messageCode: "plan.edit.stale",
    });
    const editions = await web.store.db.selectFrom("plan_edition").select("number").execute();
    expect(editions.map((e) => e.number).sort()).toEqual([1, 2]);
    const audited = await web.store.db
      .selectFrom("audit_event")
      .select("entity_key")
      .where("entity", "=", "objective")
      .execute();
    expect(audited).toHaveLength(1);
  });
});
