import type { Translate } from "./translate"

/**
 * Every answer the picking and packing screens give to a scan, as translation keys with their
 * values (strings in `src/admin/i18n`, namespaces "picking" and "packing"): the scan loops are
 * pure and run outside React, the scan message renders the answer in the admin's language.
 */
export type ScanWords = { key: string; values?: Record<string, string | number | ScanWords> }
export type ScanAnswer = { kind: "ok" | "error"; title: ScanWords; detail?: ScanWords }

const words = (key: string, values?: ScanWords["values"]): ScanWords => ({ key, values })
const isWords = (v: unknown): v is ScanWords => !!v && typeof v === "object" && "key" in v

/** The words in the admin's language (values that are words themselves are translated first). */
export function sayWords(t: Translate, w: ScanWords): string {
  const values = Object.fromEntries(Object.entries(w.values ?? {}).map(([k, v]) => [k, isWords(v) ? sayWords(t, v) : v]))
  return t(w.key, values)
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** An answer as the screen shows it; each line starts with a capital ("order #1042 opened" → "Order …"). */
export const sayAnswer = (t: Translate, a: ScanAnswer) => ({
  kind: a.kind,
  title: capital(sayWords(t, a.title)),
  detail: a.detail ? capital(sayWords(t, a.detail)) : undefined,
})

/** "Tee (TEE)", or whichever of title and SKU the item has ("this item" without either). */
export function itemName(item: { title?: string | null; sku?: string | null } | null | undefined): string | ScanWords {
  const title = item?.title?.trim()
  const sku = item?.sku?.trim()
  if (title && sku && title.toUpperCase() !== sku.toUpperCase()) return `${title} (${sku})`
  return title || sku || words("picking.scan.thisItem")
}

type Item = string | ScanWords
const ok = (title: ScanWords, detail?: ScanWords): ScanAnswer => ({ kind: "ok", title, detail })
const refused = (title: ScanWords, detail?: ScanWords): ScanAnswer => ({ kind: "error", title, detail })

export const pickText = {
  binOk: (bin: string, item: Item, count: number) => ok(words("picking.answer.binOk", { bin }), words("picking.answer.binOkNext", { item, count })),
  binAgain: (bin: string, item: Item) => ok(words("picking.answer.binAgain", { bin }), words("picking.answer.scanItem", { item })),
  wrongBin: (scanned: string, bin: string, item: Item) => refused(words("picking.answer.wrongBin", { code: scanned }), words("picking.answer.goToBin", { bin, item })),
  picked: (item: Item, count: number, bin: string) => ok(words("picking.answer.picked", { item }), words("picking.answer.moreFromBin", { count, bin })),
  lineDone: (item: Item, tote: number | null) =>
    ok(words("picking.answer.picked", { item }), tote != null ? words("picking.answer.lineDoneTote", { tote }) : words("picking.answer.lineDone")),
  waveDone: (item: Item, tote: number | null) =>
    ok(words("picking.answer.waveDone", { item }), tote != null ? words("picking.answer.waveDoneTote", { tote }) : words("picking.answer.toPacking")),
  notPicked: (item: Item, reason: ScanWords) => refused(words("picking.answer.notPicked", { item }), reason),
  nothingLeft: (code: string) => refused(words("picking.answer.nothingLeft", { code }), words("picking.answer.waveIsDone")),
}

export const packText = {
  packed: (item: Item, packed: number, quantity: number, complete: boolean) =>
    ok(words("packing.answer.packed", { item, packed, quantity }), complete ? words("packing.answer.allScanned") : undefined),
  tooMany: (item: Item, quantity: number) => refused(words("packing.answer.notPacked", { item }), words("packing.answer.tooMany", { count: quantity })),
  notInOrder: (code: string, order: ScanWords) => refused(words("packing.answer.notPacked", { item: code }), words("packing.answer.notInOrder", { order })),
  unknownBarcode: (code: string) => refused(words("packing.answer.notPacked", { item: code }), words("packing.answer.unknownBarcode")),
  notPacked: (item: Item, reason: ScanWords) => refused(words("packing.answer.notPacked", { item }), reason),
  finishFirst: (order: ScanWords) => refused(words("packing.answer.notFinished", { order }), words("packing.answer.completeFirst")),
  sameOrder: (order: ScanWords) => ok(words("packing.answer.sameOrder", { order }), words("packing.answer.scanItems")),
  opened: (order: ScanWords) => ok(words("packing.answer.opened", { order }), words("packing.answer.scanIntoCarton")),
  noOrder: (code: string) => refused(words("packing.answer.noOrder", { code }), words("packing.answer.scanTote")),
  notOpened: (code: string, reason: ScanWords) => refused(words("packing.answer.notOpened", { code }), reason),
}

export const scanText = {
  notRecorded: (code: string, reason: ScanWords) => refused(words("picking.scan.notRecorded", { code }), words("picking.scan.scanAgain", { reason })),
  /** "order #1042"; "this order" when the order has no number. */
  orderName: (displayId: number | null | undefined): ScanWords =>
    displayId != null ? words("packing.orderNumber", { number: displayId }) : words("packing.thisOrder"),
}

/**
 * The server's refusals are English sentences with the facts in them; the known ones are said
 * in the admin's language with the same facts, anything else as the server wrote it.
 */
const SERVER_REASONS: [RegExp, string, string[]][] = [
  [/^wrong item: scanned (.+), expected (.+)$/, "picking.reason.wrongItem", ["code", "expected"]],
  [/^wrong bin: scanned (.+), expected (.+)$/, "picking.reason.wrongBin", ["code", "expected"]],
  [/^unknown barcode (\S+): check digit is wrong, rescan; expected (.+)$/, "picking.reason.misread", ["code", "expected"]],
  [/^unknown barcode (\S+): not in the catalogue; expected (.+)$/, "picking.reason.notInCatalogue", ["code", "expected"]],
  [/^empty scan/, "picking.reason.emptyScan", []],
  [/^line was short-picked/, "picking.reason.shorted", []],
  [/^line already fully picked/, "picking.reason.alreadyPicked", []],
  [/^(?:scan refused: )?session is (\w+)/, "packing.reason.sessionClosed", []],
  [/^Failed to fetch|NetworkError|network/i, "picking.reason.offline", []],
]

export function serverReason(message: string): ScanWords {
  for (const [pattern, key, names] of SERVER_REASONS) {
    const match = pattern.exec(message)
    if (match) return words(key, Object.fromEntries(names.map((n, i) => [n, match[i + 1]])))
  }
  // a sentence naming records by id is for developers: say what to do instead
  if (/_[0-9A-Z]{20,}/.test(message)) return words("picking.scan.refreshAndRetry")
  const text = message.replace(/^scan refused: /, "")
  return words("picking.scan.asSent", { message: text.charAt(0).toUpperCase() + text.slice(1) })
}

/** The pack bench's stage words (the session view's `shipment.stage`). */
export const STAGE_KEYS = ["packing", "packed", "shipped", "delivered", "canceled"] as const
