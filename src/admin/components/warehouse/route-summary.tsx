import { Text } from "@medusajs/ui"
import { Stat } from "../common/section"
import { walkName } from "../../lib/format"
import { routeSaving, type Wave } from "../../lib/use-waves"

const metres = (m: number | null | undefined) => (m == null ? "—" : `${Math.round(m)} m`)

/** Planned walk vs the S-shape walk for the same picks. */
export const RouteSummary = ({ wave }: { wave: Wave }) => {
  const saving = routeSaving(wave.route)
  const stops = new Set(wave.lines.map((l) => l.bin_code)).size
  return (
    <div className="grid grid-cols-2 gap-4 sm:grid-cols-4">
      <Stat label="Walk" value={metres(wave.route?.distance_m)} hint={walkName(wave.route?.method)} />
      <Stat label="Aisle by aisle" value={metres(wave.route?.s_shape_distance_m)} />
      <Stat
        label="Saving"
        value={
          saving == null ? "—" : (
            <span className={saving > 0 ? "text-ui-tag-green-text" : undefined}>
              {saving > 0 ? `${saving.toFixed(0)}% shorter` : saving < 0 ? `${(-saving).toFixed(0)}% longer` : "same"}
            </span>
          )
        }
      />
      <Stat
        label="Work"
        value={`${stops} bin(s)`}
        hint={
          <Text size="xsmall" className="text-ui-fg-subtle">
            {wave.orders.length} order(s), {wave.progress.units_total} unit(s)
          </Text>
        }
      />
    </div>
  )
}
