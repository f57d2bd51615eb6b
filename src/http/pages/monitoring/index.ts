/** The monitoring pages: campaigns, the user's figures, forecasts, re-programming, neutralisation. */
import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../deps.ts";
import { registerCampaignRoutes } from "./campaigns.ts";
import { registerForecastRoutes } from "./forecast.ts";
import { registerMeasurementRoutes } from "./measurement.ts";
import { registerNeutralisationRoutes } from "./neutralisation.ts";
import { registerReprogrammingRoutes } from "./reprogramming.ts";
import { registerWorklistRoutes } from "./worklist.ts";

export function registerMonitoringRoutes(app: FastifyInstance, deps: AppDeps): void {
  registerCampaignRoutes(app, deps);
  registerWorklistRoutes(app, deps);
  registerMeasurementRoutes(app, deps);
  registerReprogrammingRoutes(app, deps);
  registerForecastRoutes(app, deps);
  registerNeutralisationRoutes(app, deps);
}
