import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stringify } from "csv-stringify"
import { pipeline } from "node:stream/promises"
import { ROOT_CAUSE_LABELS, RETURN_CAUSE_RULES } from "../../../../../lib/returns"
import { assertStockLocation } from "../../bins/helpers"
import { returnLinesQuery } from "../helpers"
import type { ExportReturnLinesQueryType } from "../validators"

const PAGE = 1_000

const COLUMNS: [header: string, value: (row: Record<string, any>, lang: "en" | "id") => unknown][] = [
  ["requested_at", (r) => r.requested_at?.toISOString?.() ?? r.requested_at],
  ["received_at", (r) => r.received_at?.toISOString?.() ?? r.received_at ?? ""],
  ["order_id", (r) => r.order_id],
  ["product_id", (r) => r.product_id],
  ["variant_id", (r) => r.variant_id],
  ["quantity", (r) => r.quantity],
  ["received_quantity", (r) => r.received_quantity],
  ["damaged_quantity", (r) => r.damaged_quantity],
  ["reason", (r) => (r.reason_path ?? []).map((s: { label: string }) => s.label).join(" / ")],
  ["customer_words", (r) => r.note ?? ""],
  ["cause", (r, lang) => ROOT_CAUSE_LABELS[r.cause as keyof typeof ROOT_CAUSE_LABELS]?.[lang] ?? r.cause],
  ["why", (r, lang) => RETURN_CAUSE_RULES.find((rule) => rule.id === r.rule)?.text[lang] ?? r.rule],
  ["stock_location_id", (r) => r.stock_location_id ?? ""],
  ["picked_by", (r) => r.picked_by ?? ""],
  ["packed_by", (r) => r.packed_by ?? ""],
  ["carton", (r) => r.carton_code ?? ""],
  ["shipped_late", (r) => (r.shipped_late === null ? "" : r.shipped_late ? "yes" : "no")],
  ["days_in_transit", (r) => r.days_in_transit ?? ""],
]

/**
 * GET /admin/oms/returns/export?from=&to=&stock_location_id=&cause=&lang=en|id — the returned
 * lines of the filter as CSV, oldest first, streamed page by page from the database (any
 * length, bounded memory), the cause and its rule in the chosen language.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ExportReturnLinesQueryType>, res: MedusaResponse) {
  const q = req.validatedQuery as ExportReturnLinesQueryType
  if (q.stock_location_id) await assertStockLocation(req.scope, q.stock_location_id)
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="returns-${new Date().toISOString().slice(0, 10)}.csv"`)
  // pages of rows in id order (ids grow with time), each one short query
  const rows = async function* () {
    for (let after = ""; ; ) {
      const page = await returnLinesQuery(req.scope, q).select("*").where("id", ">", after).orderBy("id").limit(PAGE)
      yield* page
      if (page.length < PAGE) return
      after = page[page.length - 1].id
    }
  }
  const csv = stringify({
    header: true,
    columns: COLUMNS.map(([header]) => header),
    cast: { boolean: (v: boolean) => (v ? "yes" : "no") },
  })
  const toRecord = async function* (source: AsyncIterable<Record<string, any>>) {
    for await (const row of source) yield COLUMNS.map(([, value]) => value(row, q.lang))
  }
  await pipeline(rows, toRecord, csv, res)
}
