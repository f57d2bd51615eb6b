/** `piao report`: the PIAO, its positive-actions annex, the monitoring report and the Relazione, in every format. */
import { writeFile } from "node:fs/promises";
import { type Command, Option } from "commander";
import { REPORT_FORMATS, type ReportFormat, renderReport } from "../../documents/render/index.ts";
import { translate } from "../../i18n/index.ts";
import { buildReport, REPORT_KINDS, type ReportKind } from "../../services/reports.ts";
import { type CliContext, EXIT_OK, withStore } from "../context.ts";
import { campaignOption, planOption, positiveInt, type Runner } from "./cycle/common.ts";

export function registerReport(program: Command, ctx: CliContext, run: Runner): void {
  program
    .command("report")
    .description(
      "genera un documento dai dati: PIAO, Piano azioni positive, monitoraggio infrannuale, Relazione sulla performance, Relazione del RPCT",
    )
    .addOption(
      new Option("--kind <tipo>", "documento").choices([...REPORT_KINDS]).makeOptionMandatory(),
    )
    .addOption(
      new Option("--format <formato>", "formato")
        .choices([...REPORT_FORMATS])
        .makeOptionMandatory(),
    )
    .requiredOption("--out <file>", "file da scrivere")
    .addOption(planOption())
    .addOption(
      new Option("--edition <n>", "edizione del piano; di norma quella in vigore").argParser(
        positiveInt,
      ),
    )
    .addOption(campaignOption())
    .action(
      (o: {
        kind: ReportKind;
        format: ReportFormat;
        out: string;
        plan?: number;
        edition?: number;
        campaign?: number;
      }) =>
        run(() =>
          withStore(async (store) => {
            const built = await buildReport(store.db, {
              kind: o.kind,
              ...(o.plan === undefined ? {} : { planId: o.plan }),
              ...(o.edition === undefined ? {} : { edition: o.edition }),
              ...(o.campaign === undefined ? {} : { campaignId: o.campaign }),
            });
            const bytes = await renderReport(built.report, o.format, {
              kind: o.kind,
              document: built.plan,
            });
            await writeFile(o.out, bytes);
            ctx.out(
              translate(
                "cli.report.written",
                { file: o.out, title: built.report.metadata.title },
                ctx.lang,
              ),
            );
            return EXIT_OK;
          }),
        ),
    );
}
