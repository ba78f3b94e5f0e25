import { Button, Input, Label, Text } from "@medusajs/ui"
import { useOmsTranslation } from "../../lib/i18n"

/** A number setting with the store default beside it and a way back to it (an empty field = the default). */
export const SettingNumberField = ({
  id,
  label,
  hint,
  value,
  defaultText,
  saved,
  error,
  onChange,
  onUseDefault,
  step = 1,
}: {
  id: string
  label: string
  hint: string
  value: string
  defaultText: string
  saved: boolean
  error?: string | null
  onChange: (value: string) => void
  onUseDefault: () => void
  step?: number
}) => {
  const { t } = useOmsTranslation()
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {hint}
      </Text>
      <div className="flex flex-wrap items-center gap-2">
        <Input id={id} type="number" inputMode="decimal" step={step} min={0} value={value} placeholder={defaultText} onChange={(e) => onChange(e.target.value)} className="w-40" aria-invalid={!!error} />
        {saved ? (
          <Button type="button" size="small" variant="transparent" onClick={onUseDefault}>
            {t("routingSettings.useDefault", { value: defaultText })}
          </Button>
        ) : (
          <Text size="xsmall" className="text-ui-fg-muted">
            {t("routingSettings.isDefault")}
          </Text>
        )}
      </div>
      {error && (
        <Text size="xsmall" className="text-ui-fg-error">
          {error}
        </Text>
      )}
    </div>
  )
}
