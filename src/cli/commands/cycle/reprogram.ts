/** `piao reprogram request|approve|reject|list`: re-programming of targets and wording. */
import { type Command, Option } from "commander";
import { formatTarget } from "../../../domain/format-value.ts";
import type { TargetValue } from "../../../domain/plan.ts";
import { translate } from "../../../i18n/index.ts";
import {
  parseItalianDate,
  parseItalianNumber,
  parseYesNo,
} from "../../../import/italian-values.ts";
import { findIndicator, loadPlanContext } from "../../../services/campaign-context.ts";
import { AppError } from "../../../services/errors.ts";
import {
  decideReprogramming,
  listReprogramming,
  type ReprogrammingRequest,
  requestReprogramming,
} from "../../../services/reprogramming.ts";
import { type CliContext, EXIT_OK, withStore } from "../../context.ts";
import { actorFrom, asOption, planIdFrom, planOption, positiveInt, type Runner } from "./common.ts";

/** A target typed by the user, read as the indicator's kind. */
function parseTarget(raw: string, kind: TargetValue["kind"], code: string): TargetValue {
  const bad = () => new AppError("invalid_input", "measurement.badNumber", { indicator: code });
  switch (kind) {
    case "deadline": {
      const d = parseItalianDate(raw);
      if (!d.ok)
        throw new AppError("invalid_input", "measurement.badDate", { indicator: code, value: raw });
      return { kind, date: d.iso };
    }
    case "number":
    case "percent": {
      const n = parseItalianNumber(raw);
      if (!n) throw bad();
      return { kind, value: n.value };
    }
    case "boolean": {
      const b = parseYesNo(raw);
      if (b === null) throw bad();
      return { kind, value: b };
    }
  }
}

interface RequestOptions {
  objective: string;
  indicator: string;
  year?: number;
  target?: string;
  description?: string;
  justification: string;
  plan?: number;
  as?: string;
}

export function registerReprogram(program: Command, ctx: CliContext, run: Runner): void {
  const t = (code: string, params: Record<string, string | number> = {}) =>
    translate(code, params, ctx.lang);
  const cmd = program
    .command("reprogram")
    .description("rimodulazione di target, scadenze e descrizioni degli indicatori");
  cmd
    .command("request")
    .description(
      "chiede la rimodulazione di un target (o scadenza) o della descrizione di un indicatore",
    )
    .requiredOption("--objective <codice>", "codice dell'obiettivo")
    .requiredOption("--indicator <codice>", "codice dell'indicatore")
    .option("--year <anno>", "anno del target da rimodulare", positiveInt)
    .option("--target <valore>", "nuovo target (gg/mm/aaaa per le scadenze, numero, SÌ/NO)")
    .option("--description <testo>", "nuova descrizione dell'indicatore")
    .requiredOption("--justification <testo>", "motivazione (obbligatoria)")
    .addOption(planOption())
    .addOption(asOption())
    .action((o: RequestOptions) =>
      run(() =>
        withStore(async (store) => {
          const actor = await actorFrom(store.db, o.as);
          const planId = await planIdFrom(store.db, o.plan);
          const base = {
            planId,
            objectiveCode: o.objective,
            indicatorCode: o.indicator,
            justification: o.justification,
          };
          let request: ReprogrammingRequest;
          if (o.description !== undefined) {
            request = { ...base, change: "description", proposed: { description: o.description } };
          } else {
            if (o.target === undefined || o.year === undefined)
              throw new AppError("invalid_input", "cli.reprogram.what");
            const { indicator } = findIndicator(
              await loadPlanContext(store.db, planId),
              o.objective,
              o.indicator,
            );
            request = {
              ...base,
              change: "target",
              year: o.year,
              proposed: parseTarget(o.target, indicator.kind, indicator.code),
            };
          }
          const row = await requestReprogramming(store, actor, request);
          ctx.out(t("cli.reprogram.requested", { id: String(row.id) }));
          return EXIT_OK;
        }),
      ),
    );
  for (const [name, decision, description] of [
    ["approve", "approved", "approva una richiesta di rimodulazione"],
    ["reject", "rejected", "respinge una richiesta di rimodulazione (con motivazione)"],
  ] as const) {
    cmd
      .command(name)
      .description(description)
      .argument("<id>", "id della richiesta", positiveInt)
      .option("--note <testo>", "nota della decisione (obbligatoria per respingere)")
      .addOption(asOption())
      .action((id: number, o: { note?: string; as?: string }) =>
        run(() =>
          withStore(async (store) => {
            const actor = await actorFrom(store.db, o.as);
            const row = await decideReprogramming(store, actor, {
              id,
              decision,
              note: o.note ?? null,
            });
            ctx.out(
              t("cli.reprogram.decided", {
                id: String(row.id),
                status: t(`reprogramming.status.${row.status}`),
              }),
            );
            return EXIT_OK;
          }),
        ),
      );
  }
  cmd
    .command("list")
    .description("elenca le richieste di rimodulazione")
    .addOption(
      new Option("--status <stato>", "solo quelle in questo stato").choices([
        "pending",
        "approved",
        "rejected",
      ]),
    )
    .addOption(planOption())
    .action((o: { status?: string; plan?: number }) =>
      run(() =>
        withStore(async (store) => {
          const rows = await listReprogramming(store, await planIdFrom(store.db, o.plan), o.status);
          for (const r of rows) {
            const show = (json: string) => {
              const v = JSON.parse(json);
              return v && "description" in v
                ? String(v.description)
                : formatTarget(v as TargetValue | null);
            };
            ctx.out(
              [
                r.id,
                `${r.objective_code}/${r.indicator_code}`,
                show(r.original),
                "→",
                show(r.proposed),
                t(`reprogramming.status.${r.status}`),
                r.requested_by,
                r.justification,
              ].join("\t"),
            );
          }
          return EXIT_OK;
        }),
      ),
    );
}
