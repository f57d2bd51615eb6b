/** Bootstrap Italia from its npm package and our own stylesheet, served locally (no CDN). */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

const require = createRequire(import.meta.url);

export async function registerAssets(app: FastifyInstance): Promise<void> {
  const bootstrapItalia = join(dirname(require.resolve("bootstrap-italia/package.json")), "dist");
  await app.register(fastifyStatic, {
    root: bootstrapItalia,
    prefix: "/assets/bi/",
    maxAge: "1d",
    allowedPath: (path) => /\.(css|js|woff2?|ttf|svg|png|map)$/.test(path),
  });
  await app.register(fastifyStatic, {
    root: fileURLToPath(new URL("../assets", import.meta.url)),
    prefix: "/assets/",
    decorateReply: false,
    maxAge: "1h",
  });
}
