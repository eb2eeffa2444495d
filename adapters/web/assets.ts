import { readFileSync } from "node:fs";

export type Asset = { body: string; type: string };

const TYPES = { ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8" } as const;

/** The page's own files (public/, copied beside the built code), read once: a handful of small files. */
export function readAsset(name: `${string}${keyof typeof TYPES}`): Asset {
  const extension = name.slice(name.lastIndexOf(".")) as keyof typeof TYPES;
  return { body: readFileSync(new URL(`./public/${name}`, import.meta.url), "utf8"), type: TYPES[extension] };
}
