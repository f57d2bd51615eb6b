/** Sign-in with a local account, sign-out, the profile and the password change, the language switch. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { translate } from "../../i18n/index.ts";
import {
  checkPasswordRule,
  MIN_PASSWORD_LENGTH,
  setPassword,
  verifyPassword,
} from "../../services/accounts/passwords.ts";
import {
  checkCredentials,
  createSession,
  endOtherSessions,
  endSession,
} from "../../services/accounts/sessions.ts";
import { calendarToken } from "../../services/calendar.ts";
import { AppError } from "../../services/errors.ts";
import { passwordPage, profilePage, signInPage } from "../../views/pages/account.ts";
import { calendarSection } from "../../views/pages/calendar/profile-section.ts";
import { currentUser } from "../access.ts";
import type { AppDeps } from "../deps.ts";
import { safeNext } from "../errors.ts";
import { parseForm, requiredText } from "../forms.ts";
import { LANG_COOKIE, SESSION_COOKIE, setFlash } from "../plugins/session.ts";
import { redirectAfterPost, sendPage } from "../render.ts";

const SignInForm = z.object({
  username: requiredText(64),
  password: z.string().min(1).max(200),
  next: z.string().optional(),
});

const PasswordForm = z.object({
  current: z.string().max(200).optional(),
  password: z.string().min(1).max(200),
  confirm: z.string().min(1).max(200),
});

/** Attempts per address and username: a guesser is slowed, a colleague on the same network is not locked out. */
const SIGN_IN_LIMIT = { max: 10, timeWindow: "5 minutes" };

export function startSession(reply: FastifyReply, deps: AppDeps, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: deps.config.publicUrl.startsWith("https:"),
  });
}

export function registerAccountRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;

  app.get("/accesso", { config: { access: "public" } }, (request, reply) => {
    const next = safeNext((request.query as { next?: string }).next);
    if (request.user) return reply.redirect(next, 303);
    return sendPage(request, reply, (ctx) => signInPage(ctx, { next, oidc: deps.config.oidc }));
  });

  app.post(
    "/accesso",
    {
      config: {
        access: "public",
        rateLimit: {
          ...SIGN_IN_LIMIT,
          keyGenerator: (request: FastifyRequest) =>
            `${request.ip}|${String((request.body as { username?: string } | undefined)?.username ?? "").toLowerCase()}`,
        },
      },
    },
    async (request, reply) => {
      const form = parseForm(SignInForm, request.body, request.lang);
      const next = safeNext(form.ok ? form.data.next : form.values.next);
      const userId = form.ok
        ? await checkCredentials(db, form.data.username, form.data.password)
        : null;
      if (!form.ok || userId === null) {
        const errors = form.ok
          ? { _form: translate("signIn.failed", {}, request.lang) }
          : form.errors;
        const username = form.ok ? form.data.username : (form.values.username ?? "");
        return sendPage(
          request,
          reply,
          (ctx) => signInPage(ctx, { next, oidc: deps.config.oidc, errors, username }),
          form.ok ? 401 : 400,
        );
      }
      startSession(reply, deps, await createSession(db, userId, deps.now()));
      return redirectAfterPost(reply, next);
    },
  );

  app.post("/esci", { config: { access: "public" } }, async (request, reply) => {
    if (request.sessionToken) await endSession(db, request.sessionToken);
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    setFlash(reply, { kind: "info", text: translate("signOut.done", {}, request.lang) });
    return redirectAfterPost(reply, "/accesso");
  });

  app.get("/profilo", { config: { access: "signedIn" } }, async (request, reply) => {
    const user = currentUser(request);
    const token = await calendarToken(db, user.userId);
    return sendPage(request, reply, (ctx) =>
      profilePage(ctx, user, calendarSection(ctx, token, deps.config.publicUrl)),
    );
  });

  app.get("/profilo/password", { config: { access: "signedIn" } }, (request, reply) =>
    sendPage(request, reply, (ctx) =>
      passwordPage(ctx, { hasPassword: currentUser(request).hasPassword }),
    ),
  );

  app.post("/profilo/password", { config: { access: "signedIn" } }, async (request, reply) => {
    const user = currentUser(request);
    const form = parseForm(PasswordForm, request.body, request.lang);
    const errors = form.ok
      ? await passwordProblems(deps, user.userId, form.data, request.lang)
      : form.errors;
    if (!form.ok || Object.keys(errors).length > 0) {
      return sendPage(
        request,
        reply,
        (ctx) => passwordPage(ctx, { hasPassword: user.hasPassword, errors }),
        400,
      );
    }
    await setPassword(db, user.userId, form.data.password, deps.now());
    await endOtherSessions(db, user.userId, request.sessionToken ?? undefined);
    setFlash(reply, { kind: "success", text: translate("password.changed", {}, request.lang) });
    return redirectAfterPost(reply, "/profilo");
  });

  app.get("/lingua/:lang", { config: { access: "public" } }, (request, reply) => {
    const { lang } = request.params as { lang: string };
    const back = safeNext((request.query as { back?: string }).back);
    if (lang === "it" || lang === "en") {
      reply.setCookie(LANG_COOKIE, lang, { path: "/", sameSite: "lax", maxAge: 365 * 86_400 });
    }
    return reply.redirect(back, 303);
  });
}

async function passwordProblems(
  deps: AppDeps,
  userId: number,
  data: z.infer<typeof PasswordForm>,
  lang: FastifyRequest["lang"],
): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  const row = await deps.store.db
    .selectFrom("app_user")
    .select("password_hash")
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
  // A user who signs in only through SPID/CIE has no current password to give.
  if (
    row.password_hash !== null &&
    !(await verifyPassword(row.password_hash, data.current ?? ""))
  ) {
    errors.current = translate("password.wrongCurrent", {}, lang);
  }
  try {
    checkPasswordRule(data.password);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    errors.password = translate(error.messageCode, error.params, lang);
  }
  if (data.password !== data.confirm) errors.confirm = translate("password.mismatch", {}, lang);
  return errors;
}

export { MIN_PASSWORD_LENGTH };
