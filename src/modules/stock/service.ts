import { MedusaService } from "@medusajs/framework/utils"
import StockAlert from "./models/stock-alert"
import StockDay from "./models/stock-day"
import StockHealth from "./models/stock-health"
import StockSetting from "./models/stock-setting"
import StockTransfer from "./models/stock-transfer"
import TransferRun from "./models/transfer-run"
import StockRefreshState from "./models/stock-refresh-state"

/** The stock-health facts, settings, alerts and transfer advice (issue 9); rules in src/lib/stock. */
class StockModuleService extends MedusaService({
  StockDay,
  StockHealth,
  StockSetting,
  StockAlert,
  StockTransfer,
  TransferRun,
  StockRefreshState,
}) {}

export default StockModuleService
