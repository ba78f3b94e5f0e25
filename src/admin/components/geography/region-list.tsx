import { Text } from "@medusajs/ui"
import type { DemandTotals } from "../../../lib/geo"
import { useOmsTranslation } from "../../lib/i18n"

export interface RegionRow extends DemandTotals {
  key: string
  name: string
}

/**
 * The regions with orders, most first, with their three numbers; the row under the pointer on the
 * map is highlighted, and hovering a row highlights its shape.
 */
export const RegionList = ({
  rows,
  highlighted,
  onHover,
  nameHeading,
  formatKm,
  formatCount,
}: {
  rows: RegionRow[]
  highlighted: string | null
  onHover: (key: string | null) => void
  nameHeading: string
  formatKm: (km: number | null) => string
  formatCount: (n: number) => string
}) => {
  const { t } = useOmsTranslation()
  const headings = { name: nameHeading, orders: t("geography.list.orders"), units: t("geography.list.units"), distance: t("geography.list.distance") }
  return (
    <table className="w-full table-fixed text-left" onMouseLeave={() => onHover(null)}>
      <thead>
        <tr className="text-ui-fg-subtle border-b border-ui-border-base">
          <th className="w-[46%] py-1.5 pr-2 font-normal"><Text size="xsmall" weight="plus">{headings.name}</Text></th>
          <th className="py-1.5 pr-2 text-right font-normal"><Text size="xsmall" weight="plus">{headings.orders}</Text></th>
          <th className="py-1.5 pr-2 text-right font-normal"><Text size="xsmall" weight="plus">{headings.units}</Text></th>
          <th className="py-1.5 text-right font-normal"><Text size="xsmall" weight="plus">{headings.distance}</Text></th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.key}
            onMouseEnter={() => onHover(row.key)}
            className={`border-b border-ui-border-base last:border-0 ${highlighted === row.key ? "bg-ui-bg-highlight" : ""}`}
          >
            <td className="truncate py-1.5 pr-2"><Text size="small" className="truncate">{row.name}</Text></td>
            <td className="py-1.5 pr-2 text-right"><Text size="small">{formatCount(row.orders)}</Text></td>
            <td className="py-1.5 pr-2 text-right"><Text size="small">{formatCount(row.units)}</Text></td>
            <td className="py-1.5 text-right"><Text size="small">{formatKm(row.average_distance_km)}</Text></td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
