import { Barcode } from "./barcode"
import { PrintOverlay } from "./print-overlay"
import type { PackSession } from "../../lib/use-pack-session"

/** Printable packing slip: order number and barcode, ship-to address and the items in the parcel. */
export const PackingSlipPrint = ({ session, onClose }: { session: PackSession; onClose: () => void }) => (
  <PrintOverlay title="Packing slip" onClose={onClose}>
    <div className="mb-4 flex items-start justify-between gap-4 border-b-2 border-black pb-3">
      <div>
        <h1 className="text-2xl font-bold">Packing slip{session.display_id != null ? ` — order #${session.display_id}` : ""}</h1>
        <div className="font-mono text-sm">{session.order_id}</div>
        {session.carton_code && <div className="text-sm">Carton: {session.carton_code}</div>}
        {session.completed_at && <div className="text-sm">Packed {new Date(session.completed_at).toLocaleString()}</div>}
      </div>
      <Barcode value={session.order_id} height={56} moduleWidth={1.2} />
    </div>
    {session.ship_to && (
      <div className="mb-4 text-sm">
        <div className="font-semibold">Ship to</div>
        {session.ship_to.name && <div>{session.ship_to.name}</div>}
        {session.ship_to.company && <div>{session.ship_to.company}</div>}
        {session.ship_to.lines.map((line) => (
          <div key={line}>{line}</div>
        ))}
      </div>
    )}
    <table className="w-full border-collapse text-sm">
      <thead>
        <tr className="border-b-2 border-black text-left">
          <th className="py-1 pr-2">Item</th>
          <th className="py-1 pr-2">SKU</th>
          <th className="py-1 pr-2 text-right">Qty</th>
          <th className="py-1 text-right">Packed</th>
        </tr>
      </thead>
      <tbody>
        {session.expected_items.map((i) => (
          <tr key={i.line_item_id} className="oms-print-avoid-break border-b border-gray-300">
            <td className="py-2 pr-2">{i.title ?? "—"}</td>
            <td className="py-2 pr-2 font-mono">{i.sku ?? i.barcode ?? "—"}</td>
            <td className="py-2 pr-2 text-right tabular-nums">{i.quantity}</td>
            <td className="py-2 text-right tabular-nums">{i.packed}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="font-semibold">
          <td className="py-2 pr-2" colSpan={2}>
            Total units
          </td>
          <td className="py-2 pr-2 text-right tabular-nums">{session.progress.expected_units}</td>
          <td className="py-2 text-right tabular-nums">{session.progress.packed_units}</td>
        </tr>
      </tfoot>
    </table>
  </PrintOverlay>
)
