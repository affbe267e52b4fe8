import { FetchError } from "@medusajs/js-sdk"
import {
  QueryKey,
  useMutation,
  useQuery,
  useQueryClient,
  UseQueryOptions,
} from "@tanstack/react-query"

import { queryKeysFactory } from "../../lib/query-key"
import { sdk } from "../../lib/sdk"

export type SupplierPerformance = {
  orders_count: number
  receipts_count: number
  on_time_receipts: number
  on_time_rate: number | null
  lead_time_days_mean: number | null
  lead_time_days_p50: number | null
  quantity_accuracy: number | null
  damaged_rate: number | null
  units_received: number
  units_damaged: number
}

export type Supplier = {
  id: string
  code: string
  name: string
  contact_name: string | null
  email: string | null
  phone: string | null
  address: Record<string, string | null> | null
  currency_code: string
  payment_terms: string | null
  lead_time_days: number
  is_active: boolean
  notes: string | null
  created_at: string
  updated_at: string
  performance?: SupplierPerformance
  parts?: {
    id: string
    supplier_part_number: string | null
    unit_price: number
    currency_code: string
    lead_time_days: number | null
    min_order_quantity: number
    pack_size: number
    is_preferred: boolean
    part: { id: string; part_number: string; name: string; status: string } | null
  }[]
}

export type SupplierPayload = Partial<
  Pick<
    Supplier,
    | "code"
    | "name"
    | "contact_name"
    | "email"
    | "phone"
    | "currency_code"
    | "payment_terms"
    | "lead_time_days"
    | "is_active"
    | "notes"
  >
>

export type RequisitionStatus =
  | "draft"
  | "pending_approval"
  | "approved"
  | "rejected"
  | "converted"
  | "canceled"

export type PurchaseRequisition = {
  id: string
  number: string
  status: RequisitionStatus
  requested_by: string | null
  reason: string | null
  alert_id: string | null
  supplier_id: string | null
  currency_code: string
  estimated_total: number
  required_approver_role: string | null
  submitted_at: string | null
  approved_by: string | null
  approved_at: string | null
  rejected_by: string | null
  rejected_at: string | null
  rejection_reason: string | null
  canceled_by: string | null
  canceled_at: string | null
  cancel_reason: string | null
  converted_at: string | null
  created_at: string
  updated_at: string
  lines: {
    id: string
    part_id: string
    part_number: string
    part_name: string
    category: string | null
    location_id: string
    quantity: number
    estimated_unit_price: number
  }[]
}

export type PurchaseOrderStatus =
  | "draft"
  | "ordered"
  | "partially_received"
  | "received"
  | "closed"
  | "canceled"

export type PurchaseOrderLine = {
  id: string
  part_id: string
  part_number: string
  part_name: string
  location_id: string
  supplier_part_number: string | null
  quantity: number
  unit_price: number
  received_quantity: number
  damaged_quantity: number
}

export type GoodsReceipt = {
  id: string
  number: string
  received_at: string
  received_by: string | null
  notes: string | null
  lines: {
    id: string
    purchase_order_line_id: string
    quantity_received: number
    quantity_damaged: number
    quantity_accepted: number
  }[]
}

export type PurchaseOrder = {
  id: string
  number: string
  supplier_id: string
  requisition_id: string | null
  status: PurchaseOrderStatus
  currency_code: string
  expected_at: string | null
  ordered_at: string | null
  ordered_by: string | null
  notes: string | null
  subtotal: number
  total: number
  created_by: string | null
  required_approver_role: string | null
  approved_by: string | null
  approved_at: string | null
  received_at: string | null
  closed_at: string | null
  close_reason: string | null
  canceled_at: string | null
  cancel_reason: string | null
  created_at: string
  updated_at: string
  lines: PurchaseOrderLine[]
  receipts?: GoodsReceipt[]
}

export type ApprovalRule = {
  id: string
  name: string
  document_type: "requisition" | "purchase_order"
  min_amount: number
  max_amount: number | null
  category: string | null
  approver_role: string
  is_active: boolean
  rank: number
}

export type ApprovalRulePayload = Partial<Omit<ApprovalRule, "id">>

export type StockLocationSummary = { id: string; name: string }
export type SparePartSummary = { id: string; part_number: string; name: string; category: string | null }

type List<Key extends string, T> = { [K in Key]: T[] } & { count: number; offset: number; limit: number }
type QueryOptions<T> = Omit<UseQueryOptions<T, FetchError, T, QueryKey>, "queryKey" | "queryFn">

export const supplierQueryKeys = queryKeysFactory("suppliers")
export const requisitionQueryKeys = queryKeysFactory("purchase-requisitions")
export const purchaseOrderQueryKeys = queryKeysFactory("purchase-orders")
export const approvalRuleQueryKeys = queryKeysFactory("approval-rules")

export const useSuppliers = (
  query: Record<string, unknown> = {},
  options?: QueryOptions<List<"suppliers", Supplier>>
) => {
  const { data, ...rest } = useQuery({
    queryKey: supplierQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<List<"suppliers", Supplier>>("/admin/suppliers", { query }),
    ...options,
  })
  return { ...data, ...rest }
}

export const useSupplier = (id: string) => {
  const { data, ...rest } = useQuery({
    queryKey: supplierQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<{ supplier: Supplier }>(`/admin/suppliers/${id}`),
  })
  return { ...data, ...rest }
}

export const useSaveSupplier = (id?: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: SupplierPayload) =>
      sdk.client.fetch<{ supplier: Supplier }>(id ? `/admin/suppliers/${id}` : "/admin/suppliers", {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supplierQueryKeys.all }),
  })
}

export const usePurchaseRequisitions = (
  query: Record<string, unknown>,
  options?: QueryOptions<List<"purchase_requisitions", PurchaseRequisition>>
) => {
  const { data, ...rest } = useQuery({
    queryKey: requisitionQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<List<"purchase_requisitions", PurchaseRequisition>>(
        "/admin/purchase-requisitions",
        { query }
      ),
    ...options,
  })
  return { ...data, ...rest }
}

export const usePurchaseRequisition = (id: string) => {
  const { data, ...rest } = useQuery({
    queryKey: requisitionQueryKeys.detail(id),
    queryFn: () =>
      sdk.client.fetch<{ purchase_requisition: PurchaseRequisition }>(
        `/admin/purchase-requisitions/${id}`
      ),
  })
  return { ...data, ...rest }
}

const useInvalidateProcurement = () => {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: requisitionQueryKeys.all }),
      queryClient.invalidateQueries({ queryKey: purchaseOrderQueryKeys.all }),
      queryClient.invalidateQueries({ queryKey: supplierQueryKeys.all }),
    ])
}

export type RequisitionLinePayload = {
  part_id: string
  location_id: string
  quantity: number
  estimated_unit_price?: number | null
}

export const useCreatePurchaseRequisition = () => {
  const invalidate = useInvalidateProcurement()
  return useMutation({
    mutationFn: (body: {
      reason?: string | null
      supplier_id?: string | null
      alert_id?: string | null
      lines?: RequisitionLinePayload[]
    }) =>
      sdk.client.fetch<{ purchase_requisition: PurchaseRequisition }>(
        "/admin/purchase-requisitions",
        { method: "POST", body }
      ),
    onSuccess: invalidate,
  })
}

/** submit | approve | reject | cancel on one requisition. */
export const useRequisitionAction = (id: string) => {
  const invalidate = useInvalidateProcurement()
  return useMutation({
    mutationFn: ({
      action,
      reason,
    }: {
      action: "submit" | "approve" | "reject" | "cancel"
      reason?: string
    }) =>
      sdk.client.fetch<{ purchase_requisition: PurchaseRequisition }>(
        `/admin/purchase-requisitions/${id}/${action}`,
        { method: "POST", body: reason ? { reason } : {} }
      ),
    onSuccess: invalidate,
  })
}

export const useConvertRequisitions = () => {
  const invalidate = useInvalidateProcurement()
  return useMutation({
    mutationFn: (requisitionIds: string[]) =>
      sdk.client.fetch<{ purchase_orders: PurchaseOrder[] }>(
        "/admin/purchase-requisitions/convert",
        { method: "POST", body: { requisition_ids: requisitionIds } }
      ),
    onSuccess: invalidate,
  })
}

export const usePurchaseOrders = (
  query: Record<string, unknown>,
  options?: QueryOptions<List<"purchase_orders", PurchaseOrder>>
) => {
  const { data, ...rest } = useQuery({
    queryKey: purchaseOrderQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<List<"purchase_orders", PurchaseOrder>>("/admin/purchase-orders", {
        query,
      }),
    ...options,
  })
  return { ...data, ...rest }
}

export const usePurchaseOrder = (id: string) => {
  const { data, ...rest } = useQuery({
    queryKey: purchaseOrderQueryKeys.detail(id),
    queryFn: () =>
      sdk.client.fetch<{ purchase_order: PurchaseOrder }>(`/admin/purchase-orders/${id}`),
  })
  return { ...data, ...rest }
}

export const useUpdatePurchaseOrder = (id: string) => {
  const invalidate = useInvalidateProcurement()
  return useMutation({
    mutationFn: (body: { expected_at?: string | null; notes?: string | null }) =>
      sdk.client.fetch<{ purchase_order: PurchaseOrder }>(`/admin/purchase-orders/${id}`, {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

/** approve | order | cancel | close on one purchase order. */
export const usePurchaseOrderAction = (id: string) => {
  const invalidate = useInvalidateProcurement()
  return useMutation({
    mutationFn: ({
      action,
      reason,
    }: {
      action: "approve" | "order" | "cancel" | "close"
      reason?: string
    }) =>
      sdk.client.fetch<{ purchase_order: PurchaseOrder }>(
        `/admin/purchase-orders/${id}/${action}`,
        { method: "POST", body: reason ? { reason } : {} }
      ),
    onSuccess: invalidate,
  })
}

export const useReceiveGoods = (id: string) => {
  const invalidate = useInvalidateProcurement()
  return useMutation({
    mutationFn: (body: {
      notes?: string | null
      lines: { purchase_order_line_id: string; quantity_received: number; quantity_damaged?: number }[]
    }) =>
      sdk.client.fetch<{ goods_receipt: GoodsReceipt; purchase_order: PurchaseOrder }>(
        `/admin/purchase-orders/${id}/receipts`,
        { method: "POST", body }
      ),
    onSuccess: invalidate,
  })
}

export const useApprovalRules = () => {
  const { data, ...rest } = useQuery({
    queryKey: approvalRuleQueryKeys.list(),
    queryFn: () =>
      sdk.client.fetch<List<"approval_rules", ApprovalRule>>("/admin/approval-rules", {
        query: { limit: 1000, order: "rank" },
      }),
  })
  return { ...data, ...rest }
}

export const useSaveApprovalRule = (id?: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ApprovalRulePayload) =>
      sdk.client.fetch<{ approval_rule: ApprovalRule }>(
        id ? `/admin/approval-rules/${id}` : "/admin/approval-rules",
        { method: "POST", body }
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: approvalRuleQueryKeys.all }),
  })
}

export const useDeleteApprovalRule = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch(`/admin/approval-rules/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: approvalRuleQueryKeys.all }),
  })
}

/** Host stock locations (`GET /admin/stock-locations`), to name line locations. */
export const useStockLocations = () => {
  const { data, ...rest } = useQuery({
    queryKey: ["aftersales", "core-stock-locations"],
    queryFn: () =>
      sdk.client.fetch<{ stock_locations: StockLocationSummary[] }>("/admin/stock-locations", {
        query: { fields: "id,name", limit: 1000 },
      }),
    staleTime: 60_000,
  })
  return { ...data, ...rest }
}

/** Spare parts matching a search, for the requisition line picker. */
export const useSparePartSearch = (q: string) => {
  const { data, ...rest } = useQuery({
    queryKey: ["aftersales", "procurement-part-search", q],
    queryFn: () =>
      sdk.client.fetch<{ spare_parts: SparePartSummary[] }>("/admin/spare-parts", {
        query: { q: q || undefined, limit: 20, fields: "id,part_number,name,category" },
      }),
    staleTime: 30_000,
  })
  return { ...data, ...rest }
}
