import type { Context } from "@medusajs/framework/types"
import { EMPTY_ROUTING_SETTINGS, routingSettingsChange, type StoredRoutingSettings } from "../../lib/settings"
import type OmsModuleService from "./service"

const FIELDS = Object.keys(EMPTY_ROUTING_SETTINGS) as (keyof StoredRoutingSettings)[]

export interface RoutingSettingsUndo {
  row_id: string
  created: boolean
  before: StoredRoutingSettings
  change_id: string | null
}

export async function readStoredRoutingSettings(svc: OmsModuleService, ctx?: Context): Promise<{ id: string | null; stored: StoredRoutingSettings }> {
  const [row] = await svc.listRoutingSettings({ scope: "store" }, { take: 1 }, ctx)
  if (!row) return { id: null, stored: { ...EMPTY_ROUTING_SETTINGS } }
  const stored = { ...EMPTY_ROUTING_SETTINGS }
  for (const f of FIELDS) (stored as Record<string, unknown>)[f] = (row as Record<string, unknown>)[f] ?? null
  return { id: row.id, stored }
}

/**
 * Saves a patch of the routing settings (null clears a field) and the change history row, in
 * the caller's transaction. Nothing changed: nothing written.
 */
export async function saveRoutingSettings(svc: OmsModuleService, patch: Partial<StoredRoutingSettings>, actor: string | null, ctx: Context): Promise<RoutingSettingsUndo | null> {
  const { id, stored: before } = await readStoredRoutingSettings(svc, ctx)
  const after = { ...before }
  for (const f of FIELDS) if (patch[f] !== undefined) (after as Record<string, unknown>)[f] = patch[f]
  const change = routingSettingsChange(before, after)
  if (!Object.keys(change.after).length) return null
  const row = id
    ? await svc.updateRoutingSettings({ id, ...after, updated_by: actor } as never, ctx)
    : await svc.createRoutingSettings({ scope: "store", ...after, updated_by: actor } as never, ctx)
  const [saved] = await svc.createSettingChanges([{ subject: "routing", actor, before: change.before, after: change.after, changed_at: new Date() }], ctx)
  return { row_id: (row as { id: string }).id, created: !id, before, change_id: saved.id }
}

export async function undoRoutingSettings(svc: OmsModuleService, undo: RoutingSettingsUndo, ctx: Context) {
  if (undo.change_id) await svc.deleteSettingChanges(undo.change_id, ctx)
  if (undo.created) await svc.deleteRoutingSettings(undo.row_id, ctx)
  else await svc.updateRoutingSettings({ id: undo.row_id, ...undo.before } as never, ctx)
}
