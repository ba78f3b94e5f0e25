import { Barcode } from "./barcode"
import { PrintOverlay } from "./print-overlay"
import type { BinRow } from "../../lib/use-warehouse"
import { useOmsTranslation } from "../../lib/i18n"

/** Shelf labels: the bin code in large type over its Code 128 barcode, three to a row. */
export const BinLabelsPrint = ({ bins, centreName, onClose }: { bins: BinRow[]; centreName: string; onClose: () => void }) => {
  const { t } = useOmsTranslation()
  return (
  <PrintOverlay title={t("warehouse.labelsTitle", { centre: centreName })} onClose={onClose}>
    <div className="grid grid-cols-3 gap-2">
      {bins.map((bin) => (
        <div key={bin.id} className="oms-print-avoid-break flex flex-col items-center gap-1 border border-black p-2">
          <div className="font-mono text-xl font-bold tracking-wide">{bin.code}</div>
          <Barcode value={bin.code} height={40} moduleWidth={1.4} />
          <div className="text-xs">
            {t("warehouse.binPlace", { aisle: bin.aisle, bay: bin.bay, level: bin.level, side: bin.side === "L" ? t("warehouse.left") : t("warehouse.right") })}
          </div>
        </div>
      ))}
    </div>
  </PrintOverlay>
  )
}
