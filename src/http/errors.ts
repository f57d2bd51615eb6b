/**
 * Every error becomes a page a person understands, in their language, mapped
 * here once: services throw AppError with a code, never an HTTP status.
 * Nothing was written when an error is shown (services write in transactions).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { formatDiagnostic, translate } from "../i18n/index.ts";
import { AppError, type AppErrorCode } from "../services/errors.ts";
import { html } from "../views/html.ts";
import { NotSignedIn } from "./access.ts";
import { apiError, apiLang, isApi, sendProblem } from "./api/problem.ts";
import { sendPage } from "./render.ts";

export const STATUS: Record<AppErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
};

export const MAX_UPLOAD_MB = 20;

function errorPage(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  message: string,
  details: string[] = [],
): FastifyReply {
  return sendPage(
    request,
    reply,
    (ctx) => ({
      title: ctx.t(`error.title.${status}`),
      body: html`<div class="alert alert-${status >= 500 ? "danger" : "warning"}" role="alert">
  <p class="mb-0">${message}</p>
  ${details.length ? html`<ul class="mt-2 mb-0">${details.map((d) => html`<li>${d}</li>`)}</ul>` : ""}
</div>
<p><a href="/">${ctx.t("error.backHome")}</a></p>`,
    }),
    status,
  );
}

/** Where to come back after signing in: a path of this site only. */
export function safeNext(value: unknown): string {
  return typeof value === "string" && /^\/(?![/\\])/.test(value) ? value : "/";
}

export function installErrorPages(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) =>
    isApi(request)
      ? sendProblem(request, reply, 404, translate("error.notFound", {}, apiLang(request)))
      : errorPage(request, reply, 404, translate("error.notFound", {}, request.lang)),
  );

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isApi(request)) return apiError(request, reply, error);
    const lang = request.lang ?? "it";
    if (error instanceof NotSignedIn) {
      if (request.method === "GET") {
        return reply.redirect(`/accesso?next=${encodeURIComponent(safeNext(request.url))}`, 303);
      }
      return errorPage(request, reply, 401, translate("signIn.required", {}, lang));
    }
    if (error instanceof AppError) {
      const details = error.diagnostics.map((d) => formatDiagnostic(d, lang));
      const changes = error.changes.map((c) => `${c.field}: ${JSON.stringify(c.current)}`);
      return errorPage(
        request,
        reply,
        STATUS[error.code],
        translate(error.messageCode, error.params, lang),
        [...details, ...changes],
      );
    }
    const code = error.code ?? "";
    if (code.startsWith("FST_CSRF")) {
      return errorPage(request, reply, 403, translate("form.csrf", {}, lang));
    }
    if (error.statusCode === 429) {
      return errorPage(request, reply, 429, translate("signIn.tooMany", {}, lang));
    }
    if (error.statusCode === 413 || code === "FST_REQ_FILE_TOO_LARGE") {
      return errorPage(
        request,
        reply,
        413,
        translate("error.tooLarge", { max: MAX_UPLOAD_MB }, lang),
      );
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return errorPage(request, reply, 400, error.message);
    }
    request.log.error({ err: error }, "unexpected error");
    return errorPage(request, reply, 500, translate("error.internal", { id: request.id }, lang));
  });
}
