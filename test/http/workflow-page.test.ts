/**
 * The workflow page /piani/:id/iter: stages with Italian labels, the moves
 * as forms for the planning office only, CSRF required, a refused move
 * shown on the page with nothing written, and the history.
 */
import { expect, it } from "vitest";
import { describeEachEngine } from "../support/engines.ts";
import { seededWebApp } from "../support/plan-web.ts";
import { tableCount } from "../support/table-count.ts";
import { pageText, signedIn } from "../support/web.ts";

describeEachEngine("web: the workflow page", (engine) => {
  const web = seededWebApp(engine, { now: new Date("2025-01-15T10:05:00Z") });
  const iter = () => `${web.plan}/iter`;

  it("lists every section and the plan as drafts, with the moves for the planning office", async () => {
    const planning = await signedIn(web.app, "ufficio.piano");
    const res = await planning.get(iter());
    expect(res.statusCode).toBe(200);
    const text = pageText(res.body);
    expect(text).toContain("2.3 Rischi corruttivi e trasparenza da compilare");
    expect(text).toContain("Piano nel suo insieme da compilare");
    expect(res.body).toContain(`action="${iter()}/2.1"`);
    expect(res.body).toContain('name="to" value="in_validation"');
    const overview = await planning.get(web.plan);
    expect(overview.body).toContain(`href="${iter()}"`);
  });

  it("a reader and the Nucleo see the stages but no form", async () => {
    for (const user of ["lettore", "nucleo"]) {
      const browser = await signedIn(web.app, user);
      const res = await browser.get(iter());
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain(`action="${iter()}/`);
      const post = await browser.post(`${iter()}/2.1`, { to: "in_validation" });
      expect(post.statusCode).toBe(403);
    }
  });

  it("a move without the CSRF token is refused and writes nothing", async () => {
    const planning = await signedIn(web.app, "ufficio.piano");
    await planning.get(iter());
    const before = await tableCount(web.store, "section_workflow_step");
    const res = await planning.post(
      `${iter()}/2.1`,
      { to: "in_validation" },
      { withoutCsrf: true },
    );
    expect(res.statusCode).toBe(403);
    expect(await tableCount(web.store, "section_workflow_step")).toBe(before);
  });

  it("moves a section, then shows it in the history; a send-back without a note is refused on the page", async () => {
    const planning = await signedIn(web.app, "ufficio.piano");
    await planning.get(iter());
    const moved = await planning.post(`${iter()}/2.1`, { to: "in_validation", note: "Pronta" });
    expect(moved.statusCode).toBe(303);
    const page = pageText((await planning.get(iter())).body);
    expect(page).toContain("Sezione 2.1: ora «in validazione»");
    expect(page).toContain(
      "15/01/2025, 11:05 ufficio.piano 2.1 Valore pubblico da compilare → in validazione Pronta",
    );
    // Once it can be sent back, its note says it is required for that; a draft's is optional.
    expect(page).toMatch(
      /2\.1 Valore pubblico in validazione .*Nota \(obbligatoria per rimandare\)/,
    );
    expect(page).toMatch(/2\.2 Performance da compilare — Nota \(facoltativa\)/);
    const steps = await tableCount(web.store, "section_workflow_step");
    const refused = await planning.post(`${iter()}/2.1`, { to: "draft", note: "" });
    expect(refused.statusCode).toBe(400);
    expect(pageText(refused.body)).toContain(
      "Per rimandare la sezione 2.1 a «da compilare» scrivi il motivo nella nota",
    );
    expect(await tableCount(web.store, "section_workflow_step")).toBe(steps);
  });

  it("an address for a section that does not exist is not found", async () => {
    const planning = await signedIn(web.app, "ufficio.piano");
    await planning.get(iter());
    const res = await planning.post(`${iter()}/9.9`, { to: "in_validation" });
    expect(res.statusCode).toBe(404);
  });
});
