/**
 * Every answer the picking and packing screens give to a scan, in one place (the admin has no
 * translation resources yet; when it gets them, these move there as they are).
 */
export type ScanAnswer = { kind: "ok" | "error"; title: string; detail?: string }

/** "Tee (TEE)", or whichever of title and SKU the item has. */
export function itemName(item: { title?: string | null; sku?: string | null } | null | undefined, fallback = "this item"): string {
  const title = item?.title?.trim()
  const sku = item?.sku?.trim()
  if (title && sku && title.toUpperCase() !== sku.toUpperCase()) return `${title} (${sku})`
  return title || sku || fallback
}

const ok = (title: string, detail?: string): ScanAnswer => ({ kind: "ok", title, detail })
const refused = (title: string, detail?: string): ScanAnswer => ({ kind: "error", title, detail })

export const pickText = {
  binOk: (bin: string, item: string, units: number) => ok(`Bin ${bin} ✓`, `Now scan ${item} — ${units} to pick`),
  binAgain: (bin: string, item: string) => ok(`Bin ${bin} already scanned`, `Now scan ${item}`),
  wrongBin: (scanned: string, bin: string, item: string) => refused(`Wrong bin: ${scanned}`, `Go to bin ${bin} for ${item}`),
  picked: (item: string, left: number, bin: string) => ok(`Picked ${item}`, `${left} more from bin ${bin}`),
  lineDone: (item: string, tote: number | null) => ok(`Picked ${item}`, tote != null ? `Line done — put it in tote ${tote}` : "Line done"),
  waveDone: (item: string, tote: number | null) =>
    ok(`Picked ${item} — wave complete`, `${tote != null ? `Put it in tote ${tote}, then take` : "Take"} the totes to packing`),
  notPicked: (item: string, reason: string) => refused(`Not picked: ${item}`, reason),
  nothingLeft: (code: string) => refused(`Nothing left to pick (${code})`, "This wave is done — take the totes to packing"),
}

export const packText = {
  packed: (item: string, packed: number, quantity: number, complete: boolean) =>
    ok(`Packed ${item} — ${packed} of ${quantity}`, complete ? "Every unit is scanned: press Complete" : undefined),
  tooMany: (item: string, quantity: number) => refused(`Not packed: ${item}`, `All ${quantity} already packed — put this unit back`),
  notInOrder: (code: string, order: string) => refused(`Not packed: ${code}`, `This item is not in ${order}`),
  unknownBarcode: (code: string) => refused(`Not packed: ${code}`, "Unknown barcode — scan it again"),
  notPacked: (item: string, reason: string) => refused(`Not packed: ${item}`, reason),
  finishFirst: (order: string) => refused(`${order} is not finished`, "Press Complete before scanning the next tote"),
  sameOrder: (order: string) => ok(`This is ${order}'s tote`, "Scan its items"),
  opened: (order: string) => ok(`${order} opened`, "Scan every item into the carton"),
  noOrder: (code: string) => refused(`No order to pack for ${code}`, "Scan a tote label, or type an order number"),
  notOpened: (code: string, reason: string) => refused(`Could not open ${code}`, reason),
}

export const scanText = {
  notRecorded: (code: string, reason: string) => refused(`Not recorded: ${code}`, `${reason} — scan it again`),
  waiting: (n: number) => (n === 1 ? "1 scan waiting for the server…" : `${n} scans waiting for the server…`),
  orderName: (displayId: number | null | undefined, orderId: string) => (displayId != null ? `order #${displayId}` : `order ${orderId}`),
}

/** The pack bench's stage words (the session view's `shipment.stage`). */
export const benchText = {
  stageBadge: { packing: "Packing", packed: "Packed", shipped: "Shipped", delivered: "Delivered", canceled: "Canceled" },
  stageHeadline: {
    packing: "Packing",
    packed: "Packed — ready to ship",
    shipped: "Shipped",
    delivered: "Delivered",
    canceled: "Fulfilment canceled",
  },
  tracking: (numbers: string[]) => `Tracking ${numbers.join(", ")}`,
  next: "Scan the next tote to pack the next order.",
  scanItemLabel: "Scan each item",
  scanItemPlaceholder: "Scan an item…",
  scanOrderLabel: "Tote label or order number",
  scanOrderPlaceholder: "Scan the next tote, or type #1042",
}
