export { startPackSession, scanItem, canComplete, summary, progressOf } from "./pack-session"
export type { ExpectedPackLine, PackSessionState, PackLineState, ScanResult, ScanEvent, RefusalReason, PackProgress, PackSummary } from "./pack-session"
export { checkBinScan, checkItemScan, type ScanCheck } from "./pick-scan"
export { cleanScan, codesMatch, gtinKey, hasValidGtinCheckDigit, isMisreadGtin, type KnownBarcodeLookup } from "./barcode"
