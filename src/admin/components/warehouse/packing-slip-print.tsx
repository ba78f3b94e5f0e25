import { Barcode } from "./barcode"
import { PrintOverlay } from "./print-overlay"
import { useOmsTranslation } from "../../lib/i18n"
import { dateTimeText } from "../../lib/routing-text"
import type { PackSession } from "../../lib/use-pack-session"

/**
 * Printable packing slip: the store, the order's number (with its barcode), customer, date,
 * shipping method and tracking, the ship-to address and the items. A4, or one 100×150 mm label.
 */
export const PackingSlipPrint = ({ session, onClose }: { session: PackSession; onClose: () => void }) => {
  const { t, locale } = useOmsTranslation()
  const order = session.order
  const number = session.display_id != null ? `#${session.display_id}` : ""
  const tracking = session.shipment.tracking_numbers
  return (
    <PrintOverlay title={t("packing.slip.title")} onClose={onClose} papers>
      {(paper) => (
        <div data-packing-slip={paper} className={paper === "label" ? "flex min-h-[140mm] flex-col gap-2 border border-black p-3 text-xs" : "text-sm"}>
          <div className={`mb-2 flex gap-2 border-b-2 border-black pb-2 ${paper === "label" ? "flex-col" : "items-start justify-between gap-4"}`}>
            <div>
              {order?.store_name && <div className={paper === "label" ? "text-base font-bold" : "text-xl font-bold"}>{order.store_name}</div>}
              <h1 className={paper === "label" ? "text-lg font-bold" : "text-2xl font-bold"}>{t("packing.slip.heading", { number })}</h1>
            </div>
            <Barcode value={session.order_id} height={paper === "label" ? 40 : 56} moduleWidth={1.1} showText={false} />
          </div>
          <div className="mb-2 grid grid-cols-[auto_1fr] gap-x-3">
            <span>{t("picking.label.customer")}</span>
            <span className="font-semibold">{session.ship_to?.name ?? order?.email ?? "—"}</span>
            <span>{t("picking.label.placed")}</span>
            <span>{dateTimeText(order?.placed_at, locale)}</span>
            <span>{t("picking.label.shipping")}</span>
            <span>{order?.shipping_method ?? "—"}</span>
            <span>{t("picking.label.tracking")}</span>
            <span className="font-mono">{tracking.length ? tracking.join(", ") : t("picking.label.trackingLater")}</span>
            {session.carton_code && (
              <>
                <span>{t("packing.carton")}</span>
                <span>{session.carton_code}</span>
              </>
            )}
          </div>
          {session.ship_to && (
            <div className="mb-2">
              <div className="font-semibold">{t("packing.slip.shipTo")}</div>
              {session.ship_to.name && <div>{session.ship_to.name}</div>}
              {session.ship_to.company && <div>{session.ship_to.company}</div>}
              {session.ship_to.lines.map((line) => (
                <div key={line}>{line}</div>
              ))}
            </div>
          )}
          <table className="w-full border-collapse">
            <thead>
              <tr className="border-b-2 border-black text-left">
                <th className="py-1 pr-2">{t("picking.item")}</th>
                <th className="py-1 pr-2">{t("picking.label.sku")}</th>
                <th className="py-1 pr-2 text-right">{t("picking.quantity")}</th>
                <th className="py-1 text-right">{t("packing.slip.packed")}</th>
              </tr>
            </thead>
            <tbody>
              {session.expected_items.map((i) => (
                <tr key={i.line_item_id} className="oms-print-avoid-break border-b border-gray-300">
                  <td className="py-1 pr-2">{i.title ?? "—"}</td>
                  <td className="py-1 pr-2 font-mono">{i.sku ?? i.barcode ?? "—"}</td>
                  <td className="py-1 pr-2 text-right tabular-nums">{i.quantity}</td>
                  <td className="py-1 text-right tabular-nums">{i.packed}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="font-semibold">
                <td className="py-1 pr-2" colSpan={2}>
                  {t("packing.slip.total")}
                </td>
                <td className="py-1 pr-2 text-right tabular-nums">{session.progress.expected_units}</td>
                <td className="py-1 text-right tabular-nums">{session.progress.packed_units}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </PrintOverlay>
  )
}
