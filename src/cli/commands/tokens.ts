/**
 * `piao tokens create|list|revoke`: API tokens of an administration, made by
 * its administrator. `create` prints the secret alone on standard output
 * (TOKEN=$(piao tokens create …)), once: only its SHA-256 is kept.
 */
import { type Command, Option } from "commander";
import { formatItalianDate, formatItalianDateTime } from "../../domain/format-value.ts";
import { translate } from "../../i18n/index.ts";
import {
  createApiToken,
  lastValidDay,
  listApiTokens,
  revokeApiToken,
  TOKEN_ROLES,
  type TokenRole,
} from "../../services/api-tokens.ts";
import { resolvePlan } from "../../services/plan-edition.ts";
import { type CliContext, EXIT_OK, withStore } from "../context.ts";
import {
  actorFrom,
  asOption,
  italianDate,
  planOption,
  positiveInt,
  type Runner,
} from "./cycle/common.ts";

const when = (iso: string | null) => (iso ? formatItalianDateTime(iso) : "—");

export function registerTokens(program: Command, ctx: CliContext, run: Runner): void {
  const tokens = program
    .command("tokens")
    .description("token per le API REST (/api/v1) dell'amministrazione");
  tokens
    .command("create")
    .description("crea un token: il segreto è stampato una sola volta sullo standard output")
    .requiredOption("--name <nome>", "nome del token, per riconoscerlo (es. «protocollo»)")
    .addOption(
      new Option("--role <ruolo>", "ruolo con cui il token agisce")
        .choices([...TOKEN_ROLES])
        .makeOptionMandatory(),
    )
    .option("--unit <struttura>", "per un dirigente: la sua struttura (chiave o nome)")
    .option(
      "--expires <gg/mm/aaaa>",
      "ultimo giorno di validità; di norma fino alla revoca",
      italianDate,
    )
    .addOption(planOption())
    .addOption(asOption())
    .action(
      (o: {
        name: string;
        role: TokenRole;
        unit?: string;
        expires?: string;
        plan?: number;
        as?: string;
      }) =>
        run(() =>
          withStore(async (store) => {
            const actor = await actorFrom(store.db, o.as);
            const plan = await resolvePlan(
              store.db,
              o.plan === undefined ? {} : { planId: o.plan },
            );
            const created = await createApiToken(store, actor, {
              administrationId: plan.administrationId,
              name: o.name,
              role: o.role,
              unit: o.unit ?? null,
              expiresOn: o.expires ?? null,
            });
            ctx.err(
              translate(
                "cli.tokens.created",
                { name: created.token.name, role: created.token.role, id: created.token.id },
                ctx.lang,
              ),
            );
            ctx.out(created.secret);
            return EXIT_OK;
          }),
        ),
    );
  tokens
    .command("list")
    .description("elenca i token (mai il segreto: solo i primi caratteri)")
    .addOption(planOption())
    .addOption(asOption())
    .action((o: { plan?: number; as?: string }) =>
      run(() =>
        withStore(async (store) => {
          const actor = await actorFrom(store.db, o.as);
          const administrationId =
            o.plan === undefined
              ? undefined
              : (await resolvePlan(store.db, { planId: o.plan })).administrationId;
          for (const t of await listApiTokens(store.db, actor, administrationId)) {
            ctx.out(
              [
                t.id,
                t.name,
                t.role,
                t.unitKey ?? "",
                `${t.prefix}…`,
                translate(`tokens.state.${t.state}`, {}, ctx.lang),
                t.expiresAt ? formatItalianDate(lastValidDay(t.expiresAt)) : "—",
                when(t.lastUsedAt),
              ].join("\t"),
            );
          }
          return EXIT_OK;
        }),
      ),
    );
  tokens
    .command("revoke")
    .description("revoca un token: da subito non vale più")
    .argument("<id>", "id del token (vedi «piao tokens list»)", positiveInt)
    .addOption(asOption())
    .action((id: number, o: { as?: string }) =>
      run(() =>
        withStore(async (store) => {
          const actor = await actorFrom(store.db, o.as);
          const token = await revokeApiToken(store, actor, id);
          ctx.out(translate("cli.tokens.revoked", { name: token.name, id: token.id }, ctx.lang));
          return EXIT_OK;
        }),
      ),
    );
}
