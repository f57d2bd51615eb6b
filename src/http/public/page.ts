/**
 * Sending a public page: the same for every visitor of a language (no user,
 * no form, no flash), kept by publication generation (cache.ts) with ETag
 * and Last-Modified. The language switch is a cookie, hence `Vary: Cookie`.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import { translate } from "../../i18n/index.ts";
import type { Db } from "../../store/database.ts";
import { layout, type PageOptions } from "../../views/layout.ts";
import type { PageContext } from "../../views/page-context.ts";
import { type Built, sendPublic } from "./cache.ts";

export function publicContext(request: FastifyRequest): PageContext {
  const lang = request.lang;
  return {
    lang,
    t: (code, params) => translate(code, params, lang),
    user: null,
    csrfToken: "",
    path: request.url,
    flash: null,
  };
}

/** Sends the page `build` makes (null: 404), from memory while nothing new is published. */
export function sendPublicPage(
  request: FastifyRequest,
  reply: FastifyReply,
  db: Db,
  build: (ctx: PageContext) => Promise<PageOptions | null>,
): Promise<FastifyReply> {
  const ctx = publicContext(request);
  return sendPublic(
    request,
    reply,
    db,
    async (): Promise<Built | null> => {
      const page = await build(ctx);
      if (!page) return null;
      return {
        body: layout(ctx, { ...page, public: true }).value,
        type: "text/html; charset=utf-8",
      };
    },
    { variant: ctx.lang, vary: "Cookie" },
  );
}
