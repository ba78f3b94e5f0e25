import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { stringify } from "csv-stringify"
import { pipeline } from "node:stream/promises"
import { RETURN_EXPORT_HEADERS, returnExportFilename, returnExportRecord } from "../../../lib/returns"
import { returnLinePages, type ReturnLineFilters } from "../return-lines-query"

export interface ReturnLinesExportInput {
  filters: ReturnLineFilters
  lang: "en" | "id"
}

export interface ReturnLinesExportFile {
  file_id: string
  filename: string
  lines: number
}

export const writeReturnLinesCsvStepId = "oms-write-return-lines-csv"

/**
 * Writes the filter's returned lines as CSV into the store's file storage (Medusa's file
 * module), streamed: one page of 1,000 rows is read at a time and written before the next is
 * read, so no export holds all its rows. The file is private (its link is the one the file
 * storage gives). Compensation deletes the file.
 */
export const writeReturnLinesCsvStep = createStep(
  writeReturnLinesCsvStepId,
  async (input: ReturnLinesExportInput, { container }) => {
    const files = container.resolve(Modules.FILE)
    const filename = returnExportFilename(new Date())
    const { writeStream, promise, fileKey } = await files.getUploadStream({ filename, mimeType: "text/csv" })
    let lines = 0
    try {
      const records = async function* () {
        for await (const row of returnLinePages(container, input.filters)) {
          lines++
          yield returnExportRecord(row, input.lang)
        }
      }
      await pipeline(records, stringify({ header: true, columns: RETURN_EXPORT_HEADERS }), writeStream)
      await promise
    } catch (error) {
      await files.deleteFiles(fileKey).catch(() => undefined)
      throw error
    }
    return new StepResponse<ReturnLinesExportFile, string>({ file_id: fileKey, filename, lines }, fileKey)
  },
  async (fileKey, { container }) => {
    if (!fileKey) return
    await container.resolve(Modules.FILE).deleteFiles(fileKey)
  }
)
