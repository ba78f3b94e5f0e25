import { Barcode } from "./barcode"
import { useOmsTranslation } from "../../lib/i18n"
import { dateTimeText } from "../../lib/routing-text"
import { toteLabel } from "../../lib/tote-label"
import type { Wave, WaveOrder } from "../../lib/use-waves"

/**
 * One tote's label: the tote number, the barcode the packer scans, and the order in words
 * (number, customer, store, date, shipping method, tracking once known). Fits 100×150 mm.
 */
export const ToteLabelCard = ({ wave, order, page }: { wave: Wave; order: WaveOrder; page: boolean }) => {
  const { t, locale } = useOmsTranslation()
  const label = order.label
  return (
    <div data-tote-label="" className={`oms-print-avoid-break flex flex-col gap-1 border border-black p-3 ${page ? "oms-print-page min-h-[140mm]" : ""}`}>
      <div className="flex items-start justify-between gap-2">
        <div>
          <div className="text-xs uppercase">{t("picking.label.tote")}</div>
          <div className="text-5xl font-bold leading-none tabular-nums">{order.tote}</div>
        </div>
        <div className="text-right text-sm">
          <div className="font-semibold">{wave.store_name ?? ""}</div>
          <div className="font-mono">{wave.name ?? ""}</div>
        </div>
      </div>
      <Barcode value={toteLabel(wave.id, order.tote)} height={page ? 64 : 40} moduleWidth={page ? 1.4 : 1.2} showText={false} />
      <div className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        <span>{t("picking.label.order")}</span>
        <span className="font-bold">{label?.display_id != null ? `#${label.display_id}` : "—"}</span>
        <span>{t("picking.label.customer")}</span>
        <span>{label?.customer ?? "—"}</span>
        <span>{t("picking.label.placed")}</span>
        <span>{dateTimeText(label?.placed_at, locale)}</span>
        <span>{t("picking.label.shipping")}</span>
        <span>{label?.shipping_method ?? "—"}</span>
        <span>{t("picking.label.tracking")}</span>
        <span className="font-mono">{label?.tracking_numbers.length ? label.tracking_numbers.join(", ") : t("picking.label.trackingLater")}</span>
      </div>
    </div>
  )
}
