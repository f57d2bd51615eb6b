/**
 * Who is asking and in which language: the session cookie is looked up in
 * the database on every request, the language is Italian unless the user
 * chose English.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Lang } from "../../i18n/index.ts";
import { sessionUser } from "../../services/accounts/sessions.ts";
import type { Store } from "../../store/database.ts";
import type { Flash } from "../../views/page-context.ts";

export const SESSION_COOKIE = "piao_session";
export const LANG_COOKIE = "piao_lang";
const FLASH_COOKIE = "piao_flash";
/** The public portal's addresses (src/http/pages/public). */
const PUBLIC_PORTAL = /^\/trasparenza(?:[/?]|$)/;

/**
 * Italian unless the user chose English with the switch (a cookie): the
 * product speaks the administration's language, whatever the browser's
 * own setting, so colleagues see the same words.
 */
export function requestLang(request: FastifyRequest): Lang {
  return request.cookies[LANG_COOKIE] === "en" ? "en" : "it";
}

function readFlash(request: FastifyRequest, reply: FastifyReply): Flash | null {
  const raw = request.cookies[FLASH_COOKIE];
  if (!raw) return null;
  reply.clearCookie(FLASH_COOKIE, { path: "/" });
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || unsigned.value === null) return null;
  try {
    const flash = JSON.parse(unsigned.value) as Flash;
    return typeof flash.text === "string" ? flash : null;
  } catch {
    return null;
  }
}

/** The message the next page shows once: "Rilevazione salvata". */
export function setFlash(reply: FastifyReply, flash: Flash): void {
  reply.setCookie(FLASH_COOKIE, JSON.stringify(flash), {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    signed: true,
    maxAge: 60,
  });
}

export function registerSession(app: FastifyInstance, store: Store, now: () => Date): void {
  app.decorateRequest("user", null);
  app.decorateRequest("sessionToken", null);
  app.decorateRequest("lang", "it");
  app.decorateRequest("flash", null);
  app.addHook("onRequest", async (request, reply) => {
    if (request.url.startsWith("/assets/")) return;
    request.lang = requestLang(request);
    // The API never reads the session cookie: it is called with API tokens
    // (api/tokens.ts), so a browser's cookies cannot act there (no CSRF).
    if (request.url.startsWith("/api/")) return;
    // The public portal is the same for everyone (kept, shared): no session
    // lookup in the database, and a flash waits for the next staff page.
    if (PUBLIC_PORTAL.test(request.url)) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.user = await sessionUser(store.db, token, now());
      request.sessionToken = request.user ? token : null;
      if (!request.user) reply.clearCookie(SESSION_COOKIE, { path: "/" });
    }
    request.flash = readFlash(request, reply);
  });
}
