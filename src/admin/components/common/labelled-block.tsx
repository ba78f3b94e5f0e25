import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A block of a compact card (a widget beside Medusa's own cards): a small label over its content. */
export const LabelledBlock = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-3 px-6 py-4">
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    {children}
  </div>
)
