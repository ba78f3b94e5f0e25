import type { ReactNode } from "react"
import { createPortal } from "react-dom"
import { Button } from "@medusajs/ui"

const PRINT_CSS = `
@media print {
  body * { visibility: hidden !important; }
  .oms-print-root, .oms-print-root * { visibility: visible !important; }
  .oms-print-root { position: absolute !important; inset: 0 auto auto 0 !important; width: 100% !important;
    overflow: visible !important; height: auto !important; }
  .oms-print-hide { display: none !important; }
  .oms-print-avoid-break { break-inside: avoid; page-break-inside: avoid; }
  * { transition: none !important; animation: none !important; }
  @page { margin: 12mm; }
}
`

/**
 * A fixed full-screen white overlay above the admin chrome with a print stylesheet that prints
 * only its content. Close with the button (hidden when printing).
 */
export const PrintOverlay = ({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) =>
  createPortal(
    <div
      className="oms-print-root text-black"
      style={{ position: "fixed", inset: 0, zIndex: 1000, overflow: "auto", background: "#fff", color: "#000" }}
    >
      <style>{PRINT_CSS}</style>
      <div className="oms-print-hide sticky top-0 flex items-center justify-between gap-2 border-b bg-white px-6 py-3">
        <span className="text-lg font-semibold">{title}</span>
        <div className="flex gap-2">
          <Button size="large" variant="secondary" onClick={onClose}>
            Close
          </Button>
          <Button size="large" onClick={() => window.print()}>
            Print
          </Button>
        </div>
      </div>
      <div className="mx-auto max-w-[780px] px-6 py-4">{children}</div>
    </div>,
    document.body
  )
