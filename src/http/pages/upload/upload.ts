import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../deps.ts";
export function registerUploadPages(_app: FastifyInstance, _deps: AppDeps): void {}
