/**
 * Security by default: helmet's headers with a strict Content-Security-Policy
 * (no inline script), signed cookies, CSRF tokens checked on every request
 * that is not a plain read, and the rate limiter that sign-in uses.
 */
import cookie from "@fastify/cookie";
import csrf from "@fastify/csrf-protection";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest } from "fastify";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The token a form posted: a plain field, a multipart field, or a header for scripts. */
function postedToken(request: FastifyRequest): string | undefined {
  const body = request.body as Record<string, unknown> | undefined;
  const field = body?._csrf;
  if (typeof field === "string") return field;
  if (field && typeof field === "object" && "value" in field) return String(field.value);
  const header = request.headers["x-csrf-token"];
  return typeof header === "string" ? header : undefined;
}

export interface SecurityOptions {
  secret: string;
  https: boolean;
  /** Origins a sign-in may redirect to (the OpenID Connect provider). */
  formTargets: string[];
}

export async function registerSecurity(app: FastifyInstance, o: SecurityOptions): Promise<void> {
  await app.register(helmet, {
    global: false,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // ECharts' server-rendered SVG carries style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        formAction: ["'self'", ...o.formTargets],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        ...(o.https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: o.https,
    referrerPolicy: { policy: "same-origin" },
  });
  // Registered globally, @fastify/helmet would build helmet's middleware anew
  // on every request (its CSP parsed each time): a tenth of a cached public
  // page's cost. The headers depend on nothing of the request, so helmet
  // writes them once and every answer gets that set.
  let headers: [string, string | number | string[]][] | null = null;
  app.addHook("onRequest", (_request, reply, done) => {
    if (!headers) {
      const before = new Set(reply.raw.getHeaderNames());
      reply.helmet();
      headers = reply.raw
        .getHeaderNames()
        .filter((name) => !before.has(name))
        .map((name) => [name, reply.raw.getHeader(name) as string | number | string[]]);
    } else {
      for (const [name, value] of headers) reply.raw.setHeader(name, value);
    }
    done();
  });
  await app.register(cookie, { secret: o.secret });
  await app.register(csrf, {
    sessionPlugin: "@fastify/cookie",
    cookieKey: "piao_csrf",
    cookieOpts: { signed: true, httpOnly: true, sameSite: "strict", path: "/", secure: o.https },
    getToken: postedToken,
  });
  await app.register(rateLimit, { global: false, hook: "preHandler" });
  app.addHook("preHandler", (request, reply, done) => {
    if (SAFE_METHODS.has(request.method)) return done();
    // The API ignores cookies (plugins/session.ts): only its Bearer token acts.
    if (request.url.startsWith("/api/")) return done();
    app.csrfProtection(request, reply, done);
  });
}
