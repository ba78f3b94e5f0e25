import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stringify } from "csv-stringify"
import { randomUUID } from "node:crypto"
import { pipeline } from "node:stream/promises"
import { RETURN_EXPORT_HEADERS, returnExportRecord } from "../../../../../lib/returns"
import { exportReturnLinesWorkflow } from "../../../../../workflows/returns"
import { assertStockLocation } from "../../bins/helpers"
import { returnLinePages } from "../helpers"
import type { ExportReturnLinesBodyType, ExportReturnLinesQueryType } from "../validators"

/**
 * GET /admin/oms/returns/export?from=&to=&stock_location_id=&cause=&lang=en|id — the returned
 * lines of the filter as CSV, oldest first, streamed page by page from the database (any
 * length, bounded memory), the cause and its rule in the chosen language. For the page's
 * small exports; large ones go through POST (a background job).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ExportReturnLinesQueryType>, res: MedusaResponse) {
  const q = req.validatedQuery as ExportReturnLinesQueryType
  if (q.stock_location_id) await assertStockLocation(req.scope, q.stock_location_id)
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="returns-${new Date().toISOString().slice(0, 10)}.csv"`)
  const csv = stringify({ header: true, columns: RETURN_EXPORT_HEADERS })
  const toRecord = async function* (source: AsyncIterable<Record<string, any>>) {
    for await (const row of source) yield returnExportRecord(row, q.lang)
  }
  await pipeline(returnLinePages(req.scope, q), toRecord, csv, res)
}

/**
 * POST /admin/oms/returns/export { from?, to?, stock_location_id?, cause?, lang? } — the same
 * CSV made in the background (as Medusa's own order export): the file goes to the store's file
 * storage and a notification with its link to the admin's bell. 202 with the workflow's
 * transaction id.
 */
export async function POST(req: AuthenticatedMedusaRequest<ExportReturnLinesBodyType>, res: MedusaResponse) {
  const { lang, ...filters } = req.validatedBody as ExportReturnLinesBodyType
  if (filters.stock_location_id) await assertStockLocation(req.scope, filters.stock_location_id)
  // the export's id is the workflow's transaction id, and the notifications point to it
  const exportId = `oms-returns-export-${randomUUID()}`
  const { transaction } = await exportReturnLinesWorkflow(req.scope).run({ input: { export_id: exportId, filters, lang }, context: { transactionId: exportId } })
  res.status(202).json({ transaction_id: transaction.transactionId })
}
