/**
 * Who calls the API: the holder of an API token (`Authorization: Bearer
 * piao_…`). Cookies never act here (plugins/session.ts leaves /api/ alone),
 * so a browser signed in to the application cannot be made to write through
 * the API. A token that is unknown, revoked or expired is refused with 401,
 * whatever the operation; without a token only public reads answer.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { translate } from "../../i18n/index.ts";
import { type TokenActor, tokenActor } from "../../services/api-tokens.ts";
import type { AppDeps } from "../deps.ts";
import { apiLang, isApi, sendProblem } from "./problem.ts";

const actors = new WeakMap<FastifyRequest, TokenActor>();

/** The token the request came with, once the hook has accepted it. */
export function requestToken(request: FastifyRequest): TokenActor | undefined {
  return actors.get(request);
}

/** The bearer credential of the request, if it sent one. */
function bearer(request: FastifyRequest): string | null | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const m = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  return m?.[1] ?? null;
}

export function installTokenAuth(app: FastifyInstance, deps: AppDeps): void {
  app.addHook("onRequest", async (request, reply) => {
    if (!isApi(request)) return;
    const secret = bearer(request);
    if (secret === undefined) return;
    const actor = secret === null ? null : await tokenActor(deps.store.db, secret, deps.now());
    if (!actor) {
      return sendProblem(request, reply, 401, translate("api.tokenInvalid", {}, apiLang(request)));
    }
    actors.set(request, actor);
    // The request acts as the token: its role, administration and (for a head) unit.
    request.user = {
      ...actor,
      userId: 0,
      displayName: actor.tokenName,
      email: null,
      hasPassword: false,
    };
  });
}
