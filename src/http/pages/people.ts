/** The pages about people: calendar feed, OpenID Connect sign-in, user administration, API tokens. */
import type { FastifyInstance } from "fastify";
import { registerOidcRoutes } from "../auth/oidc.ts";
import type { AppDeps } from "../deps.ts";
import { registerCalendarRoutes } from "./calendar/routes.ts";
import { registerTokenRoutes } from "./tokens/routes.ts";
import { registerUserRoutes } from "./users/routes.ts";

export function registerPeopleRoutes(app: FastifyInstance, deps: AppDeps): void {
  registerCalendarRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerTokenRoutes(app, deps);
  registerOidcRoutes(app, deps);
}
