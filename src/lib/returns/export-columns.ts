import { ROOT_CAUSE_LABELS } from "./cause-labels"
import { RETURN_CAUSE_RULES } from "./rules"

/** One returned line as the export reads it from the fact table (dates as Date or ISO text). */
export type ExportRow = Record<string, any>

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : value == null ? "" : String(value))

/**
 * A spreadsheet reads a cell that starts with =, +, -, @, a tab or a carriage return as a
 * formula, and the customer's words are free text: such a cell gets a leading apostrophe so
 * it is shown as written and never run (OWASP's advice for CSV injection).
 */
export function spreadsheetSafe(value: unknown): unknown {
  if (typeof value !== "string") return value
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/** The CSV columns of the returns export, in order: header and how each cell is read. */
export const RETURN_EXPORT_COLUMNS: [header: string, value: (row: ExportRow, lang: "en" | "id") => unknown][] = [
  ["requested_at", (r) => iso(r.requested_at)],
  ["received_at", (r) => iso(r.received_at)],
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
  ["shipped_late", (r) => (r.shipped_late === null || r.shipped_late === undefined ? "" : r.shipped_late ? "yes" : "no")],
  ["days_in_transit", (r) => r.days_in_transit ?? ""],
]

export const RETURN_EXPORT_HEADERS = RETURN_EXPORT_COLUMNS.map(([header]) => header)

/** One CSV record of a returned line, every text cell spreadsheet-safe. */
export const returnExportRecord = (row: ExportRow, lang: "en" | "id") => RETURN_EXPORT_COLUMNS.map(([, value]) => spreadsheetSafe(value(row, lang)))

/**
 * Above this many lines the returns page exports through a background job that posts the file
 * to the admin's notifications instead of downloading it in the page.
 */
export const RETURN_EXPORT_DOWNLOAD_MAX_LINES = 5_000

/** What the admin's bell says about a background returns export, in the language asked for. */
export const RETURN_EXPORT_NOTICES = {
  title: { en: "Returns export", id: "Ekspor retur" },
  ready: (lines: number, lang: "en" | "id") =>
    lang === "id"
      ? `File ekspor retur sudah siap: ${lines.toLocaleString("id-ID")} baris. Unduh dari tautan di bawah.`
      : `Your returns export is ready: ${lines.toLocaleString("en-GB")} ${lines === 1 ? "line" : "lines"}. Download it from the link below.`,
  failed: {
    en: "The returns export could not be made. Please try again in a moment.",
    id: "Ekspor retur tidak dapat dibuat. Silakan coba lagi sebentar lagi.",
  },
} as const

/** The export's file name: returns-YYYY-MM-DD.csv (the file storage may add its own prefix). */
export const returnExportFilename = (now: Date) => `returns-${now.toISOString().slice(0, 10)}.csv`
