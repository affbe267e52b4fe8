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

export type ScrapStatus = "requested" | "approved" | "rejected" | "disposed" | "canceled"
export type ScrapReason = "damaged" | "defective_return" | "obsolete" | "expired"
export type DisposalMethod = "recycle" | "destroy" | "return_to_supplier"

export const SCRAP_STATUSES: ScrapStatus[] = ["requested", "approved", "rejected", "disposed", "canceled"]
export const SCRAP_REASONS: ScrapReason[] = ["damaged", "defective_return", "obsolete", "expired"]
export const DISPOSAL_METHODS: DisposalMethod[] = ["recycle", "destroy", "return_to_supplier"]

export type ScrapPhoto = { url: string; name?: string | null }

export type ScrapRequest = {
  id: string
  number: string
  part_id: string
  location_id: string
  quantity: number
  reason: ScrapReason
  photos: ScrapPhoto[] | null
  notes: string | null
  status: ScrapStatus
  requested_by: string | null
  approved_by: string | null
  approved_at: string | null
  rejected_by: string | null
  rejected_at: string | null
  rejection_reason: string | null
  disposal_method: DisposalMethod | null
  disposed_by: string | null
  disposed_at: string | null
  canceled_by: string | null
  canceled_at: string | null
  unit_cost: number | null
  written_off_value: number | null
  currency_code: string
  in_stock: boolean
  source_type: string
  source_id: string | null
  created_at: string
}

export type DemandBucket = { period_start: string; repair: number; sales: number; other: number; total: number }

export type PartForecast = {
  id: string
  part_id: string
  location_id: string | null
  period: "week" | "month"
  first_period: string
  horizon: number
  method: string
  demand_class: string
  forecast: number[]
  lower: number[]
  upper: number[]
  backtest_rmsse: number | null
  backtest_mase: number | null
  history_periods: number
  lead_time_days: number
  lead_time_demand: number
  service_level: number
  safety_stock: number
  reorder_point: number
  /** What the forward signals added; null when none applied. */
  signals: ForecastSignals | null
  computed_at: string
}

export type ForecastSignals = {
  added_demand: number
  planned_repairs: { open_lines: number; planned_units: number; added: number[] }
  installed_base: {
    units_under_warranty: number
    failure_rate_per_period: number
    baseline_per_period: number
    added: number[]
  } | null
}

export type PartSale = {
  id: string
  order_id: string
  order_display_id: number | null
  fulfillment_id: string | null
  location_id: string
  quantity: number
  revenue: number
  currency_code: string | null
  occurred_at: string
}

export type PartsRun = {
  id: string
  kind: "sales_backfill" | "forecast"
  status: "running" | "succeeded" | "failed"
  trigger: string
  total: number
  processed: number
  changed: number
  error: string | null
  started_at: string
  finished_at: string | null
}

export type ForecastOverviewRow = {
  part_id: string
  part_number: string
  name: string
  method: string
  demand_class: string
  backtest_rmsse: number | null
  lead_time_days: number
  reorder_point: number
  safety_stock: number
  available: number
  incoming: number
  demand_over_lead_time: number
  expected_shortage: number
  projected_balance: number
  computed_at: string
}

type QueryOptions<T> = Omit<UseQueryOptions<T, FetchError, T, QueryKey>, "queryKey" | "queryFn">
type ScrapList = { scrap_requests: ScrapRequest[]; count: number; offset: number; limit: number }

export const scrapRequestQueryKeys = queryKeysFactory("scrap-requests")
export const partDemandQueryKeys = queryKeysFactory("part-demand")

export const useScrapRequests = (query: Record<string, unknown>, options?: QueryOptions<ScrapList>) => {
  const { data, ...rest } = useQuery({
    queryKey: scrapRequestQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<ScrapList>("/admin/scrap-requests", { query }),
    ...options,
  })
  return { ...data, ...rest }
}

export const useScrapRequest = (id: string) => {
  const { data, ...rest } = useQuery({
    queryKey: scrapRequestQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<{ scrap_request: ScrapRequest }>(`/admin/scrap-requests/${id}`),
  })
  return { ...data, ...rest }
}

export type CreateScrapRequestPayload = {
  part_id: string
  location_id: string
  quantity: number
  reason: ScrapReason
  photos?: ScrapPhoto[]
  notes?: string | null
}

export const useCreateScrapRequest = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateScrapRequestPayload) =>
      sdk.client.fetch<{ scrap_request: ScrapRequest }>("/admin/scrap-requests", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scrapRequestQueryKeys.all }),
  })
}

export type ScrapAction =
  | { action: "approve"; body?: { notes?: string } }
  | { action: "reject"; body: { rejection_reason: string } }
  | { action: "dispose"; body: { disposal_method: DisposalMethod; notes?: string } }
  | { action: "cancel"; body?: { notes?: string } }

export const useScrapRequestAction = (id: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ action, body }: ScrapAction) =>
      sdk.client.fetch<{ scrap_request: ScrapRequest }>(`/admin/scrap-requests/${id}/${action}`, {
        method: "POST",
        body: body ?? {},
      }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: scrapRequestQueryKeys.all })
      queryClient.invalidateQueries({ queryKey: ["aftersales", "spare-parts"] })
    },
  })
}

/** Uploads photos through the host File module (`POST /admin/uploads`). */
export const useUploadPhotos = () =>
  useMutation({
    mutationFn: async (files: File[]) => {
      const { files: uploaded } = await sdk.admin.upload.create({ files })
      return uploaded.map((file, index) => ({ url: file.url, name: files[index]?.name ?? null }))
    },
  })

export const usePartDemand = (partId: string, query: { period: string; from?: string; to?: string }) => {
  const { data, ...rest } = useQuery({
    queryKey: partDemandQueryKeys.detail(partId, { ...query, kind: "demand" }),
    queryFn: () =>
      sdk.client.fetch<{ demand: DemandBucket[]; from: string; to: string }>(`/admin/spare-parts/${partId}/demand`, {
        query,
      }),
  })
  return { ...data, ...rest }
}

export const usePartForecasts = (partId: string) => {
  const { data, ...rest } = useQuery({
    queryKey: partDemandQueryKeys.detail(partId, { kind: "forecast" }),
    queryFn: () => sdk.client.fetch<{ part_forecasts: PartForecast[] }>(`/admin/spare-parts/${partId}/forecast`),
  })
  return { ...data, ...rest }
}

export const useForecastPart = (partId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ part_forecasts: PartForecast[]; policies_updated: number }>(
        `/admin/spare-parts/${partId}/forecast`,
        { method: "POST", body: {} }
      ),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: partDemandQueryKeys.all })
      queryClient.invalidateQueries({ queryKey: ["aftersales", "spare-parts"] })
    },
  })
}

export const usePartSales = (partId: string, query: { limit: number; offset: number }) => {
  const { data, ...rest } = useQuery({
    queryKey: partDemandQueryKeys.detail(partId, { ...query, kind: "sales" }),
    queryFn: () =>
      sdk.client.fetch<{
        sales: PartSale[]
        totals: { quantity: number; orders: number; revenue: Record<string, number> }
        count: number
      }>(`/admin/spare-parts/${partId}/sales`, { query }),
  })
  return { ...data, ...rest }
}

export const useForecastOverview = (options?: { refetchInterval?: number | false }) => {
  const { data, ...rest } = useQuery({
    queryKey: partDemandQueryKeys.list({ kind: "forecast-overview" }),
    queryFn: () =>
      sdk.client.fetch<{ parts: ForecastOverviewRow[]; count: number; forecast_run: PartsRun | null }>(
        "/admin/spare-parts/forecast"
      ),
    ...options,
  })
  return { ...data, ...rest }
}

export const useStartForecastAll = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ forecast_run: PartsRun }>("/admin/spare-parts/forecast", { method: "POST", body: {} }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partDemandQueryKeys.all }),
  })
}

export const useSalesBackfillRun = (options?: { refetchInterval?: number | false }) => {
  const { data, ...rest } = useQuery({
    queryKey: partDemandQueryKeys.list({ kind: "sales-backfill" }),
    queryFn: () => sdk.client.fetch<{ sales_backfill_run: PartsRun | null }>("/admin/spare-parts/sales-backfill"),
    ...options,
  })
  return { ...data, ...rest }
}

export const useStartSalesBackfill = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ sales_backfill_run: PartsRun }>("/admin/spare-parts/sales-backfill", {
        method: "POST",
        body: {},
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partDemandQueryKeys.all }),
  })
}

export type PartsQuotePayload = {
  customer_id: string
  region_id: string
  sales_channel_id?: string | null
  lines: { part_id: string; quantity: number }[]
  note?: string | null
}

export const useCreatePartsQuote = () =>
  useMutation({
    mutationFn: (body: PartsQuotePayload) =>
      sdk.client.fetch<{ draft_order: { id: string; display_id: number } }>("/admin/spare-parts/quotes", {
        method: "POST",
        body,
      }),
  })

/** Customers, regions and sales channels of the host, for the quote form. */
export const useQuoteOptions = (customerQuery: string, enabled: boolean) => {
  const customers = useQuery({
    queryKey: ["aftersales", "quote-customers", customerQuery],
    queryFn: () =>
      sdk.client.fetch<{ customers: { id: string; email: string; first_name: string | null; last_name: string | null }[] }>(
        "/admin/customers",
        { query: { q: customerQuery || undefined, limit: 20, fields: "id,email,first_name,last_name" } }
      ),
    enabled,
  })
  const regions = useQuery({
    queryKey: ["aftersales", "quote-regions"],
    queryFn: () =>
      sdk.client.fetch<{ regions: { id: string; name: string; currency_code: string }[] }>("/admin/regions", {
        query: { limit: 100, fields: "id,name,currency_code" },
      }),
    enabled,
  })
  const salesChannels = useQuery({
    queryKey: ["aftersales", "quote-sales-channels"],
    queryFn: () =>
      sdk.client.fetch<{ sales_channels: { id: string; name: string }[] }>("/admin/sales-channels", {
        query: { limit: 100, fields: "id,name" },
      }),
    enabled,
  })
  return {
    customers: customers.data?.customers ?? [],
    regions: regions.data?.regions ?? [],
    salesChannels: salesChannels.data?.sales_channels ?? [],
  }
}
