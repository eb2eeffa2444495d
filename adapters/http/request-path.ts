/**
 * Why a request's path is refused before routing, or nothing when it is plain. A URL parser resolves `..` and
 * (for http) reads `\` as `/`, so `/v1/..\metrics` would reach /metrics past a proxy that only lets /v1/ through;
 * encoded dots and slashes and doubled slashes are refused too, so the path routed is the path the proxy saw.
 */
export function unsafePath(url: string): string | undefined {
  const path = url.split("?", 1)[0]!;
  if (!path.startsWith("/")) return "the path must start with /";
  if (path.includes("\\")) return "the path holds a backslash";
  if (/%(2e|2f|5c)/i.test(path)) return "the path holds an encoded dot, slash or backslash";
  if (path.includes("//")) return "the path holds a doubled slash";
  if (path.split("/").some((segment) => segment === "." || segment === "..")) return "the path holds a . or .. segment";
  return undefined;
}
