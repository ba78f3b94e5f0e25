import { Tabs, Text } from "@medusajs/ui"
import { useState } from "react"
import { useOmsTranslation } from "../../lib/i18n"
import type { StockItemCentre } from "../../lib/stock-health-types"
import { useCentreStockSettings } from "../../lib/use-stock-health"
import { StockSettingsForm } from "./stock-settings-form"

/** The reorder settings for this SKU at the centre, or for every SKU of the centre. */
export const CentreSettings = ({ centre, inventoryItemId }: { centre: StockItemCentre; inventoryItemId: string }) => {
  const { t } = useOmsTranslation()
  const [scope, setScope] = useState<"sku" | "centre">("sku")
  const centreSettings = useCentreStockSettings(scope === "centre" ? centre.stock_location_id : null)
  const name = centre.location_name ?? t("stockHealth.otherCentre")
  return (
    <div className="flex flex-col gap-y-4">
      <Tabs value={scope} onValueChange={(v) => setScope(v as "sku" | "centre")}>
        <Tabs.List>
          <Tabs.Trigger value="sku">{t("stockHealth.settings.scope.sku", { centre: name })}</Tabs.Trigger>
          <Tabs.Trigger value="centre">{t("stockHealth.settings.scope.centre", { centre: name })}</Tabs.Trigger>
        </Tabs.List>
      </Tabs>
      {scope === "sku" && <StockSettingsForm scope="sku" settings={centre.settings} stockLocationId={centre.stock_location_id} inventoryItemId={inventoryItemId} />}
      {scope === "centre" && centreSettings.isError && (
        <Text size="small" className="text-ui-fg-error">
          {t("stockHealth.settings.loadError")}
        </Text>
      )}
      {scope === "centre" && centreSettings.data && <StockSettingsForm scope="centre" settings={centreSettings.data} stockLocationId={centre.stock_location_id} />}
    </div>
  )
}
