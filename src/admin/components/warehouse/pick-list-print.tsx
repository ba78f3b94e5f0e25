import { Barcode } from "./barcode"
import { PrintOverlay } from "./print-overlay"
import { ToteLabelCard } from "./tote-label-card"
import { useOmsTranslation } from "../../lib/i18n"
import { dateTimeText } from "../../lib/routing-text"
import { toteOf, type Wave } from "../../lib/use-waves"

/**
 * Printable pick list: stops in route order, each bin code as a Code 128 barcode, then the tote
 * labels. On label paper (100×150 mm) only the tote labels, one per label.
 */
export const PickListPrint = ({ wave, onClose }: { wave: Wave; onClose: () => void }) => {
  const { t, locale } = useOmsTranslation()
  const lines = [...wave.lines].sort((a, b) => a.sequence - b.sequence)
  return (
    <PrintOverlay title={t("picking.printTitle", { name: wave.name ?? "" })} onClose={onClose} papers>
      {(paper) =>
        paper === "label" ? (
          <div className="flex flex-col gap-3">
            {wave.orders.map((o) => (
              <ToteLabelCard key={o.order_id} wave={wave} order={o} page />
            ))}
          </div>
        ) : (
          <>
            <div className="mb-4 flex items-start justify-between gap-4 border-b pb-3">
              <div>
                <h1 className="text-2xl font-bold">{t("picking.printHeading", { name: wave.name ?? "" })}</h1>
                <div className="text-sm">
                  {t(`wave.mode.${wave.mode}`)} · {t("wave.orders", { count: wave.orders.length })} · {t("wave.units", { count: wave.progress.units_total })}
                </div>
                <div className="text-sm">{t("picking.printCreated", { at: dateTimeText(wave.created_at, locale) })}</div>
              </div>
              {wave.store_name && <div className="text-lg font-semibold">{wave.store_name}</div>}
            </div>
            <table className="w-full border-collapse text-sm">
              <thead>
                <tr className="border-b-2 border-black text-left">
                  <th className="py-1 pr-2">#</th>
                  <th className="py-1 pr-2">{t("picking.bin")}</th>
                  <th className="py-1 pr-2">{t("picking.item")}</th>
                  <th className="py-1 pr-2 text-right">{t("picking.quantity")}</th>
                  <th className="py-1 pr-2 text-right">{t("picking.tote")}</th>
                  <th className="py-1">✓</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((l, i) => (
                  <tr key={l.id} className="oms-print-avoid-break border-b border-gray-300 align-middle">
                    <td className="py-2 pr-2 tabular-nums">{i + 1}</td>
                    <td className="py-2 pr-2">
                      <Barcode value={l.bin_code} height={36} moduleWidth={1.5} />
                    </td>
                    <td className="py-2 pr-2">
                      <div className="font-medium">{l.title ?? "—"}</div>
                      <div className="font-mono text-xs">{l.sku ?? ""}</div>
                    </td>
                    <td className="py-2 pr-2 text-right text-lg font-bold tabular-nums">{l.quantity}</td>
                    <td className="py-2 pr-2 text-right text-lg font-bold tabular-nums">{toteOf(wave, l.order_id) ?? "—"}</td>
                    <td className="py-2">
                      <span className="inline-block h-5 w-5 border border-black" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="mt-4 text-sm">
              <div className="font-semibold">{t("picking.labelsHint")}</div>
              <div className="mt-2 grid grid-cols-1 gap-2">
                {wave.orders.map((o) => (
                  <ToteLabelCard key={o.order_id} wave={wave} order={o} page={false} />
                ))}
              </div>
            </div>
          </>
        )
      }
    </PrintOverlay>
  )
}
