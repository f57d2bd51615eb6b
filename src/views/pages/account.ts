/** Sign-in, profile and password pages. */
import type { OidcConfig } from "../../config.ts";
import { MIN_PASSWORD_LENGTH } from "../../services/accounts/passwords.ts";
import type { SignedInUser } from "../../services/accounts/sessions.ts";
import { alertBox } from "../components/alerts.ts";
import {
  csrfField,
  errorSummary,
  type FieldErrors,
  submitButton,
  textField,
} from "../components/forms.ts";
import { html } from "../html.ts";
import type { PageOptions } from "../layout.ts";
import type { PageContext } from "../page-context.ts";

export function signInPage(
  ctx: PageContext,
  o: { next: string; oidc: OidcConfig | null; errors?: FieldErrors; username?: string },
): PageOptions {
  const errors = o.errors ?? {};
  const { _form: formError, ...fieldErrors } = errors;
  return {
    title: ctx.t("signIn.title"),
    body: html`<div class="row"><div class="col-md-8 col-lg-6">
  ${formError ? alertBox("danger", formError) : errorSummary(ctx, fieldErrors)}
  <form method="post" action="/accesso" novalidate>
    ${csrfField(ctx)}
    <input type="hidden" name="next" value="${o.next}">
    ${textField({ name: "username", label: ctx.t("signIn.username"), value: o.username ?? "", required: true, autocomplete: "username", errors: fieldErrors })}
    ${textField({ name: "password", label: ctx.t("signIn.password"), type: "password", required: true, autocomplete: "current-password", errors: fieldErrors })}
    ${submitButton(ctx.t("signIn.submit"))}
  </form>
  ${
    o.oidc
      ? html`<p class="mt-4 mb-2">${ctx.t("signIn.or")}</p>
  <a class="btn btn-outline-primary" href="/accesso/oidc?next=${encodeURIComponent(o.next)}">${o.oidc.label}</a>`
      : ""
  }
</div></div>`,
  };
}

export function profilePage(
  ctx: PageContext,
  user: SignedInUser,
  extra: PageOptions["body"] = "",
): PageOptions {
  return {
    title: ctx.t("web.profile"),
    body: html`<dl class="row">
  <dt class="col-sm-3">${ctx.t("signIn.username")}</dt><dd class="col-sm-9">${user.username}</dd>
  <dt class="col-sm-3">${ctx.t("profile.name")}</dt><dd class="col-sm-9">${user.displayName}</dd>
  <dt class="col-sm-3">${ctx.t("profile.role")}</dt><dd class="col-sm-9">${ctx.t(`role.${user.role}`)}</dd>
  ${user.unitKey ? html`<dt class="col-sm-3">${ctx.t("profile.unit")}</dt><dd class="col-sm-9">${user.unitKey}</dd>` : ""}
  <dt class="col-sm-3">${ctx.t("profile.email")}</dt><dd class="col-sm-9">${user.email ?? "—"}</dd>
</dl>
<p><a class="btn btn-outline-primary" href="/profilo/password">${ctx.t("password.title")}</a></p>
${extra}`,
  };
}

export function passwordPage(
  ctx: PageContext,
  o: { hasPassword: boolean; errors?: FieldErrors },
): PageOptions {
  const errors = o.errors ?? {};
  return {
    title: ctx.t("password.title"),
    crumbs: [{ label: ctx.t("web.profile"), href: "/profilo" }, { label: ctx.t("password.title") }],
    body: html`<div class="row"><div class="col-md-8 col-lg-6">
  ${errorSummary(ctx, errors)}
  <form method="post" action="/profilo/password" novalidate>
    ${csrfField(ctx)}
    ${o.hasPassword ? textField({ name: "current", label: ctx.t("password.current"), type: "password", required: true, autocomplete: "current-password", errors }) : ""}
    ${textField({ name: "password", label: ctx.t("password.new"), type: "password", required: true, autocomplete: "new-password", hint: ctx.t("password.hint", { min: MIN_PASSWORD_LENGTH }), errors })}
    ${textField({ name: "confirm", label: ctx.t("password.confirm"), type: "password", required: true, autocomplete: "new-password", errors })}
    ${submitButton(ctx.t("password.submit"))}
  </form>
</div></div>`,
  };
}
