/**
 * Every route says who may call it, and one hook checks it before any
 * handler runs: "public" (anyone), "signedIn" (any user), or an Action of
 * src/domain/authorization.ts, the one place that decides who may do what.
 * A route that declares nothing refuses to register, so none is open by
 * mistake. What a role may do on a given plan or unit (its administration,
 * a head's sub-tree) is checked by `authorise` with the resource in hand.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
  type Action,
  can,
  type Resource,
  roleMay,
  type UnitParents,
} from "../domain/authorization.ts";
import type { SignedInUser } from "../services/accounts/sessions.ts";
import { AppError } from "../services/errors.ts";

export type Access = "public" | "signedIn" | Action;

/** The access every route declared, by "METHOD url": what the authorisation matrix test walks. */
export const declaredAccess = new WeakMap<FastifyInstance, Map<string, Access>>();

export class NotSignedIn extends Error {}

export function installAccessControl(app: FastifyInstance): void {
  const routes = new Map<string, Access>();
  declaredAccess.set(app, routes);
  app.addHook("onRoute", (route) => {
    if (route.url.startsWith("/assets/") || route.method === "HEAD") return;
    const access = (route.config as { access?: Access } | undefined)?.access;
    if (!access) throw new Error(`route ${route.method} ${route.url} declares no access`);
    for (const method of [route.method].flat()) routes.set(`${method} ${route.url}`, access);
  });
  app.addHook("preHandler", async (request: FastifyRequest, _reply: FastifyReply) => {
    const access = request.routeOptions.config.access;
    if (access === undefined) {
      // Static files and Fastify's own 404 handler.
      return;
    }
    if (access === "public") return;
    const user = request.user;
    if (!user) throw new NotSignedIn();
    if (access === "signedIn") return;
    if (!roleMay(user.role, access)) throw new AppError("forbidden", "auth.forbidden");
  });
}

/** The signed-in user of a route that is not public. */
export function currentUser(request: FastifyRequest): SignedInUser {
  if (!request.user) throw new NotSignedIn();
  return request.user;
}

/** Refuses unless the user may do `action` on `resource` (its administration, a head's units). */
export function authorise(
  request: FastifyRequest,
  action: Action,
  resource: Resource,
  parents?: UnitParents,
): SignedInUser {
  const user = currentUser(request);
  if (!can(user, action, resource, parents)) {
    throw new AppError(
      "forbidden",
      resource.unitKey ? "auth.notYourUnitGeneric" : "auth.forbidden",
    );
  }
  return user;
}
