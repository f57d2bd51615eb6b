/** Every page module of the web application, registered in one place. */
import type { FastifyInstance } from "fastify";
import { registerApi } from "./api/index.ts";
import { registerAccountRoutes } from "./auth/routes.ts";
import type { AppDeps } from "./deps.ts";
import { registerDashboardRoutes } from "./pages/dashboard/index.ts";
import { registerMonitoringRoutes } from "./pages/monitoring/index.ts";
import { registerPeopleRoutes } from "./pages/people.ts";
import { registerPeoplePlanPages } from "./pages/people-plan/index.ts";
import { registerPlanPages } from "./pages/plan/index.ts";
import { registerPlanRoutes } from "./pages/plans.ts";
import { registerComparisonPage } from "./pages/public/comparison.ts";
import { registerPublicPages } from "./pages/public/index.ts";
import { registerOpenDataRoutes } from "./pages/public/open-data.ts";
import { registerPublicValuePages } from "./pages/public-value/index.ts";
import { registerPublicationRoutes } from "./pages/publication.ts";
import { registerRiskPages } from "./pages/risk/index.ts";
import { registerWorkflowRoutes } from "./pages/workflow/routes.ts";

export function registerRoutes(app: FastifyInstance, deps: AppDeps): void {
  registerAccountRoutes(app, deps);
  registerPlanRoutes(app, deps);
  registerMonitoringRoutes(app, deps);
  registerPeopleRoutes(app, deps);
  registerPlanPages(app, deps);
  registerPublicValuePages(app, deps);
  registerPeoplePlanPages(app, deps);
  registerRiskPages(app, deps);
  registerDashboardRoutes(app, deps);
  registerOpenDataRoutes(app, deps);
  registerPublicationRoutes(app, deps);
  registerWorkflowRoutes(app, deps);
  registerPublicPages(app, deps);
  registerComparisonPage(app, deps);
  registerApi(app, deps);
}
