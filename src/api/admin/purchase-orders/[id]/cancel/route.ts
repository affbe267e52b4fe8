import { cancelPurchaseOrderWorkflow } from "../../../../../workflows/spare-parts/workflows/purchase-orders"
import { purchaseOrderDecisionHandler } from "../../helpers"

export const POST = purchaseOrderDecisionHandler(cancelPurchaseOrderWorkflow)
