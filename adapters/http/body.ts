import type { IncomingMessage } from "node:http";

export type Body = { ok: true; text: string } | { ok: false; status: 413 };

/** Reads a request body up to `limit` bytes; a longer one is refused as soon as it is known to be too long. */
export async function readBody(request: IncomingMessage, limit: number): Promise<Body> {
  if (Number(request.headers["content-length"] ?? 0) > limit) return { ok: false, status: 413 };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) return { ok: false, status: 413 };
    chunks.push(chunk as Buffer);
  }
  return { ok: true, text: Buffer.concat(chunks).toString("utf8") };
}
