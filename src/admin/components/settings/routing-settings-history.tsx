import { Text } from "@medusajs/ui"
import { useOmsTranslation } from "../../lib/i18n"
import type { RoutingSettingsResponse } from "../../lib/use-routing-settings"
import { useUserNames } from "../../lib/use-routing-settings"

type Change = RoutingSettingsResponse["changes"][number]

/** Who changed which routing setting when, from what to what, newest first. */
export const RoutingSettingsHistory = ({ changes, valueText }: { changes: Change[]; valueText: (field: string, value: unknown) => string }) => {
  const { t, locale } = useOmsTranslation()
  const userName = useUserNames(changes.map((c) => c.actor).filter((a): a is string => !!a))
  if (!changes.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {t("routingSettings.noChanges")}
      </Text>
    )
  }
  const when = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" })
  return (
    <ul className="flex flex-col gap-y-3">
      {changes.map((c) => (
        <li key={c.id} className="flex flex-col gap-y-0.5">
          <Text size="small" weight="plus">
            {when.format(new Date(c.changed_at))} · {userName(c.actor) ?? t("routingSettings.someone")}
          </Text>
          {Object.keys(c.after).map((field) => (
            <Text key={field} size="small" className="text-ui-fg-subtle">
              {t(`routingSettings.field.${field}`)}: {valueText(field, (c.before as Record<string, unknown>)[field])} → {valueText(field, (c.after as Record<string, unknown>)[field])}
            </Text>
          ))}
        </li>
      ))}
    </ul>
  )
}
