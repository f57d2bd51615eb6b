/** The dashboard, the deadlines and the Nucleo's validation: one registration for routes.ts. */
import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../deps.ts";
import { registerUploadPages } from "../upload/upload.ts";
import { registerDashboardPage } from "./dashboard.ts";
import { registerDeadlinesPage } from "./deadlines.ts";
import { registerValidationPages } from "./validation.ts";

export function registerDashboardRoutes(app: FastifyInstance, deps: AppDeps): void {
  registerDashboardPage(app, deps);
  registerDeadlinesPage(app, deps);
  registerValidationPages(app, deps);
  registerUploadPages(app, deps);
}
