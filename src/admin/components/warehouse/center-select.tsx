import { Select } from "@medusajs/ui"
import { useCenters } from "../../lib/use-centers"
import { useOmsTranslation } from "../../lib/i18n"

/** Centre picker (stock_location_id) for the warehouse screens. */
export const CenterSelect = ({
  value,
  onChange,
  placeholder,
}: {
  value: string
  onChange: (id: string) => void
  placeholder?: string
}) => {
  const { t } = useOmsTranslation()
  const { data: centers, isLoading } = useCenters()
  return (
    <Select value={value} onValueChange={onChange} size="base">
      <Select.Trigger className="h-12 text-base">
        <Select.Value placeholder={isLoading ? t("warehouse.loadingCentres") : placeholder ?? t("warehouse.chooseCentre")} />
      </Select.Trigger>
      <Select.Content>
        {(centers ?? []).map((c) => (
          <Select.Item key={c.stock_location_id} value={c.stock_location_id}>
            {c.name}
            {c.active ? "" : ` (${t("warehouse.inactive")})`}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
