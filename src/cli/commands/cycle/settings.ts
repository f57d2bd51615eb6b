/** `piao settings show|set`: the administration's SMVP rules (tolerance, caps, bands, policies). */
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { translate } from "../../../i18n/index.ts";
import { AppError } from "../../../services/errors.ts";
import { resolvePlan } from "../../../services/plan-edition.ts";
import { getSettings, updateSettings } from "../../../services/settings.ts";
import { type CliContext, EXIT_OK, withStore } from "../../context.ts";
import { actorFrom, asOption, planOption, type Runner } from "./common.ts";

export function registerSettings(program: Command, ctx: CliContext, run: Runner): void {
  const settings = program
    .command("settings")
    .description("regole del sistema di misurazione (SMVP) dell'ente");
  settings
    .command("show")
    .description("mostra le regole in vigore, in JSON")
    .addOption(planOption())
    .action((o: { plan?: number }) =>
      run(() =>
        withStore(async (store) => {
          const plan = await resolvePlan(store.db, o.plan === undefined ? {} : { planId: o.plan });
          const current = await getSettings(store.db, plan.administrationId);
          ctx.out(JSON.stringify({ version: current.version, ...current.settings }, null, 2));
          return EXIT_OK;
        }),
      ),
    );
  settings
    .command("set")
    .description("sostituisce le regole con quelle del file JSON (come lo mostra «settings show»)")
    .argument("<file>", "file JSON con rules e indicators; version = la versione letta")
    .addOption(planOption())
    .addOption(asOption())
    .action((file: string, o: { plan?: number; as?: string }) =>
      run(() =>
        withStore(async (store) => {
          let parsed: { version?: unknown } & Record<string, unknown>;
          try {
            parsed = JSON.parse(await readFile(file, "utf8"));
          } catch (e) {
            throw new AppError("invalid_input", "bundle.badJson", {
              problem: e instanceof Error ? e.message : String(e),
            });
          }
          const { version, ...rest } = parsed;
          const actor = await actorFrom(store.db, o.as);
          const plan = await resolvePlan(store.db, o.plan === undefined ? {} : { planId: o.plan });
          const current = await getSettings(store.db, plan.administrationId);
          const expected = typeof version === "number" ? version : current.version;
          const saved = await updateSettings(store, actor, plan.administrationId, rest, expected);
          ctx.out(translate("cli.settings.saved", { version: String(saved.version) }, ctx.lang));
          return EXIT_OK;
        }),
      ),
    );
}
