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
import { StageCategory } from "../../lib/types"

// Shapes of the repair API (`/admin/repair-orders`, `/admin/repair-pipelines`, `/admin/fault-codes`,
// `/admin/technicians/suggestions`), declared here because the admin only reaches the server over HTTP.

export const REPAIR_PRIORITIES = ["low", "normal", "high", "urgent"] as const
export const REPAIR_ARRIVAL_MODES = ["drop_off", "ship_in", "on_site"] as const
export const REPAIR_WARRANTY_STATUSES = ["in_warranty", "extended", "out_of_warranty", "unknown"] as const
export const REPAIR_OUTCOMES = ["repaired", "replaced", "no_fault_found", "beyond_economical_repair"] as const
export const REPAIR_PART_LINE_STATUSES = ["planned", "reserved", "issued", "returned", "canceled"] as const

export type RepairPriority = (typeof REPAIR_PRIORITIES)[number]
export type RepairArrivalMode = (typeof REPAIR_ARRIVAL_MODES)[number]
export type RepairWarrantyStatus = (typeof REPAIR_WARRANTY_STATUSES)[number]
export type RepairOutcome = (typeof REPAIR_OUTCOMES)[number]
export type RepairPartLineStatus = (typeof REPAIR_PART_LINE_STATUSES)[number]
export type RepairQuoteStatus = "none" | "pending" | "accepted" | "declined"

/** The warranty check as it stood at intake (see src/lib/warranty/entitlement.ts). */
export type WarrantyEntitlement = {
  status: RepairWarrantyStatus
  covered: boolean
  covers_parts: boolean
  covers_labour: boolean
  coverage: "parts" | "labour" | "parts_and_labour" | null
  registration_id: string | null
  covering_registration_id: string | null
  policy_id: string | null
  policy_name: string | null
  starts_at: string | null
  ends_at: string | null
  reason: "covered" | "pending" | "voided" | "expired" | "not_registered"
  checked_at: string
}

export type RepairPhoto = { id?: string; url: string; name?: string | null }

export type RepairPartLine = {
  id: string
  spare_part_id: string
  part_number: string
  name: string
  location_id: string
  quantity: number
  quantity_issued: number
  quantity_returned: number
  status: RepairPartLineStatus
  reservation_id: string | null
  unit_cost: number | string
  unit_price: number | string
  covered: boolean
  note: string | null
  created_at?: string
}

export type RepairLabourLine = {
  id: string
  technician_id: string | null
  description: string
  hours: number
  hourly_cost: number | string
  hourly_price: number | string
  covered: boolean
  created_at?: string
}

export type RepairWorkLog = {
  id: string
  technician_id: string | null
  author_id: string | null
  started_at: string | null
  minutes: number
  note: string
  created_at: string
}

export type RepairActivity = {
  id: string
  type: string
  actor_type: "user" | "customer" | "system"
  actor_id: string | null
  from_stage: string | null
  to_stage: string | null
  is_public: boolean
  data: Record<string, unknown> | null
  created_at: string
}

export type RepairTransition = { to: string; name?: string }

export type RepairOrder = {
  id: string
  number: string
  source: "store" | "admin" | "ticket"
  customer_id: string | null
  customer_email: string | null
  customer_name: string | null
  order_id: string | null
  order_display_id: number | null
  line_item_id: string | null
  product_id: string | null
  variant_id: string | null
  product_title: string | null
  serial_number: string | null
  warranty_registration_id: string | null
  warranty_status: RepairWarrantyStatus
  entitlement: WarrantyEntitlement | null
  service_ticket_id: string | null
  fault_description: string
  photos: RepairPhoto[] | null
  intake_condition: string | null
  accessories: string | null
  priority: RepairPriority
  arrival_mode: RepairArrivalMode
  return_id: string | null
  location_id: string | null
  pipeline_key: string
  stage: string
  stage_category: StageCategory
  technician_id: string | null
  planned_start_at: string | null
  planned_end_at: string | null
  fault_codes: string[] | null
  findings: string | null
  repair_plan: string | null
  currency_code: string
  quote_status: RepairQuoteStatus
  quote_amount: number | string | null
  quote_note: string | null
  quoted_at: string | null
  quote_decided_at: string | null
  draft_order_id: string | null
  quality_check_by: string | null
  quality_check_at: string | null
  quality_check_passed: boolean | null
  quality_check_notes: string | null
  outcome: RepairOutcome | null
  resolution_notes: string | null
  claim_id: string | null
  customer_accepted_at: string | null
  customer_rating: number | null
  customer_feedback: string | null
  completed_at: string | null
  version: number
  created_at: string
  updated_at: string
  customer?: { id: string; email: string | null; first_name: string | null; last_name: string | null } | null
}

export type RepairOrderDetail = RepairOrder & {
  part_lines?: RepairPartLine[]
  labour_lines?: RepairLabourLine[]
  work_logs?: RepairWorkLog[]
  activities?: RepairActivity[]
  transitions?: RepairTransition[]
}

export type RepairPipelineStage = {
  key: string
  name: string
  category: StageCategory
  is_initial?: boolean
}
export type RepairPipeline = {
  id: string
  key: string
  name: string
  is_default: boolean
  definition: {
    stages: RepairPipelineStage[]
    transitions: { from: string; to: string; name?: string }[]
  }
}

export type RepairCosts = {
  currency_code: string
  parts_cost: number
  parts_price: number
  labour_cost: number
  labour_price: number
  total_cost: number
  total_price: number
  covered_amount: number
  customer_amount: number
}

export type FaultCode = {
  id: string
  code: string
  name: string
  category: string | null
  description: string | null
  product_category_ids: string[] | null
  is_active: boolean
  created_at: string
  updated_at: string
}

export type TechnicianSummary = {
  id: string
  name: string
  user_id: string | null
  location_id: string | null
  is_active?: boolean
}

export type TechnicianSuggestion = {
  technician: { id: string; name: string; location_id: string | null; user_id: string | null }
  score: number
  reasons: string[]
  open_jobs: number
  capacity: number
  skill_level: number | string | null
}

export type RepairOrdersQuery = {
  limit?: number
  offset?: number
  q?: string
  stage?: string
  stage_category?: string | string[]
  technician_id?: string
  customer_id?: string
  order_id?: string
  serial_number?: string
  fault_code?: string
  warranty_status?: string
  priority?: string
  created_from?: string
  created_to?: string
  order?: string
  fields?: string
}

export type CreateRepairOrderPayload = {
  customer_id?: string
  order_id?: string
  line_item_id?: string
  serial_number?: string
  customer_email?: string
  customer_name?: string
  product_id?: string
  variant_id?: string
  product_title?: string
  fault_description: string
  intake_condition?: string
  accessories?: string
  priority?: RepairPriority
  arrival_mode?: RepairArrivalMode
  location_id?: string
  service_ticket_id?: string
}

export type UpdateRepairOrderPayload = Partial<{
  fault_description: string
  intake_condition: string | null
  accessories: string | null
  priority: RepairPriority
  planned_start_at: string | null
  planned_end_at: string | null
  findings: string | null
  repair_plan: string | null
  fault_codes: string[]
  location_id: string | null
}>

type Paginated = { count: number; offset: number; limit: number }
type RepairOrdersResponse = Paginated & { repair_orders: RepairOrder[] }
type RepairOrderResponse = { repair_order: RepairOrderDetail }

type QueryOptions<T> = Omit<UseQueryOptions<T, FetchError, T, QueryKey>, "queryKey" | "queryFn">

export const repairOrderQueryKeys = queryKeysFactory("repair-orders")
export const repairPipelineQueryKeys = queryKeysFactory("repair-pipelines")
export const faultCodeQueryKeys = queryKeysFactory("fault-codes")
export const technicianQueryKeys = queryKeysFactory("repair-technicians")

export const REPAIR_PERMISSIONS = {
  READ: "repair_orders:read",
  WRITE: "repair_orders:write",
  APPROVE: "repair_orders:approve",
  CONFIGURE: "repair_orders:configure",
  TECHNICIANS_READ: "technicians:read",
} as const

export const useRepairOrders = (
  query: RepairOrdersQuery = {},
  options?: QueryOptions<RepairOrdersResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: repairOrderQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<RepairOrdersResponse>("/admin/repair-orders", { query }),
    ...options,
  })
  return { ...data, ...rest }
}

export const useRepairOrder = (id: string, options?: QueryOptions<RepairOrderResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: repairOrderQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<RepairOrderResponse>(`/admin/repair-orders/${id}`),
    ...options,
  })
  return { ...data, ...rest }
}

export const useRepairPipelines = () => {
  const { data, ...rest } = useQuery({
    queryKey: repairPipelineQueryKeys.list(),
    queryFn: () =>
      sdk.client.fetch<{ repair_pipelines: RepairPipeline[] }>("/admin/repair-pipelines"),
    staleTime: 60_000,
  })
  return { ...data, ...rest }
}

/** Costs of one repair (parts and labour, at cost and at price, covered vs customer share). */
export const useRepairCosts = (id: string, options?: QueryOptions<{ costs: RepairCosts }>) => {
  const { data, ...rest } = useQuery({
    queryKey: [...repairOrderQueryKeys.detail(id), "costs"],
    queryFn: () => sdk.client.fetch<{ costs: RepairCosts }>(`/admin/repair-orders/${id}/costs`),
    retry: false,
    ...options,
  })
  return { ...data, ...rest }
}

export const useTechnicians = (options?: QueryOptions<{ technicians: TechnicianSummary[] }>) => {
  const { data, ...rest } = useQuery({
    queryKey: technicianQueryKeys.list(),
    queryFn: () =>
      sdk.client.fetch<{ technicians: TechnicianSummary[] }>("/admin/technicians", {
        query: { limit: 200, fields: "id,name,user_id,location_id,is_active" },
      }),
    staleTime: 60_000,
    retry: false,
    ...options,
  })
  return { ...data, ...rest }
}

export const useTechnicianSuggestions = (repairOrderId: string, enabled: boolean) => {
  const { data, ...rest } = useQuery({
    queryKey: [...technicianQueryKeys.all, "suggestions", repairOrderId],
    queryFn: () =>
      sdk.client.fetch<{ suggestions: TechnicianSuggestion[] }>("/admin/technicians/suggestions", {
        query: { repair_order_id: repairOrderId },
      }),
    enabled,
    retry: false,
  })
  return { ...data, ...rest }
}

export const useFaultCodes = (
  query: { q?: string; is_active?: boolean; limit?: number; offset?: number } = {},
  options?: QueryOptions<Paginated & { fault_codes: FaultCode[] }>
) => {
  const { data, ...rest } = useQuery({
    queryKey: faultCodeQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<Paginated & { fault_codes: FaultCode[] }>("/admin/fault-codes", {
        query: { limit: 200, ...query },
      }),
    ...options,
  })
  return { ...data, ...rest }
}

export type FaultCodePayload = {
  code?: string
  name?: string
  category?: string | null
  description?: string | null
  is_active?: boolean
}

export const useSaveFaultCode = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: FaultCodePayload & { id?: string }) =>
      sdk.client.fetch<{ fault_code: FaultCode }>(
        id ? `/admin/fault-codes/${id}` : "/admin/fault-codes",
        { method: "POST", body }
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: faultCodeQueryKeys.all }),
  })
}

export const useDeleteFaultCode = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch(`/admin/fault-codes/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: faultCodeQueryKeys.all }),
  })
}

/** Every repair mutation refreshes the repair lists, details and costs. */
const useRepairMutation = <TBody, TResult = RepairOrderResponse>(
  request: (body: TBody) => Promise<TResult>
) => {
  const queryClient = useQueryClient()
  return useMutation<TResult, FetchError, TBody>({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: repairOrderQueryKeys.all }),
  })
}

const post = <TResult = RepairOrderResponse,>(path: string, body?: unknown) =>
  sdk.client.fetch<TResult>(path, { method: "POST", body: body ?? {} })

export const useCreateRepairOrder = () =>
  useRepairMutation((body: CreateRepairOrderPayload) => post("/admin/repair-orders", body))

export const useUpdateRepairOrder = (id: string) =>
  useRepairMutation((body: UpdateRepairOrderPayload) => post(`/admin/repair-orders/${id}`, body))

/** Moves a repair to another stage; also used by the board, hence the id in the body. */
export const useTransitionRepairOrder = () =>
  useRepairMutation(
    ({ id, ...body }: { id: string; to_stage: string; version?: number; note?: string }) =>
      post(`/admin/repair-orders/${id}/transition`, body)
  )

export const useAssignRepairOrder = (id: string) =>
  useRepairMutation(
    (body: { technician_id: string | null; planned_start_at?: string | null; planned_end_at?: string | null }) =>
      post(`/admin/repair-orders/${id}/assign`, body)
  )

export const useAddRepairWorkLog = (id: string) =>
  useRepairMutation((body: { note: string; minutes: number; started_at?: string }) =>
    post(`/admin/repair-orders/${id}/work-logs`, body)
  )

export const useRepairQualityCheck = (id: string) =>
  useRepairMutation(
    (body: { passed: boolean; notes?: string; outcome?: RepairOutcome; resolution_notes?: string }) =>
      post(`/admin/repair-orders/${id}/quality-check`, body)
  )

export const useUploadRepairPhotos = (id: string) =>
  useRepairMutation((files: File[]) => {
    const form = new FormData()
    files.forEach((file) => form.append("files", file))
    return sdk.client.fetch<RepairOrderResponse>(`/admin/repair-orders/${id}/photos`, {
      method: "POST",
      // Let the browser set the multipart boundary.
      headers: { "content-type": null as unknown as string },
      body: form,
    })
  })

export const useAddRepairPartLine = (id: string) =>
  useRepairMutation(
    (body: { spare_part_id: string; quantity: number; location_id?: string; covered?: boolean; note?: string }) =>
      post(`/admin/repair-orders/${id}/part-lines`, body)
  )

export type PartLineAction = "reserve" | "issue" | "return" | "cancel"

export const useRepairPartLineAction = (id: string) =>
  useRepairMutation(
    ({ line_id, action, quantity }: { line_id: string; action: PartLineAction; quantity?: number }) =>
      post(
        `/admin/repair-orders/${id}/part-lines/${line_id}/${action}`,
        action === "return" ? { quantity } : {}
      )
  )

export const useAddRepairLabourLine = (id: string) =>
  useRepairMutation(
    (body: {
      technician_id?: string
      description: string
      hours: number
      hourly_cost?: number
      hourly_price?: number
      covered?: boolean
    }) => post(`/admin/repair-orders/${id}/labour-lines`, body)
  )

export const useDeleteRepairLabourLine = (id: string) =>
  useRepairMutation((lineId: string) =>
    sdk.client.fetch(`/admin/repair-orders/${id}/labour-lines/${lineId}`, { method: "DELETE" })
  )

export const useSendRepairQuote = (id: string) =>
  useRepairMutation((body: { amount?: number; note?: string }) =>
    post(`/admin/repair-orders/${id}/quote`, body)
  )

export const useRepairReplacement = (id: string) =>
  useRepairMutation((body: { variant_id?: string }) =>
    post(`/admin/repair-orders/${id}/replacement`, body)
  )

export const useCreateRepairFromTicket = (ticketId: string) =>
  useRepairMutation((body: Partial<CreateRepairOrderPayload>) =>
    post(`/admin/service-tickets/${ticketId}/repair-order`, body)
  )

export type HostOrderItem = {
  id: string
  title: string
  product_id: string | null
  variant_id: string | null
  product_title: string | null
  variant_title: string | null
  quantity: number
}

export type HostOrderForRepair = {
  id: string
  display_id: number | null
  email: string | null
  customer_id: string | null
  created_at: string
  items: HostOrderItem[]
}

/** One host order with its items, for the line item picker of the create drawer. */
export const useHostOrderForRepair = (orderId: string) => {
  const { data, ...rest } = useQuery({
    queryKey: ["aftersales", "repair-host-order", orderId],
    queryFn: () =>
      sdk.client.fetch<{ order: HostOrderForRepair }>(`/admin/orders/${orderId}`, {
        query: {
          // `*items`: the item's quantity is only computed when the whole item is read.
          fields: "id,display_id,email,customer_id,created_at,*items",
        },
      }),
    enabled: !!orderId,
    staleTime: 30_000,
  })
  return { ...data, ...rest }
}
