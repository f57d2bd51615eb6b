/** `piao performance`: the achievement tree of a campaign. */
import { type Command, Option } from "commander";
import { campaignPerformance } from "../../../services/performance.ts";
import { type CliContext, EXIT_OK, withStore } from "../../context.ts";
import { printPerformance } from "../../print-performance.ts";
import { campaignOption, type Runner } from "./common.ts";

export function registerPerformance(program: Command, ctx: CliContext, run: Runner): void {
  program
    .command("performance")
    .description(
      "grado di raggiungimento di una campagna: ente → strutture → obiettivi → indicatori",
    )
    .addOption(campaignOption().makeOptionMandatory())
    .addOption(
      new Option("--format <formato>", "formato").choices(["text", "json"]).default("text"),
    )
    .action((o: { campaign: number; format: "text" | "json" }) =>
      run(() =>
        withStore(async (store) => {
          const report = await campaignPerformance(store.db, o.campaign);
          if (o.format === "json") ctx.out(JSON.stringify(report, null, 2));
          else printPerformance(ctx, report);
          return EXIT_OK;
        }),
      ),
    );
}
