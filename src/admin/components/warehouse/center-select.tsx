import { Select } from "@medusajs/ui"
import { useCenters } from "../../lib/use-centers"

/** Centre picker (stock_location_id) for the warehouse screens. */
export const CenterSelect = ({
  value,
  onChange,
  placeholder = "Choose a centre",
}: {
  value: string
  onChange: (id: string) => void
  placeholder?: string
}) => {
  const { data: centers, isLoading } = useCenters()
  return (
    <Select value={value} onValueChange={onChange} size="base">
      <Select.Trigger className="h-12 text-base">
        <Select.Value placeholder={isLoading ? "Loading centres…" : placeholder} />
      </Select.Trigger>
      <Select.Content>
        {(centers ?? []).map((c) => (
          <Select.Item key={c.stock_location_id} value={c.stock_location_id}>
            {c.name}
            {c.active ? "" : " (inactive)"}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
