import { useState, type ReactNode } from "react"
import { createPortal } from "react-dom"
import { Button } from "@medusajs/ui"
import { useOmsTranslation } from "../../lib/i18n"
import { PAPERS, pageCss, type Paper } from "../../lib/print-paper"

const PRINT_CSS = `
@media print {
  body * { visibility: hidden !important; }
  .oms-print-root, .oms-print-root * { visibility: visible !important; }
  .oms-print-root { position: absolute !important; inset: 0 auto auto 0 !important; width: 100% !important;
    overflow: visible !important; height: auto !important; }
  .oms-print-hide { display: none !important; }
  .oms-print-avoid-break { break-inside: avoid; page-break-inside: avoid; }
  .oms-print-page { break-after: page; page-break-after: always; }
  .oms-print-page:last-child { break-after: auto; page-break-after: auto; }
  * { transition: none !important; animation: none !important; }
}
`

/**
 * A fixed full-screen white overlay above the admin chrome with a print stylesheet that prints
 * only its content. With `papers`, the header offers A4 or 100×150 mm labels and the content is
 * laid out for the one chosen. Close with the button (hidden when printing).
 */
export const PrintOverlay = ({
  title,
  onClose,
  children,
  papers = false,
}: {
  title: string
  onClose: () => void
  children: ReactNode | ((paper: Paper) => ReactNode)
  papers?: boolean
}) => {
  const { t } = useOmsTranslation()
  const [paper, setPaper] = useState<Paper>("a4")
  return createPortal(
    <div
      className="oms-print-root text-black"
      data-paper={paper}
      style={{ position: "fixed", inset: 0, zIndex: 1000, overflow: "auto", background: "#fff", color: "#000" }}
    >
      <style>{`${PRINT_CSS}\n@media print { ${pageCss(papers ? paper : "a4")} }`}</style>
      <div className="oms-print-hide sticky top-0 flex flex-wrap items-center justify-between gap-2 border-b bg-white px-6 py-3">
        <span className="text-lg font-semibold">{title}</span>
        <div className="flex flex-wrap gap-2">
          {papers && (
            <div role="radiogroup" aria-label={t("wave.print.paper")} className="flex gap-1">
              {PAPERS.map((p) => (
                <Button key={p} size="large" role="radio" aria-checked={paper === p} variant={paper === p ? "primary" : "secondary"} onClick={() => setPaper(p)}>
                  {t(`wave.print.papers.${p}`)}
                </Button>
              ))}
            </div>
          )}
          <Button size="large" variant="secondary" onClick={onClose}>
            {t("wave.print.close")}
          </Button>
          <Button size="large" onClick={() => window.print()}>
            {t("wave.print.print")}
          </Button>
        </div>
      </div>
      <div className={paper === "label" && papers ? "mx-auto w-[100mm] py-4" : "mx-auto max-w-[780px] px-6 py-4"}>
        {typeof children === "function" ? children(paper) : children}
      </div>
    </div>,
    document.body
  )
}
