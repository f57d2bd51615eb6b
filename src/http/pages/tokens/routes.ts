/**
 * `/token-api`: the administrators' API tokens. A new token's secret is shown
 * on the page that answers the form, once, and never again (it is not put
 * in a redirect's flash cookie); revoking asks for confirmation first.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { translate } from "../../../i18n/index.ts";
import { parseItalianDate } from "../../../import/italian-values.ts";
import { administrationUnits } from "../../../services/accounts/user-admin.ts";
import {
  createApiToken,
  listApiTokens,
  revokeApiToken,
  TOKEN_ROLES,
} from "../../../services/api-tokens.ts";
import { AppError } from "../../../services/errors.ts";
import type { FieldErrors } from "../../../views/components/forms.ts";
import {
  revokePage,
  TOKENS_HREF,
  type TokensPageState,
  tokensPage,
} from "../../../views/pages/tokens/tokens.ts";
import { currentUser } from "../../access.ts";
import type { AppDeps } from "../../deps.ts";
import { formValues, parseForm, requiredText } from "../../forms.ts";
import { setFlash } from "../../plugins/session.ts";
import { redirectAfterPost, sendPage } from "../../render.ts";

const NewTokenForm = z.object({
  name: requiredText(100),
  role: z.enum(TOKEN_ROLES, { message: "tokens.badRole" }),
  administration: z.string().optional(),
  unit: z.string().optional(),
  expiresOn: z
    .string()
    .trim()
    .optional()
    .transform((raw, ctx) => {
      if (!raw) return null;
      const date = parseItalianDate(raw);
      if (!date.ok) {
        ctx.addIssue({ code: "custom", message: "tokens.badDate" });
        return z.NEVER;
      }
      return date.iso;
    }),
});

function tokenIdParam(request: FastifyRequest): number {
  const raw = (request.params as { tokenId?: string }).tokenId ?? "";
  if (!/^\d{1,9}$/.test(raw)) throw new AppError("not_found", "apiToken.notFound", { id: raw });
  return Number(raw);
}

export function registerTokenRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;
  const manage = { config: { access: "token.manage" as const } };

  async function state(request: FastifyRequest): Promise<TokensPageState> {
    const actor = currentUser(request);
    return {
      tokens: await listApiTokens(db, actor, undefined, deps.now()),
      administrations: await administrationUnits(db, actor),
    };
  }

  const show = (request: FastifyRequest, reply: FastifyReply, s: TokensPageState, status = 200) =>
    sendPage(request, reply, (ctx) => tokensPage(ctx, s), status);

  app.get(TOKENS_HREF, manage, async (request, reply) =>
    show(request, reply, await state(request)),
  );

  app.post(TOKENS_HREF, manage, async (request, reply) => {
    const actor = currentUser(request);
    const lang = request.lang;
    const values = formValues(request.body);
    const form = parseForm(NewTokenForm, request.body, lang);
    const refuse = async (errors: FieldErrors) =>
      show(request, reply, { ...(await state(request)), values, errors }, 400);
    if (!form.ok) return refuse(form.errors);
    const administrationId = Number(form.data.administration);
    const prefix = `${administrationId}|`;
    const unit = form.data.unit?.startsWith(prefix) ? form.data.unit.slice(prefix.length) : null;
    try {
      const created = await createApiToken(
        deps.store,
        actor,
        {
          administrationId,
          name: form.data.name,
          role: form.data.role,
          unit,
          expiresOn: form.data.expiresOn,
        },
        deps.now(),
      );
      return show(request, reply, { ...(await state(request)), created });
    } catch (error) {
      if (!(error instanceof AppError) || error.code === "forbidden") throw error;
      const errors: FieldErrors = {};
      for (const d of error.diagnostics) {
        errors[d.field ?? "_form"] ??= translate(d.code, d.params, lang);
      }
      if (error.code === "not_found") {
        errors.administration = translate("users.administrationNeeded", {}, lang);
      }
      if (Object.keys(errors).length === 0) {
        errors._form = translate(error.messageCode, error.params, lang);
      }
      return refuse(errors);
    }
  });

  app.get(`${TOKENS_HREF}/:tokenId/revoca`, manage, async (request, reply) => {
    const id = tokenIdParam(request);
    const token = (await listApiTokens(db, currentUser(request), undefined, deps.now())).find(
      (t) => t.id === id,
    );
    if (!token) throw new AppError("not_found", "apiToken.notFound", { id: String(id) });
    return sendPage(request, reply, (ctx) => revokePage(ctx, token));
  });

  app.post(`${TOKENS_HREF}/:tokenId/revoca`, manage, async (request, reply) => {
    const token = await revokeApiToken(
      deps.store,
      currentUser(request),
      tokenIdParam(request),
      deps.now(),
    );
    setFlash(reply, {
      kind: "success",
      text: translate("tokens.revoked", { name: token.name }, request.lang),
    });
    return redirectAfterPost(reply, TOKENS_HREF);
  });
}
