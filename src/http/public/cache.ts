/**
 * Public representations (pages, open-data files, API reads) kept in memory
 * by publication generation, with ETag and Last-Modified, answering 304 when
 * the client already has them. A publish makes a new generation
 * (services/public/generation.ts), so every kept representation is rebuilt
 * on its next request; nothing unpublished is ever kept, since builders read
 * only through services/public/read.ts.
 */
import { createHash } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../../services/errors.ts";
import { publicationGeneration } from "../../services/public/generation.ts";
import type { Db } from "../../store/database.ts";

export interface Built {
  body: string | Buffer;
  /** Content-Type, with charset for text. */
  type: string;
  /** Offered as a download with this file name. */
  fileName?: string;
}

interface Kept extends Built {
  /** Encoded once when built: every send then writes the bytes as they are. */
  body: Buffer;
  generation: number;
  etag: string;
  lastModified: string;
}

/** Entries kept; the oldest goes first when full. */
const LIMIT = 2000;
/** Longer addresses (odd query strings) are answered but not kept. */
const MAX_KEY = 300;
const kept = new WeakMap<object, Map<string, Kept>>();
const STARTED = new Date();
STARTED.setMilliseconds(0);

export interface SendOptions {
  /** What the representation depends on beyond its address: "Cookie" for pages (the language). */
  vary?: string;
  /** Part of the key beyond the address, e.g. the language. */
  variant?: string;
  /** Seconds a client may reuse it without asking again. */
  maxAge?: number;
}

function entriesOf(db: Db): Map<string, Kept> {
  let map = kept.get(db);
  if (!map) {
    map = new Map();
    kept.set(db, map);
  }
  return map;
}

function httpDate(iso: string): string {
  const date = iso ? new Date(iso) : STARTED;
  return (Number.isNaN(date.getTime()) ? STARTED : date).toUTCString();
}

function notModified(request: FastifyRequest, entry: Kept): boolean {
  const match = request.headers["if-none-match"];
  if (typeof match === "string") {
    return (
      match.trim() === "*" ||
      match
        .split(",")
        .map((t) => t.trim().replace(/^W\//, ""))
        .includes(entry.etag)
    );
  }
  const since = request.headers["if-modified-since"];
  if (typeof since === "string") {
    const at = Date.parse(since);
    return !Number.isNaN(at) && Date.parse(entry.lastModified) <= at;
  }
  return false;
}

/** Forgets everything kept (tests, and an administrator's "empty the cache"). */
export function forgetPublic(db: Db): void {
  kept.delete(db);
}

/**
 * Sends the public representation of this request: from memory when the
 * generation has not changed, else built (null from `build` is a 404).
 */
export async function sendPublic(
  request: FastifyRequest,
  reply: FastifyReply,
  db: Db,
  build: () => Promise<Built | null>,
  options: SendOptions = {},
): Promise<FastifyReply> {
  const generation = await publicationGeneration(db);
  const key = `${options.variant ?? ""}|${request.url}`;
  const entries = entriesOf(db);
  let entry = entries.get(key);
  if (!entry || entry.generation !== generation.value) {
    const built = await build();
    if (!built) throw new AppError("not_found", "public.notFound");
    const body = typeof built.body === "string" ? Buffer.from(built.body) : built.body;
    const hash = createHash("sha256").update(body).digest("base64url").slice(0, 22);
    entry = {
      ...built,
      body,
      generation: generation.value,
      etag: `"${generation.value}-${hash}"`,
      lastModified: httpDate(generation.changedAt),
    };
    if (key.length <= MAX_KEY) {
      entries.delete(key);
      entries.set(key, entry);
      if (entries.size > LIMIT) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
    }
  }
  reply
    .header("etag", entry.etag)
    .header("last-modified", entry.lastModified)
    .header("cache-control", `public, max-age=${options.maxAge ?? 60}, must-revalidate`);
  if (options.vary) reply.header("vary", options.vary);
  if (notModified(request, entry)) return reply.status(304).send();
  reply.type(entry.type);
  if (entry.fileName) {
    reply.header(
      "content-disposition",
      `attachment; filename="${entry.fileName.replace(/[^\w.-]/g, "_")}"`,
    );
  }
  return reply.send(entry.body);
}
