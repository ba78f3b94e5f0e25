import { Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A titled block inside a divided Container, padded like Medusa's own sections. */
export const Section = ({
  title,
  description,
  actions,
  children,
}: {
  title?: string
  description?: ReactNode
  actions?: ReactNode
  children?: ReactNode
}) => (
  <div className="flex flex-col gap-y-3 px-6 py-4">
    {(title || actions) && (
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          {title && <Heading level="h3">{title}</Heading>}
          {description && (
            <Text size="small" className="text-ui-fg-subtle">
              {description}
            </Text>
          )}
        </div>
        {actions}
      </div>
    )}
    {children}
  </div>
)

/** Label/value pair in a small grid. */
export const Stat = ({ label, value, hint }: { label: string; value: ReactNode; hint?: ReactNode }) => (
  <div className="flex flex-col gap-y-0.5">
    <Text size="xsmall" className="text-ui-fg-muted uppercase tracking-wide">
      {label}
    </Text>
    <Text size="base" weight="plus" className="text-ui-fg-base">
      {value}
    </Text>
    {hint && (
      <Text size="xsmall" className="text-ui-fg-subtle">
        {hint}
      </Text>
    )}
  </div>
)
