/** User administration: the list of accounts and the form of a new one. */
import { ROLES } from "../../../domain/authorization.ts";
import type { AdministrationUnits, UserListing } from "../../../services/accounts/user-admin.ts";
import {
  csrfField,
  errorSummary,
  type FieldErrors,
  postButton,
  selectField,
  submitButton,
  textField,
} from "../../components/forms.ts";
import { dataTable } from "../../components/table.ts";
import { html } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";

const crumbs = (ctx: PageContext, last?: string) => [
  { label: ctx.t("nav.users"), href: "/utenti" },
  ...(last ? [{ label: last }] : []),
];

function actions(ctx: PageContext, u: UserListing) {
  return html`${postButton(ctx, `/utenti/${u.id}/password`, ctx.t("users.resetPassword"))}
  ${postButton(
    ctx,
    `/utenti/${u.id}/stato`,
    ctx.t(u.active ? "users.disable" : "users.enable"),
    u.active ? "danger" : "primary",
    { active: u.active ? "0" : "1" },
  )}`;
}

export function usersPage(ctx: PageContext, users: UserListing[]): PageOptions {
  return {
    title: ctx.t("nav.users"),
    body: html`<p><a class="btn btn-primary" href="/utenti/nuovo">${ctx.t("users.new")}</a></p>
${dataTable({
  caption: ctx.t("users.caption"),
  head: [
    ctx.t("signIn.username"),
    ctx.t("profile.name"),
    ctx.t("profile.role"),
    ctx.t("profile.unit"),
    ctx.t("profile.email"),
    ctx.t("users.active"),
    ctx.t("users.actions"),
  ],
  rowHeaders: true,
  rows: users.map((u) => [
    u.username,
    u.displayName,
    ctx.t(`role.${u.role}`),
    u.unitKey ?? "—",
    u.email ?? "—",
    ctx.t(u.active ? "users.yes" : "users.no"),
    actions(ctx, u),
  ]),
})}`,
  };
}

export interface NewUserFormState {
  administrations: AdministrationUnits[];
  values?: Record<string, string>;
  errors?: FieldErrors;
}

/** The unit's value carries its administration: "3|Area X - Settore Y". */
export const unitChoice = (administrationId: number, unitKey: string) =>
  `${administrationId}|${unitKey}`;

export function newUserPage(ctx: PageContext, o: NewUserFormState): PageOptions {
  const errors = o.errors ?? {};
  const v = o.values ?? {};
  const several = o.administrations.length > 1;
  const unitOptions = o.administrations.flatMap((a) =>
    a.units.map((u) => ({
      value: unitChoice(a.administrationId, u.key),
      label: several ? `${u.key} (${a.name})` : u.key,
    })),
  );
  const labels = {
    username: ctx.t("signIn.username"),
    displayName: ctx.t("profile.name"),
    role: ctx.t("profile.role"),
    administration: ctx.t("plans.administration"),
    unit: ctx.t("profile.unit"),
    email: ctx.t("profile.email"),
  };
  return {
    title: ctx.t("users.new"),
    crumbs: crumbs(ctx, ctx.t("users.new")),
    body: html`<div class="row"><div class="col-lg-8">
  ${errorSummary(ctx, errors, labels)}
  <form method="post" action="/utenti/nuovo" novalidate>
    ${csrfField(ctx)}
    ${textField({ name: "username", label: labels.username, value: v.username, required: true, hint: ctx.t("users.usernameHint"), autocomplete: "off", errors })}
    ${textField({ name: "displayName", label: labels.displayName, value: v.displayName, required: true, errors })}
    ${selectField({ name: "role", label: labels.role, value: v.role ?? "", required: true, errors, options: [{ value: "", label: ctx.t("users.choose") }, ...ROLES.map((r) => ({ value: r, label: ctx.t(`role.${r}`) }))] })}
    ${selectField({ name: "administration", label: labels.administration, value: v.administration ?? (several ? "" : String(o.administrations[0]?.administrationId ?? "")), hint: ctx.t("users.administrationHint"), errors, options: [{ value: "", label: "—" }, ...o.administrations.map((a) => ({ value: String(a.administrationId), label: a.name }))] })}
    ${selectField({ name: "unit", label: labels.unit, value: v.unit ?? "", hint: ctx.t("users.unitHint"), errors, options: [{ value: "", label: "—" }, ...unitOptions] })}
    ${textField({ name: "email", label: labels.email, type: "email", value: v.email, autocomplete: "off", errors })}
    ${submitButton(ctx.t("users.create"))}
  </form>
</div></div>`,
  };
}
