import fc from "fast-check"
import type { DiscoveredRoute } from "./api-routes"
import { arbitraryOf, hostileValue, HOSTILE_STRINGS, objectKeys, type IdsFor } from "./fuzz-arbitraries"

/** Real ids of each kind from the fixtures (a wave, its pick lines, a pack session, …). */
export type IdPools = Record<
  "stock_location" | "order" | "product" | "inventory_item" | "wave" | "pick_line" | "pack_session" | "shipping_option" | "carton_code" | "bin_code" | "barcode",
  string[]
>

export interface FuzzCase {
  method: DiscoveredRoute["method"]
  url: string
  /** Sent as JSON unless `raw` is set. */
  body?: unknown
  raw?: { data: string; contentType: string }
  kind: string
}

const FIELD_POOLS: Record<string, keyof IdPools> = {
  stock_location_id: "stock_location",
  order_id: "order",
  order_ids: "order",
  inventory_item_id: "inventory_item",
  pick_line_id: "pick_line",
  shipping_option_ids: "shipping_option",
  carton_code: "carton_code",
  code: "carton_code",
  bin_code: "bin_code",
  from_bin_code: "bin_code",
  to_bin_code: "bin_code",
  barcode: "barcode",
  item_barcode: "barcode",
}

/** Which pool a path parameter draws from: by its name, or by the collection it follows. */
function poolOfParam(route: DiscoveredRoute, param: string): keyof IdPools | null {
  if (FIELD_POOLS[param]) return FIELD_POOLS[param]
  const segments = route.path.split("/")
  const before = segments[segments.indexOf(`:${param}`) - 1]
  return ({ waves: "wave", "pack-sessions": "pack_session", orders: "order", products: "product", centers: "stock_location" } as Record<string, keyof IdPools>)[before] ?? null
}

/** Values a schema's custom rules accept, which a generator cannot guess (time zones, dates). */
const KNOWN_VALUES: Record<string, fc.Arbitrary<string>> = {
  time_zone: fc.constantFrom("Asia/Jakarta", "Asia/Makassar", "UTC"),
  placed_before: fc.constantFrom(new Date().toISOString(), "2026-01-01", "2030-12-31T23:59:59+07:00"),
  // periods the report routes accept (and some they refuse: `from` after `to`), so their handlers run too
  from: fc.constantFrom(new Date(Date.now() - 7 * 86_400_000).toISOString(), "2026-01-01", "2026-11-01T00:00:00+07:00"),
  to: fc.constantFrom(new Date().toISOString(), "2026-12-31", "2026-06-01T00:00:00Z"),
}

const ULID_CHARS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
const unknownId = fc
  .tuple(fc.constantFrom("sloc", "order", "prod", "iitem", "wave", "pkln", "packs", "so"), fc.array(fc.constantFrom(...ULID_CHARS), { minLength: 26, maxLength: 26 }))
  .map(([prefix, chars]) => `${prefix}_${chars.join("")}`)

function idArbitrary(pools: IdPools, pool: keyof IdPools | null): fc.Arbitrary<string> {
  const all = Object.values(pools).flat()
  const own = pool && pools[pool].length ? pools[pool] : all
  const foreign = all.filter((id) => !own.includes(id))
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...own) },
    { weight: 1, arbitrary: foreign.length ? fc.constantFrom(...foreign) : unknownId },
    { weight: 1, arbitrary: unknownId }
  )
}

const HOSTILE_SEGMENTS = ["\u0000", "a b", "x".repeat(150), "\ud800", "..", "%", "a/b", "😀", "sloc_\u0000", "' OR 1=1"]

/** A path segment as a client would encode it; lone surrogates (which encodeURIComponent refuses) as raw invalid UTF-8. */
const encodeSegment = (value: string) => {
  try {
    return encodeURIComponent(value)
  } catch {
    return value.replace(/[\ud800-\udfff]/g, "%ED%A0%80").replace(/[^%A-Za-z0-9]/g, (c) => encodeURIComponent(c))
  }
}

const queryValue = (value: unknown) => (typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value))
const queryString = (query: Record<string, unknown>) =>
  Object.entries(query)
    .map(([k, v]) => `${encodeSegment(k)}=${encodeSegment(queryValue(v))}`)
    .join("&")

/** One key of a valid-looking object replaced by a hostile value (or an unknown key added). */
function mutateOneKey(valid: fc.Arbitrary<unknown>, keys: string[]): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.constantFrom(...(keys.length ? keys : ["unknown_field"]), "unknown_field"), hostileValue).map(([body, key, hostile]) => {
    if (!body || typeof body !== "object" || Array.isArray(body)) return { [key]: hostile }
    const value = (body as Record<string, unknown>)[key]
    // Inside an array field, replace one element's field instead of the whole array (items[0].quantity).
    if (Array.isArray(value) && value.length && value[0] && typeof value[0] === "object") {
      const inner = Object.keys(value[0])
      const innerKey = inner[Math.abs(JSON.stringify(hostile)?.length ?? 0) % Math.max(1, inner.length)] ?? "x"
      return { ...body, [key]: [{ ...value[0], [innerKey]: hostile }, ...value.slice(1)] }
    }
    return { ...body, [key]: hostile }
  })
}

const TRANSPORT: fc.Arbitrary<{ data: string; contentType: string; kind: string }> = fc.constantFrom(
  { data: '{"a":', contentType: "application/json", kind: "invalid JSON" },
  { data: "{'single': 'quotes'}", contentType: "application/json", kind: "invalid JSON" },
  { data: "[".repeat(5000) + "]".repeat(5000), contentType: "application/json", kind: "deep JSON array" },
  { data: '{"a":"\\u0000"}', contentType: "application/json", kind: "escaped NUL" },
  { data: '{"a":"\\ud800"}', contentType: "application/json", kind: "escaped surrogate" },
  { data: "quantity=1&items=%00", contentType: "application/x-www-form-urlencoded", kind: "form body" },
  { data: "hello", contentType: "text/plain", kind: "text body" },
  { data: '{"quantity":1}', contentType: "application/xml", kind: "wrong content type" },
  { data: "", contentType: "application/json", kind: "empty JSON body" },
  { data: "null", contentType: "application/json", kind: "JSON null" },
  { data: '"string"', contentType: "application/json", kind: "JSON string" }
)

/**
 * `count` requests for one route, reproducible from `seed`: path parameters from the fixture
 * pools (own, foreign, unknown) or hostile; bodies and queries valid-looking from the route's
 * schema, with one field hostile, wholly hostile, or malformed on the wire.
 */
export function fuzzCases(
  route: DiscoveredRoute,
  schemas: { body?: unknown; query?: unknown },
  pools: IdPools,
  count: number,
  seed: number
): FuzzCase[] {
  const ids: IdsFor = (field) => (FIELD_POOLS[field] ? idArbitrary(pools, FIELD_POOLS[field]) : KNOWN_VALUES[field] ?? null)
  const paramArb = (param: string) =>
    fc.oneof(
      { weight: 8, arbitrary: idArbitrary(pools, poolOfParam(route, param)).map(encodeSegment) },
      { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_SEGMENTS).map(encodeSegment) },
      { weight: 1, arbitrary: fc.constantFrom("%E0%A4%A", "%", "%zz") }
    )
  const pathArb = fc.tuple(...route.params.map(paramArb)).map((values) => {
    let url = route.path
    route.params.forEach((param, i) => (url = url.replace(`:${param}`, values[i])))
    return url
  })

  const validBody = schemas.body ? arbitraryOf(schemas.body, ids) : fc.constant({})
  const bodyKeys = schemas.body ? objectKeys(schemas.body) : []
  const bodyArb: fc.Arbitrary<Pick<FuzzCase, "body" | "raw" | "kind">> = fc.oneof(
    { weight: 7, arbitrary: validBody.map((body) => ({ body, kind: "schema body" })) },
    { weight: 7, arbitrary: mutateOneKey(validBody, bodyKeys).map((body) => ({ body, kind: "one hostile field" })) },
    { weight: 2, arbitrary: hostileValue.map((body) => ({ body, kind: "hostile body" })) },
    { weight: 4, arbitrary: TRANSPORT.map(({ kind, ...raw }) => ({ raw, kind })) }
  )

  const validQuery = schemas.query ? arbitraryOf(schemas.query, ids) : fc.constant({})
  const queryKeys = schemas.query ? objectKeys(schemas.query) : ["q", "limit", "offset", "fields"]
  const queryArb = fc.oneof(
    { weight: 5, arbitrary: validQuery.map((q) => ({ q, kind: "schema query" })) },
    { weight: 4, arbitrary: mutateOneKey(validQuery, queryKeys).map((q) => ({ q, kind: "one hostile query value" })) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS).map((v) => ({ q: { [v || "k"]: v, "a[b][c][d][e][f][g]": "x" }, kind: "hostile query keys" })) }
  )

  const caseArb: fc.Arbitrary<FuzzCase> =
    route.method === "GET" || route.method === "DELETE"
      ? fc.tuple(pathArb, queryArb).map(([url, { q, kind }]) => {
          const qs = q && typeof q === "object" ? queryString(q as Record<string, unknown>) : ""
          return { method: route.method, url: qs ? `${url}?${qs}` : url, kind }
        })
      : fc.tuple(pathArb, bodyArb).map(([url, body]) => ({ method: route.method, url, ...body }))
  return fc.sample(caseArb, { numRuns: count, seed })
}
