import { Text } from "@medusajs/ui"

export const Legend = ({ items }: { items: readonly { label: string; barClass: string }[] }) => (
  <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
    {items.map((item) => (
      <span key={item.label} className="flex items-center gap-x-1.5">
        <span className={`${item.barClass} size-2.5 rounded-sm`} />
        <Text size="xsmall" className="text-ui-fg-subtle">
          {item.label}
        </Text>
      </span>
    ))}
  </div>
)
