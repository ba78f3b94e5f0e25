import { model } from "@medusajs/framework/utils"

/** One saved change of a setting made in the admin: what (`subject`, e.g. "routing"), who, when, before and after. */
const SettingChange = model
  .define("oms_setting_change", {
    id: model.id({ prefix: "setchg" }).primaryKey(),
    subject: model.text(),
    actor: model.text().nullable(),
    before: model.json(),
    after: model.json(),
    changed_at: model.dateTime(),
  })
  .indexes([{ on: ["subject", "changed_at"], where: "deleted_at IS NULL" }])

export default SettingChange
