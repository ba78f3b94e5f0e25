import { Text } from "@medusajs/ui"
import type { DemandTotals } from "../../../lib/geo"
import { useOmsTranslation } from "../../lib/i18n"

/** What the pointer is on (a province, or provinces drawn as one shape), or the period's totals. */
export const ProvinceDetails = ({
  title,
  totals,
  parts,
  formatCount,
  formatKm,
}: {
  title: string
  totals: DemandTotals
  /** The provinces drawn inside this shape, each with its own numbers, when there are several. */
  parts: { name: string; orders: number }[]
  formatCount: (n: number) => string
  formatKm: (km: number | null) => string
}) => {
  const { t } = useOmsTranslation()
  const stat = (label: string, value: string) => (
    <div className="flex flex-col">
      <Text size="xsmall" className="text-ui-fg-muted">{label}</Text>
      <Text size="base" weight="plus">{value}</Text>
    </div>
  )
  return (
    <div className="bg-ui-bg-subtle flex flex-col gap-2 rounded-lg p-3" aria-live="polite">
      <Text size="small" weight="plus">{title}</Text>
      <div className="grid grid-cols-3 gap-2">
        {stat(t("geography.list.orders"), formatCount(totals.orders))}
        {stat(t("geography.list.units"), formatCount(totals.units))}
        {stat(t("geography.list.distance"), formatKm(totals.average_distance_km))}
      </div>
      {parts.length > 1 && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {t("geography.details.drawnTogether", { provinces: parts.map((p) => `${p.name} (${formatCount(p.orders)})`).join(", ") })}
        </Text>
      )}
    </div>
  )
}
