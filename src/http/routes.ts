/** Every page module of the web application, registered in one place. */
import type { FastifyInstance } from "fastify";
import { registerApi } from "./api/index.ts";
import { registerAccountRoutes } from "./auth/routes.ts";
import type { AppDeps } from "./deps.ts";
import { registerDashboardRoutes } from "./pages/dashboard/index.ts";
import { registerMonitoringRoutes } from "./pages/monitoring/index.ts";
import { registerPeopleRoutes } from "./pages/people.ts";
import { registerPlanPages } from "./pages/plan/index.ts";
import { registerPlanRoutes } from "./pages/plans.ts";
import { registerComparisonPage } from "./pages/public/comparison.ts";

export function registerRoutes(app: FastifyInstance, deps: AppDeps): void {
  registerAccountRoutes(app, deps);
  registerPlanRoutes(app, deps);
  registerMonitoringRoutes(app, deps);
  registerPeopleRoutes(app, deps);
  registerPlanPages(app, deps);
  registerDashboardRoutes(app, deps);
  registerComparisonPage(app, deps);
  registerApi(app, deps);
}
