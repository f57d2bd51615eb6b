/**
 * Sign-in through an OpenID Connect provider, the way SPID/CIE gateways are
 * offered to administrations: authorization code flow with PKCE; state,
 * nonce and the code verifier wait in a signed cookie for ten minutes. The
 * callback opens the same database session as the password sign-in.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import * as client from "openid-client";
import type { OidcConfig } from "../../config.ts";
import { type OidcIdentity, userForIdentity } from "../../services/accounts/oidc-link.ts";
import { createSession } from "../../services/accounts/sessions.ts";
import { AppError } from "../../services/errors.ts";
import type { AppDeps } from "../deps.ts";
import { safeNext } from "../errors.ts";
import { startSession } from "./routes.ts";

const FLOW_COOKIE = "piao_oidc";
const FLOW_MINUTES = 10;
const CALLBACK = "/accesso/oidc/callback";

interface Flow {
  verifier: string;
  state: string;
  nonce: string;
  next: string;
}

/** Plain http is allowed only for a provider on this machine (tests, a local gateway). */
const isLoopback = (issuer: string) =>
  /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(issuer);

function discover(oidc: OidcConfig): Promise<client.Configuration> {
  return client.discovery(
    new URL(oidc.issuer),
    oidc.clientId,
    undefined,
    client.ClientSecretPost(oidc.clientSecret),
    isLoopback(oidc.issuer) ? { execute: [client.allowInsecureRequests] } : {},
  );
}

function providerError(error: unknown): AppError {
  const reason = error instanceof Error ? error.message : String(error);
  return new AppError("invalid_input", "oidc.providerError", { reason });
}

function keepFlow(reply: FastifyReply, deps: AppDeps, flow: Flow): void {
  reply.setCookie(FLOW_COOKIE, JSON.stringify(flow), {
    path: "/accesso/oidc",
    httpOnly: true,
    // Lax: the provider sends the browser back with a top-level GET.
    sameSite: "lax",
    secure: deps.config.publicUrl.startsWith("https:"),
    signed: true,
    maxAge: FLOW_MINUTES * 60,
  });
}

function readFlow(request: FastifyRequest, reply: FastifyReply): Flow {
  const raw = request.cookies[FLOW_COOKIE];
  reply.clearCookie(FLOW_COOKIE, { path: "/accesso/oidc" });
  const unsigned = raw ? request.unsignCookie(raw) : null;
  if (!unsigned?.valid || !unsigned.value) throw new AppError("invalid_input", "oidc.expired");
  try {
    return JSON.parse(unsigned.value) as Flow;
  } catch {
    throw new AppError("invalid_input", "oidc.expired");
  }
}

/**
 * The person's subject and e-mail: from the ID token, else (as providers
 * that keep the ID token small do) from the userinfo endpoint.
 */
async function identityOf(
  config: client.Configuration,
  tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>,
): Promise<OidcIdentity> {
  const claims = tokens.claims();
  if (!claims) throw new AppError("invalid_input", "oidc.providerError", { reason: "no ID token" });
  // Without userinfo an already linked subject still signs in; an unlinked one is refused.
  const info: Record<string, unknown> =
    typeof claims.email === "string"
      ? claims
      : await client.fetchUserInfo(config, tokens.access_token, claims.sub).catch(() => ({}));
  return {
    sub: claims.sub,
    email: typeof info.email === "string" ? info.email : undefined,
    emailVerified: typeof info.email_verified === "boolean" ? info.email_verified : undefined,
  };
}

export function registerOidcRoutes(app: FastifyInstance, deps: AppDeps): void {
  const oidc = deps.config.oidc;
  let configuration: Promise<client.Configuration> | null = null;
  // Discovered once; a provider that was down is asked again next time.
  const provider = (settings: OidcConfig) => {
    configuration ??= discover(settings).catch((error) => {
      configuration = null;
      throw providerError(error);
    });
    return configuration;
  };
  const settings = (): OidcConfig => {
    if (!oidc) throw new AppError("not_found", "oidc.notConfigured");
    return oidc;
  };
  const redirectUri = `${deps.config.publicUrl}${CALLBACK}`;

  app.get("/accesso/oidc", { config: { access: "public" } }, async (request, reply) => {
    const config = await provider(settings());
    const flow: Flow = {
      verifier: client.randomPKCECodeVerifier(),
      state: client.randomState(),
      nonce: client.randomNonce(),
      next: safeNext((request.query as { next?: string }).next),
    };
    keepFlow(reply, deps, flow);
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: "openid email profile",
      code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: "S256",
      state: flow.state,
      nonce: flow.nonce,
    });
    return reply.redirect(url.href, 303);
  });

  app.get(CALLBACK, { config: { access: "public" } }, async (request, reply) => {
    const config = await provider(settings());
    const flow = readFlow(request, reply);
    const current = new URL(request.url, deps.config.publicUrl);
    const tokens = await client
      .authorizationCodeGrant(config, current, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
      })
      .catch((error: unknown) => {
        throw providerError(error);
      });
    const userId = await userForIdentity(deps.store.db, await identityOf(config, tokens));
    if (userId === null) throw new AppError("forbidden", "oidc.unknownPerson");
    startSession(reply, deps, await createSession(deps.store.db, userId, deps.now()));
    return reply.redirect(flow.next, 303);
  });
}
