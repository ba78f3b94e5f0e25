import fs from "node:fs"
import path from "node:path"

export const API_ROOT = path.resolve(__dirname, "../../../src/api")

export interface DiscoveredRoute {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"
  /** Express-style path: `/admin/oms/waves/:id/picks`. */
  path: string
  /** Route file, relative to src/api. */
  file: string
  /** Names of the path parameters, in order. */
  params: string[]
}

const HANDLER = /export\s+(?:async\s+)?(?:function\s+|const\s+)(GET|POST|PUT|PATCH|DELETE)\b/g

/**
 * Every route the plugin serves, read from the `src/api` tree the way Medusa reads it (a
 * `route.ts` per folder, `[param]` folders, exported method handlers). A new route file is
 * picked up without touching the tests.
 */
export function discoverRoutes(root = API_ROOT): DiscoveredRoute[] {
  const routes: DiscoveredRoute[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/^route\.(ts|js)$/.test(entry.name)) {
        const relative = path.relative(root, path.dirname(full))
        const segments = relative.split(path.sep).filter(Boolean)
        const routePath = "/" + segments.map((s) => s.replace(/^\[(.+)\]$/, ":$1")).join("/")
        const params = segments.filter((s) => /^\[.+\]$/.test(s)).map((s) => s.slice(1, -1))
        const source = fs.readFileSync(full, "utf8")
        const methods = new Set([...source.matchAll(HANDLER)].map((m) => m[1] as DiscoveredRoute["method"]))
        for (const method of methods) routes.push({ method, path: routePath, file: path.relative(root, full), params })
      }
    }
  }
  walk(root)
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method))
}

export const routeKey = (route: { method: string; path: string }) => `${route.method} ${route.path}`
