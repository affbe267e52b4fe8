import { MedusaService } from "@medusajs/framework/utils"
import PartSupplier from "./models/part-supplier"
import ReorderPolicy from "./models/reorder-policy"
import SparePart from "./models/spare-part"
import StockMovement from "./models/stock-movement"
import Supplier from "./models/supplier"

class SparePartsModuleService extends MedusaService({
  SparePart,
  Supplier,
  PartSupplier,
  StockMovement,
  ReorderPolicy,
}) {}

export default SparePartsModuleService
