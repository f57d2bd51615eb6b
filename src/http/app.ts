/**
 * The web application: Fastify with security plugins, the session, access
 * control on every route, error pages, static assets and the page modules.
 */
import formbody from "@fastify/formbody";
import multipart from "@fastify/multipart";
import Fastify, { type FastifyInstance } from "fastify";
import type { WebConfig } from "../config.ts";
import "../i18n/index.ts";
import { installationSecret } from "../services/accounts/installation.ts";
import type { Store } from "../store/database.ts";
import { installAccessControl } from "./access.ts";
import type { AppDeps } from "./deps.ts";
import { installErrorPages, MAX_UPLOAD_MB } from "./errors.ts";
import { registerAssets } from "./plugins/assets.ts";
import { registerSecurity } from "./plugins/security.ts";
import { registerSession } from "./plugins/session.ts";
import { registerRoutes } from "./routes.ts";
import "./types.ts";

export interface AppOptions {
  store: Store;
  config: WebConfig;
  now?: () => Date;
  logger?: boolean;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const deps: AppDeps = {
    store: options.store,
    config: options.config,
    now: options.now ?? (() => new Date()),
  };
  const app = Fastify({
    logger: options.logger ? { level: "info" } : false,
    trustProxy: false,
    bodyLimit: MAX_UPLOAD_MB * 1024 * 1024,
  });
  const secret = await installationSecret(deps.store.db, deps.config.secret);
  const https = deps.config.publicUrl.startsWith("https:");
  installErrorPages(app);
  installAccessControl(app);
  await registerSecurity(app, {
    secret,
    https,
    formTargets: deps.config.oidc ? [new URL(deps.config.oidc.issuer).origin] : [],
  });
  await app.register(formbody);
  await app.register(multipart, {
    attachFieldsToBody: true,
    limits: { fileSize: MAX_UPLOAD_MB * 1024 * 1024, files: 1, fields: 50 },
  });
  registerSession(app, deps.store, deps.now);
  await registerAssets(app);
  registerRoutes(app, deps);
  return app;
}
