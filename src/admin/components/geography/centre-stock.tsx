import { Text } from "@medusajs/ui"
import type { GeographyCentre } from "../../../lib/geo"
import { useOmsTranslation } from "../../lib/i18n"

/** The chosen SKU's stock at each centre, biggest available first, with a bar for comparison. */
export const CentreStock = ({ centres, formatCount }: { centres: GeographyCentre[]; formatCount: (n: number) => string }) => {
  const { t } = useOmsTranslation()
  const rows = [...centres].sort((a, b) => (b.stock?.available ?? 0) - (a.stock?.available ?? 0))
  const max = Math.max(1, ...rows.map((c) => c.stock?.available ?? 0))
  return (
    <table className="w-full text-left">
      <thead>
        <tr className="text-ui-fg-subtle border-b border-ui-border-base">
          <th className="py-1.5 pr-2 font-normal"><Text size="xsmall" weight="plus">{t("geography.stock.centre")}</Text></th>
          <th className="py-1.5 pr-2 text-right font-normal"><Text size="xsmall" weight="plus">{t("geography.stock.onHand")}</Text></th>
          <th className="py-1.5 pr-2 text-right font-normal"><Text size="xsmall" weight="plus">{t("geography.stock.reserved")}</Text></th>
          <th className="py-1.5 pr-2 text-right font-normal"><Text size="xsmall" weight="plus">{t("geography.stock.available")}</Text></th>
          <th className="w-[30%] py-1.5 font-normal" />
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.stock_location_id} className="border-b border-ui-border-base last:border-0">
            <td className="py-1.5 pr-2">
              <Text size="small">{c.name}</Text>
              {(c.latitude === null || c.longitude === null) && (
                <Text size="xsmall" className="text-ui-fg-muted">{t("geography.stock.notOnMap")}</Text>
              )}
            </td>
            {c.stock ? (
              <>
                <td className="py-1.5 pr-2 text-right"><Text size="small">{formatCount(c.stock.on_hand)}</Text></td>
                <td className="py-1.5 pr-2 text-right"><Text size="small">{formatCount(c.stock.reserved)}</Text></td>
                <td className="py-1.5 pr-2 text-right"><Text size="small" weight="plus">{formatCount(c.stock.available)}</Text></td>
              </>
            ) : (
              <td colSpan={3} className="py-1.5 pr-2 text-right"><Text size="small" className="text-ui-fg-muted">{t("geography.stock.notStocked")}</Text></td>
            )}
            <td className="py-1.5">
              <div className="bg-ui-bg-subtle h-2 w-full rounded-full">
                <div className="h-2 rounded-full bg-[#f97316]" style={{ width: `${(Math.max(0, c.stock?.available ?? 0) / max) * 100}%` }} />
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
