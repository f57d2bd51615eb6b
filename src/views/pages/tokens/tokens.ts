/** `/token-api`: the administrator's API tokens, a new one (its secret shown once), revoking. */
import { formatItalianDate, formatItalianDateTime } from "../../../domain/format-value.ts";
import type { AdministrationUnits } from "../../../services/accounts/user-admin.ts";
import { type ApiTokenView, lastValidDay, TOKEN_ROLES } from "../../../services/api-tokens.ts";
import { alertBox } from "../../components/alerts.ts";
import {
  csrfField,
  errorSummary,
  type FieldErrors,
  selectField,
  submitButton,
  textField,
} from "../../components/forms.ts";
import { dataTable } from "../../components/table.ts";
import { html } from "../../html.ts";
import type { PageOptions } from "../../layout.ts";
import type { PageContext } from "../../page-context.ts";
import { unitChoice } from "../users/users.ts";

export const TOKENS_HREF = "/token-api";

export interface TokensPageState {
  tokens: ApiTokenView[];
  administrations: AdministrationUnits[];
  values?: Record<string, string>;
  errors?: FieldErrors;
  /** The token just made and its secret, shown this once. */
  created?: { token: ApiTokenView; secret: string };
}

const when = (iso: string | null) => (iso ? formatItalianDateTime(iso) : "—");

function tokenRows(ctx: PageContext, s: TokensPageState) {
  const several = s.administrations.length > 1;
  const names = new Map(s.administrations.map((a) => [a.administrationId, a.name]));
  return s.tokens.map((t) => [
    t.name,
    ...(several ? [names.get(t.administrationId) ?? String(t.administrationId)] : []),
    ctx.t(`role.${t.role}`),
    t.unitKey ?? "—",
    html`<code>${t.prefix}…</code>`,
    `${when(t.createdAt)} (${t.createdBy})`,
    t.expiresAt ? formatItalianDate(lastValidDay(t.expiresAt)) : "—",
    when(t.lastUsedAt),
    ctx.t(`tokens.state.${t.state}`),
    t.state === "revoked"
      ? "—"
      : html`<a class="btn btn-outline-danger btn-sm" href="${TOKENS_HREF}/${t.id}/revoca">${ctx.t("tokens.revoke")}<span class="visually-hidden"> ${t.name}</span></a>`,
  ]);
}

function createdBox(ctx: PageContext, created: NonNullable<TokensPageState["created"]>) {
  return alertBox(
    "success",
    html`<h2 class="h5">${ctx.t("tokens.created", { name: created.token.name })}</h2>
<p>${ctx.t("tokens.copyNow")}</p>
<pre class="bg-white p-2 border mb-0" tabindex="0" aria-label="${ctx.t("tokens.secret")}"><code id="token-secret">${created.secret}</code></pre>`,
  );
}

function newTokenForm(ctx: PageContext, s: TokensPageState) {
  const errors = s.errors ?? {};
  const v = s.values ?? {};
  const several = s.administrations.length > 1;
  const labels = {
    name: ctx.t("tokens.name"),
    role: ctx.t("profile.role"),
    administration: ctx.t("plans.administration"),
    unit: ctx.t("profile.unit"),
    expiresOn: ctx.t("tokens.expiresOn"),
  };
  const unitOptions = s.administrations.flatMap((a) =>
    a.units.map((u) => ({
      value: unitChoice(a.administrationId, u.key),
      label: several ? `${u.key} (${a.name})` : u.key,
    })),
  );
  return html`<h2 class="h4 mt-5 mb-5" id="nuovo">${ctx.t("tokens.new")}</h2>
<div class="row"><div class="col-lg-8">
  ${errorSummary(ctx, errors, labels)}
  <form method="post" action="${TOKENS_HREF}" novalidate>
    ${csrfField(ctx)}
    ${textField({ name: "name", label: labels.name, value: v.name, required: true, hint: ctx.t("tokens.nameHint"), autocomplete: "off", errors })}
    ${selectField({ name: "role", label: labels.role, value: v.role ?? "", required: true, hint: ctx.t("tokens.roleHint"), errors, options: [{ value: "", label: ctx.t("users.choose") }, ...TOKEN_ROLES.map((r) => ({ value: r, label: ctx.t(`role.${r}`) }))] })}
    ${
      several
        ? selectField({
            name: "administration",
            label: labels.administration,
            value: v.administration ?? "",
            required: true,
            errors,
            options: [
              { value: "", label: ctx.t("users.choose") },
              ...s.administrations.map((a) => ({
                value: String(a.administrationId),
                label: a.name,
              })),
            ],
          })
        : html`<input type="hidden" name="administration" value="${String(s.administrations[0]?.administrationId ?? "")}">`
    }
    ${selectField({ name: "unit", label: labels.unit, value: v.unit ?? "", hint: ctx.t("tokens.unitHint"), errors, options: [{ value: "", label: "—" }, ...unitOptions] })}
    ${textField({ name: "expiresOn", label: labels.expiresOn, value: v.expiresOn, hint: ctx.t("tokens.expiresHint"), autocomplete: "off", errors })}
    ${submitButton(ctx.t("tokens.create"))}
  </form>
</div></div>`;
}

export function tokensPage(ctx: PageContext, s: TokensPageState): PageOptions {
  const several = s.administrations.length > 1;
  return {
    title: ctx.t("nav.tokens"),
    lead: ctx.t("tokens.lead"),
    body: html`${s.created ? createdBox(ctx, s.created) : ""}
<p><a href="/api/v1/docs">${ctx.t("tokens.docs")}</a> · <a href="#nuovo">${ctx.t("tokens.new")}</a></p>
${dataTable({
  caption: ctx.t("tokens.caption"),
  head: [
    ctx.t("tokens.name"),
    ...(several ? [ctx.t("plans.administration")] : []),
    ctx.t("profile.role"),
    ctx.t("profile.unit"),
    ctx.t("tokens.prefix"),
    ctx.t("tokens.createdAt"),
    ctx.t("tokens.validUntil"),
    ctx.t("tokens.lastUsed"),
    ctx.t("tokens.state"),
    ctx.t("users.actions"),
  ],
  rowHeaders: true,
  empty: ctx.t("tokens.none"),
  rows: tokenRows(ctx, s),
})}
${newTokenForm(ctx, s)}`,
  };
}

export function revokePage(ctx: PageContext, token: ApiTokenView): PageOptions {
  return {
    title: ctx.t("tokens.revokeTitle", { name: token.name }),
    crumbs: [{ label: ctx.t("nav.tokens"), href: TOKENS_HREF }, { label: token.name }],
    body: html`<div class="alert alert-warning" role="alert"><p class="mb-0">${ctx.t("tokens.revokeWarning", { name: token.name })}</p></div>
<form method="post" action="${TOKENS_HREF}/${token.id}/revoca">
  ${csrfField(ctx)}
  ${submitButton(ctx.t("tokens.revokeConfirm"), "danger")}
  <a class="btn btn-outline-primary ms-2" href="${TOKENS_HREF}">${ctx.t("tokens.cancel")}</a>
</form>`,
  };
}
