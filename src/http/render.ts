/** Rendering a page for a request: its context (language, user, CSRF token) and the layout. */
import type { FastifyReply, FastifyRequest } from "fastify";
import { translate } from "../i18n/index.ts";
import { layout, type PageOptions } from "../views/layout.ts";
import type { PageContext } from "../views/page-context.ts";

export function pageContext(request: FastifyRequest, reply: FastifyReply): PageContext {
  const lang = request.lang;
  return {
    lang,
    t: (code, params) => translate(code, params, lang),
    user: request.user,
    csrfToken: reply.generateCsrf(),
    path: request.url,
    flash: request.flash,
  };
}

/** Sends a whole page; `build` gets the context, so views can use the language and the token. */
export function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  build: (ctx: PageContext) => PageOptions,
  status = 200,
): FastifyReply {
  const ctx = pageContext(request, reply);
  return reply
    .status(status)
    .header("cache-control", "no-store")
    .type("text/html; charset=utf-8")
    .send(layout(ctx, build(ctx)).value);
}

/** Post/redirect/get: after a successful form, show the next page with a message. */
export function redirectAfterPost(reply: FastifyReply, location: string): FastifyReply {
  return reply.redirect(location, 303);
}
