import { Barcode } from "./barcode"
import { PrintOverlay } from "./print-overlay"
import { toteLabel } from "../../lib/tote-label"
import { toteOf, type Wave } from "../../lib/use-waves"

/** Printable pick list: stops in route order, each bin code as a Code 128 barcode. */
export const PickListPrint = ({ wave, onClose }: { wave: Wave; onClose: () => void }) => {
  const lines = [...wave.lines].sort((a, b) => a.sequence - b.sequence)
  return (
    <PrintOverlay title="Pick list" onClose={onClose}>
      <div className="mb-4 flex items-start justify-between gap-4 border-b pb-3">
        <div>
          <h1 className="text-2xl font-bold">Pick list</h1>
          <div className="text-sm">
            {wave.mode} wave · {wave.orders.length} order(s) · {wave.progress.units_total} unit(s)
            {wave.route ? ` · route ${Math.round(wave.route.distance_m)} m` : ""}
          </div>
          <div className="text-sm">Created {new Date(wave.created_at).toLocaleString()}</div>
        </div>
        <Barcode value={wave.id} height={40} moduleWidth={1} />
      </div>
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="border-b-2 border-black text-left">
            <th className="py-1 pr-2">#</th>
            <th className="py-1 pr-2">Bin</th>
            <th className="py-1 pr-2">Item</th>
            <th className="py-1 pr-2 text-right">Qty</th>
            <th className="py-1 pr-2 text-right">Tote</th>
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
        <div className="font-semibold">Tote labels — stick one on each tote; the packer scans it to open the order</div>
        <div className="mt-2 grid grid-cols-1 gap-2">
          {wave.orders.map((o) => (
            <div key={o.order_id} className="oms-print-avoid-break flex items-center gap-3 border border-black p-2">
              <div className="text-3xl font-bold tabular-nums">{o.tote}</div>
              <div>
                <Barcode value={toteLabel(wave.id, o.tote)} height={36} moduleWidth={1.3} />
                <div className="font-mono text-xs">{o.order_id}</div>
              </div>
            </div>
          ))}
        </div>
      </div>
    </PrintOverlay>
  )
}
