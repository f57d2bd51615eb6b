/**
 * `piao workflow show|move`: where each section and the plan stand in the
 * approval workflow, with the history; one move forward, or back to draft
 * with a note.
 */
import { type Command, Option } from "commander";
import { formatItalianDateTime } from "../../domain/format-value.ts";
import { STAGES } from "../../domain/workflow.ts";
import { translate } from "../../i18n/index.ts";
import { moveSection, workflowState } from "../../services/section-workflow.ts";
import { type CliContext, EXIT_OK, withStore } from "../context.ts";
import { actorFrom, asOption, planIdFrom, planOption, type Runner } from "./cycle/common.ts";

export function registerWorkflow(program: Command, ctx: CliContext, run: Runner): void {
  const t = (code: string, params: Record<string, string> = {}) =>
    translate(code, params, ctx.lang);
  const stage = (s: string) => t(`workflow.stage.${s}`);
  const workflow = program
    .command("workflow")
    .description("iter di approvazione delle sezioni e del piano");
  workflow
    .command("show")
    .description("mostra la fase di ogni sezione e del piano, con lo storico dei passaggi")
    .addOption(planOption())
    .action((o: { plan?: number }) =>
      run(() =>
        withStore(async (store) => {
          const planId = await planIdFrom(store.db, o.plan);
          const state = await workflowState(store.db, planId);
          ctx.out(t("cli.workflow.heading", { plan: String(planId) }));
          if (state.simplified) ctx.out(t("workflow.simplified"));
          for (const u of state.units) {
            const required = u.required ? "" : ` (${t("workflow.notRequired")})`;
            ctx.out(`  ${u.unit.padEnd(5)} ${stage(u.stage)}${required}`);
          }
          if (state.history.length > 0) ctx.out(`\n${t("workflow.history")}`);
          for (const h of state.history) {
            const note = h.note ? ` — ${h.note}` : "";
            ctx.out(
              `  ${formatItalianDateTime(h.at)} ${h.actor}: ${h.unit} ${stage(h.from)} → ${stage(h.to)}${note}`,
            );
          }
          return EXIT_OK;
        }),
      ),
    );
  workflow
    .command("move")
    .description("porta una sezione (o il piano) alla fase successiva, o la rimanda a draft")
    .addOption(planOption())
    .requiredOption("--section <sezione>", "1, 2.1, 2.2, 2.3, 3.1, 3.2, 3.3, 4 oppure plan")
    .addOption(
      new Option("--to <fase>", "fase di arrivo")
        .choices(STAGES.filter((s) => s !== "published"))
        .makeOptionMandatory(),
    )
    .option("--note <testo>", "nota del passaggio (obbligatoria per rimandare a draft)")
    .addOption(asOption())
    .action((o: { plan?: number; section: string; to: string; note?: string; as?: string }) =>
      run(() =>
        withStore(async (store) => {
          const actor = await actorFrom(store.db, o.as);
          const planId = await planIdFrom(store.db, o.plan);
          const step = await moveSection(store, actor, {
            planId,
            section: o.section,
            to: o.to,
            note: o.note ?? null,
          });
          ctx.out(
            t("cli.workflow.moved", {
              plan: String(planId),
              section: step.unit,
              from: stage(step.from),
              to: stage(step.to),
            }),
          );
          return EXIT_OK;
        }),
      ),
    );
}
