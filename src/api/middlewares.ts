import { defineMiddlewares } from "@medusajs/framework/http"
import { adminAuditLogRoutesMiddlewares } from "./admin/aftersales/audit-log/middlewares"
import { adminEventRoutesMiddlewares } from "./admin/aftersales/events/middlewares"
import { adminPermissionRoutesMiddlewares } from "./admin/aftersales/permissions/middlewares"
import { adminRoleAssignmentRoutesMiddlewares } from "./admin/aftersales/role-assignments/middlewares"
import { adminRoleRoutesMiddlewares } from "./admin/aftersales/roles/middlewares"
import { adminWebhookRoutesMiddlewares } from "./admin/aftersales/webhooks/middlewares"
import { adminBusinessCalendarRoutesMiddlewares } from "./admin/business-calendars/middlewares"
import { adminAssignmentRuleRoutesMiddlewares } from "./admin/assignment-rules/middlewares"
import { adminCannedResponseRoutesMiddlewares } from "./admin/canned-responses/middlewares"
import { adminClassificationSettingsRoutesMiddlewares } from "./admin/customer-classification-settings/middlewares"
import { adminCustomerServiceProfileRoutesMiddlewares } from "./admin/customer-service-profiles/middlewares"
import { adminCustomerTierRoutesMiddlewares } from "./admin/customer-tiers/middlewares"
import { adminTicketPipelineRoutesMiddlewares } from "./admin/service-ticket-pipelines/middlewares"
import { adminSlaPolicyRoutesMiddlewares } from "./admin/sla-policies/middlewares"
import { adminTechnicianRoutesMiddlewares } from "./admin/technicians/middlewares"
import { adminRepairAnalyticsRoutesMiddlewares } from "./admin/aftersales/analytics/middlewares"
import { adminSparePartRoutesMiddlewares } from "./admin/spare-parts/middlewares"
import { adminPartsDemandRoutesMiddlewares } from "./admin/spare-parts/parts-demand-middlewares"
import { adminScrapRequestRoutesMiddlewares } from "./admin/scrap-requests/middlewares"
import { adminSupplierCsvRoutesMiddlewares } from "./admin/suppliers/import/middlewares"
import { adminApprovalRuleRoutesMiddlewares } from "./admin/approval-rules/middlewares"
import { adminPurchaseOrderRoutesMiddlewares } from "./admin/purchase-orders/middlewares"
import { adminPurchaseRequisitionRoutesMiddlewares } from "./admin/purchase-requisitions/middlewares"
import { adminSupplierRoutesMiddlewares } from "./admin/suppliers/middlewares"
import { adminStockAlertRoutesMiddlewares } from "./admin/stock-alerts/middlewares"
import { adminStockMovementRoutesMiddlewares } from "./admin/stock-movements/middlewares"
import { adminStockPositionRoutesMiddlewares } from "./admin/stock-positions/middlewares"
import { adminStocktakeRoutesMiddlewares } from "./admin/stocktakes/middlewares"
import { adminTicketTaskRoutesMiddlewares } from "./admin/service-ticket-tasks/middlewares"
import { adminServiceTicketRoutesMiddlewares } from "./admin/service-tickets/middlewares"
import { inboundMessageRoutesMiddlewares } from "./hooks/aftersales/inbound-messages/middlewares"
import { storeServiceTicketRoutesMiddlewares } from "./store/service-tickets/middlewares"
import { adminWarrantyPolicyRoutesMiddlewares } from "./admin/warranty-policies/middlewares"
import { adminWarrantyRoutesMiddlewares } from "./admin/warranties/middlewares"
import { storeWarrantyRoutesMiddlewares } from "./store/warranties/middlewares"
import { adminRepairOrderRoutesMiddlewares } from "./admin/repair-orders/middlewares"
import { adminFaultCodeRoutesMiddlewares } from "./admin/fault-codes/middlewares"
import { adminRepairPipelineRoutesMiddlewares } from "./admin/repair-pipelines/middlewares"
import { storeRepairOrderRoutesMiddlewares } from "./store/repair-orders/middlewares"
import { adminRepairCostRoutesMiddlewares } from "./admin/repair-orders/[id]/costs/middlewares"
import { adminRepairLabourLineRoutesMiddlewares } from "./admin/repair-orders/[id]/labour-lines/middlewares"
import { adminRepairPartLineRoutesMiddlewares } from "./admin/repair-orders/[id]/part-lines/middlewares"
import { adminRepairQuoteRoutesMiddlewares } from "./admin/repair-orders/[id]/quote/middlewares"
import { adminRepairReplacementRoutesMiddlewares } from "./admin/repair-orders/[id]/replacement/middlewares"
import { storeRepairQuoteRoutesMiddlewares } from "./store/repair-orders/[id]/quote/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminRepairPartLineRoutesMiddlewares,
    ...adminRepairLabourLineRoutesMiddlewares,
    ...adminRepairCostRoutesMiddlewares,
    ...adminRepairQuoteRoutesMiddlewares,
    ...adminRepairReplacementRoutesMiddlewares,
    ...storeRepairQuoteRoutesMiddlewares,
    ...adminPartsDemandRoutesMiddlewares,
    ...adminScrapRequestRoutesMiddlewares,
    ...adminRoleRoutesMiddlewares,
    ...adminRoleAssignmentRoutesMiddlewares,
    ...adminPermissionRoutesMiddlewares,
    ...adminAuditLogRoutesMiddlewares,
    ...adminEventRoutesMiddlewares,
    ...adminWebhookRoutesMiddlewares,
    ...adminServiceTicketRoutesMiddlewares,
    ...adminTicketPipelineRoutesMiddlewares,
    ...adminCannedResponseRoutesMiddlewares,
    ...adminAssignmentRuleRoutesMiddlewares,
    ...adminTicketTaskRoutesMiddlewares,
    ...adminSlaPolicyRoutesMiddlewares,
    ...adminBusinessCalendarRoutesMiddlewares,
    ...adminCustomerServiceProfileRoutesMiddlewares,
    ...adminCustomerTierRoutesMiddlewares,
    ...adminClassificationSettingsRoutesMiddlewares,
    ...adminTechnicianRoutesMiddlewares,
    ...adminRepairAnalyticsRoutesMiddlewares,
    ...adminSparePartRoutesMiddlewares,
    ...adminSupplierCsvRoutesMiddlewares,
    ...adminSupplierRoutesMiddlewares,
    ...adminStockMovementRoutesMiddlewares,
    ...adminStockPositionRoutesMiddlewares,
    ...adminStockAlertRoutesMiddlewares,
    ...adminStocktakeRoutesMiddlewares,
    ...adminApprovalRuleRoutesMiddlewares,
    ...adminPurchaseRequisitionRoutesMiddlewares,
    ...adminPurchaseOrderRoutesMiddlewares,
    ...storeServiceTicketRoutesMiddlewares,
    ...adminWarrantyPolicyRoutesMiddlewares,
    ...adminWarrantyRoutesMiddlewares,
    ...storeWarrantyRoutesMiddlewares,
    ...adminRepairOrderRoutesMiddlewares,
    ...adminFaultCodeRoutesMiddlewares,
    ...adminRepairPipelineRoutesMiddlewares,
    ...storeRepairOrderRoutesMiddlewares,
    ...inboundMessageRoutesMiddlewares,
  ],
})
