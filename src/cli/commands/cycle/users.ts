/** `piao users add|list`: the people of the cycle and their roles. */
import { type Command, Option } from "commander";
import { ROLES, type Role } from "../../../domain/authorization.ts";
import { translate } from "../../../i18n/index.ts";
import { generatePassword, setPassword } from "../../../services/accounts/passwords.ts";
import { AppError } from "../../../services/errors.ts";
import { loadPlanDocument, resolvePlan } from "../../../services/plan-edition.ts";
import { createUser, resolveUnitKey } from "../../../services/users.ts";
import { type CliContext, EXIT_OK, withStore } from "../../context.ts";
import { planOption, type Runner } from "./common.ts";

export function registerUsers(program: Command, ctx: CliContext, run: Runner): void {
  const users = program.command("users").description("utenti e ruoli");
  users
    .command("add")
    .description("aggiunge un utente dell'amministrazione del piano")
    .requiredOption("--username <nome>", "nome utente")
    .requiredOption("--name <nome e cognome>", "nome visualizzato")
    .addOption(new Option("--role <ruolo>", "ruolo").choices([...ROLES]).makeOptionMandatory())
    .option(
      "--unit <struttura>",
      "per un dirigente: la struttura di cui è responsabile (chiave, es. «Area X - Settore Y»)",
    )
    .option("--email <indirizzo>", "indirizzo e-mail")
    .addOption(planOption())
    .action(
      (o: {
        username: string;
        name: string;
        role: Role;
        unit?: string;
        email?: string;
        plan?: number;
      }) =>
        run(() =>
          withStore(async (store) => {
            const plan = await resolvePlan(
              store.db,
              o.plan === undefined ? {} : { planId: o.plan },
            );
            const { document } = await loadPlanDocument(store.db, { planId: plan.planId });
            const unitKey = o.unit === undefined ? null : resolveUnitKey(document.units, o.unit);
            await createUser(store, {
              username: o.username,
              displayName: o.name,
              role: o.role,
              administrationId: o.role === "admin" ? null : plan.administrationId,
              unitKey,
              email: o.email ?? null,
            });
            ctx.out(`${o.username}\t${o.role}${unitKey ? `\t${unitKey}` : ""}`);
            return EXIT_OK;
          }),
        ),
    );
  users
    .command("password")
    .description(
      "imposta una nuova password generata (mostrata una sola volta) per accedere dal browser",
    )
    .requiredOption("--username <nome>", "nome utente")
    .action((o: { username: string }) =>
      run(() =>
        withStore(async (store) => {
          const row = await store.db
            .selectFrom("app_user")
            .select("id")
            .where("username", "=", o.username)
            .executeTakeFirst();
          if (!row) throw new AppError("not_found", "user.notFound", { username: o.username });
          const password = generatePassword();
          await setPassword(store.db, row.id, password);
          await store.db.deleteFrom("web_session").where("user_id", "=", row.id).execute();
          ctx.out(translate("cli.users.password", { username: o.username, password }, ctx.lang));
          return EXIT_OK;
        }),
      ),
    );
  users
    .command("list")
    .description("elenca gli utenti")
    .action(() =>
      run(() =>
        withStore(async (store) => {
          const rows = await store.db
            .selectFrom("app_user")
            .selectAll()
            .orderBy("username")
            .execute();
          for (const u of rows)
            ctx.out([u.username, u.display_name, u.role, u.unit_key ?? ""].join("\t"));
          return EXIT_OK;
        }),
      ),
    );
}
