/**
 * The workflow through the API: read with any token of the administration,
 * moved with a planning token; refusals as problems, answers validated
 * against the OpenAPI document (support/api.ts).
 */
import { expect, it } from "vitest";
import { ApiClient, expectOwnedExercised, expectProblem, makeToken } from "../support/api.ts";
import { describeEachEngine } from "../support/engines.ts";
import { seededWebApp } from "../support/plan-web.ts";
import { tableCount } from "../support/table-count.ts";

describeEachEngine("API: the workflow", (engine) => {
  const tokens: Record<string, string> = {};
  const web = seededWebApp(engine, {
    prepare: async (store, seed) => {
      tokens.planning = await makeToken(store, seed.administrationId, "iter", "planning");
      tokens.evaluator = await makeToken(store, seed.administrationId, "nucleo", "evaluator");
      tokens.reader = await makeToken(store, seed.administrationId, "lettura", "reader");
    },
  });
  const api = () => new ApiClient(web.app);
  const url = () => `/api/v1/plans/${web.seed.planId}/workflow`;

  it("reads the stages with a token that reads the audit trail; not a reader's, not without one", async () => {
    const res = await api().get(url(), { token: tokens.evaluator });
    expect(res.status).toBe(200);
    expect(res.json.units).toHaveLength(9);
    expect(res.json.units[0]).toMatchObject({ section: "1", stage: "draft", required: true });
    expectProblem(await api().get(url()), 401);
    expectProblem(await api().get(url(), { token: tokens.reader }), 403);
  });

  it("moves a section with a planning token, and names the actor in the history", async () => {
    const res = await api().post(
      `${url()}/2.3`,
      { to: "in_validation", note: "Al RPCT" },
      {
        token: tokens.planning,
      },
    );
    expect(res.status, res.text).toBe(200);
    const unit = res.json.units.find((u: { section: string }) => u.section === "2.3");
    expect(unit).toMatchObject({ stage: "in_validation", updatedBy: "api:iter" });
    expect(res.json.history.at(-1)).toMatchObject({
      section: "2.3",
      from: "draft",
      to: "in_validation",
      actor: "api:iter",
      note: "Al RPCT",
    });
  });

  it("refuses an illegal move as a problem, and the evaluator's move as forbidden, writing nothing", async () => {
    const steps = await tableCount(web.store, "section_workflow_step");
    const jump = await api().post(`${url()}/3.1`, { to: "approved" }, { token: tokens.planning });
    expectProblem(jump, 400);
    expect(jump.json.detail ?? jump.json.title).toContain("non può passare a «approvata»");
    const plan = await api().post(
      `${url()}/plan`,
      { to: "in_validation" },
      {
        token: tokens.planning,
      },
    );
    expectProblem(plan, 400);
    const nucleo = await api().post(
      `${url()}/2.1`,
      { to: "in_validation" },
      {
        token: tokens.evaluator,
      },
    );
    expectProblem(nucleo, 403);
    const bad = await api().post(`${url()}/2.1`, { to: "finished" }, { token: tokens.planning });
    expectProblem(bad, 400, ["body.to"]);
    expect(await tableCount(web.store, "section_workflow_step")).toBe(steps);
  });

  it("exercised every operation it owns", () => expectOwnedExercised("workflow-api"));
});
