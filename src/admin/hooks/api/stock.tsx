import { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"

import { queryKeysFactory } from "../../lib/query-key"
import { sdk } from "../../lib/sdk"

export type StockPosition = {
  part_id: string
  part_number: string
  part_name: string
  inventory_item_id: string
  location_id: string
  location_name: string | null
  on_hand: number
  reserved: number
  available: number
  incoming: number
  reorder_point: number | null
  suggested_quantity: number
  status: "ok" | "low_stock" | "stockout"
}

export type StockMovement = {
  id: string
  part_id: string
  location_id: string
  type: string
  quantity: number
  reason: string | null
  reference_type: string | null
  reference_id: string | null
  transfer_id: string | null
  unit_cost: number | null
  actor_type: string | null
  actor_id: string | null
  occurred_at: string
  metadata: Record<string, unknown> | null
}

export type ManualMovementType = "receipt" | "issue" | "transfer" | "adjustment"
export const MANUAL_MOVEMENT_TYPES: ManualMovementType[] = ["receipt", "issue", "transfer", "adjustment"]

export type StockMovementPayload = {
  type: ManualMovementType
  part_id: string
  location_id: string
  to_location_id?: string | null
  quantity: number
  reason?: string | null
  reference_type?: "repair_order" | "manual" | null
  reference_id?: string | null
  unit_cost?: number | null
}

export type StockAlert = {
  id: string
  part_id: string
  part_number: string | null
  part_name: string | null
  location_id: string
  location_name: string | null
  type: "low_stock" | "stockout"
  status: "open" | "acknowledged" | "resolved"
  available: number
  reorder_point: number
  suggested_quantity: number
  raised_at: string
  acknowledged_by: string | null
  acknowledged_at: string | null
  resolved_by: string | null
  resolved_at: string | null
  resolution_note: string | null
}

export type StocktakeStatus = "open" | "counting" | "submitted" | "approved" | "posted" | "canceled"

export type StocktakeLine = {
  id: string
  part_id: string
  part_number: string | null
  part_name: string | null
  unit_cost: number | null
  expected_quantity: number | null
  counted_quantity: number | null
  variance: number | null
  counted_by: string | null
  counted_at: string | null
  variance_value?: number | null
}

export type Stocktake = {
  id: string
  number: string
  location_id: string
  location_name?: string | null
  status: StocktakeStatus
  blind_count: boolean
  filter_category: string | null
  filter_part_ids: string[] | null
  notes: string | null
  opened_by: string | null
  submitted_at: string | null
  approved_by: string | null
  approved_at: string | null
  posted_at: string | null
  canceled_at: string | null
  cancel_reason: string | null
  created_at: string
  expected_hidden?: boolean
  lines?: StocktakeLine[]
  summary?: Record<string, number>
}

export type CountImportResult = {
  dry_run: boolean
  valid: boolean
  problems: { line: number; message: string }[]
  rows: { line: number; part_number: string; counted_quantity: number }[]
}

type List<Key extends string, T> = { [K in Key]: T[] } & { count: number; offset: number; limit: number }

export const stockPositionQueryKeys = queryKeysFactory("stock-positions")
export const stockMovementQueryKeys = queryKeysFactory("stock-movements")
export const stockAlertQueryKeys = queryKeysFactory("stock-alerts")
export const stocktakeQueryKeys = queryKeysFactory("stocktakes")

const useInvalidateStock = () => {
  const queryClient = useQueryClient()
  return () =>
    Promise.all(
      [stockPositionQueryKeys, stockMovementQueryKeys, stockAlertQueryKeys, stocktakeQueryKeys].map((keys) =>
        queryClient.invalidateQueries({ queryKey: keys.all })
      )
    )
}

export const usePartStock = (partId: string) => {
  const { data, ...rest } = useQuery({
    queryKey: stockPositionQueryKeys.detail(partId),
    queryFn: () =>
      sdk.client.fetch<{ stock_positions: StockPosition[]; totals: Record<string, number> }>(
        `/admin/spare-parts/${partId}/stock`
      ),
  })
  return { ...data, ...rest }
}

export const useStockPositions = (query: Record<string, unknown>) => {
  const { data, ...rest } = useQuery({
    queryKey: stockPositionQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<List<"stock_positions", StockPosition>>("/admin/stock-positions", { query }),
    placeholderData: keepPreviousData,
  })
  return { ...data, ...rest }
}

export const useStockMovements = (query: Record<string, unknown>) => {
  const { data, ...rest } = useQuery({
    queryKey: stockMovementQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<List<"stock_movements", StockMovement>>("/admin/stock-movements", { query }),
    placeholderData: keepPreviousData,
  })
  return { ...data, ...rest }
}

export const useRecordStockMovement = () => {
  const invalidate = useInvalidateStock()
  return useMutation<{ stock_movements: StockMovement[] }, FetchError, StockMovementPayload>({
    mutationFn: (body) => sdk.client.fetch("/admin/stock-movements", { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export const useStockAlerts = (query: Record<string, unknown>) => {
  const { data, ...rest } = useQuery({
    queryKey: stockAlertQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<List<"stock_alerts", StockAlert>>("/admin/stock-alerts", { query }),
    placeholderData: keepPreviousData,
  })
  return { ...data, ...rest }
}

export const useChangeStockAlert = () => {
  const invalidate = useInvalidateStock()
  return useMutation<{ stock_alert: StockAlert }, FetchError, { id: string; action: "acknowledge" | "resolve"; note?: string }>({
    mutationFn: ({ id, action, note }) =>
      sdk.client.fetch(`/admin/stock-alerts/${id}/${action}`, { method: "POST", body: note ? { note } : {} }),
    onSuccess: invalidate,
  })
}

export const useStocktakes = (query: Record<string, unknown>) => {
  const { data, ...rest } = useQuery({
    queryKey: stocktakeQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<List<"stocktakes", Stocktake>>("/admin/stocktakes", { query }),
    placeholderData: keepPreviousData,
  })
  return { ...data, ...rest }
}

export const useStocktake = (id: string) => {
  const { data, ...rest } = useQuery({
    queryKey: stocktakeQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<{ stocktake: Stocktake }>(`/admin/stocktakes/${id}`),
  })
  return { ...data, ...rest }
}

export const useStocktakeVariance = (id: string, enabled: boolean) => {
  const { data, ...rest } = useQuery({
    queryKey: [...stocktakeQueryKeys.detail(id), "variance"],
    queryFn: () =>
      sdk.client.fetch<{ stocktake: Stocktake; lines: StocktakeLine[]; summary: Record<string, number> }>(
        `/admin/stocktakes/${id}/variance`
      ),
    enabled,
  })
  return { ...data, ...rest }
}

export const useOpenStocktake = () => {
  const invalidate = useInvalidateStock()
  return useMutation<
    { stocktake: Stocktake },
    FetchError,
    { location_id: string; blind_count?: boolean; filter_category?: string | null; notes?: string | null }
  >({
    mutationFn: (body) => sdk.client.fetch("/admin/stocktakes", { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export const useEnterStocktakeCounts = (id: string) => {
  const invalidate = useInvalidateStock()
  return useMutation<{ stocktake: Stocktake }, FetchError, { part_id: string; counted_quantity: number }[]>({
    mutationFn: (counts) => sdk.client.fetch(`/admin/stocktakes/${id}/counts`, { method: "POST", body: { counts } }),
    onSuccess: invalidate,
  })
}

export const useImportStocktakeCounts = (id: string) => {
  const invalidate = useInvalidateStock()
  return useMutation<CountImportResult, FetchError, { csv: string; dry_run: boolean }>({
    mutationFn: (body) =>
      sdk.client.fetch(`/admin/stocktakes/${id}/counts/import`, { method: "POST", body }),
    onSuccess: (result) => {
      if (!result.dry_run) {
        invalidate()
      }
    },
  })
}

export type StocktakeAction = "submit" | "approve" | "post" | "cancel"

export const useStocktakeAction = (id: string) => {
  const invalidate = useInvalidateStock()
  return useMutation<{ stocktake: Stocktake }, FetchError, { action: StocktakeAction; reason?: string }>({
    mutationFn: ({ action, reason }) =>
      sdk.client.fetch(`/admin/stocktakes/${id}/${action}`, {
        method: "POST",
        body: action === "cancel" ? { reason } : {},
      }),
    onSuccess: invalidate,
  })
}
