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

export type SparePartStatus = "active" | "phase_out" | "obsolete"
export const SPARE_PART_STATUSES: SparePartStatus[] = ["active", "phase_out", "obsolete"]

export type PartSupplierOffer = {
  id: string
  part_id: string
  supplier_id: string
  supplier_part_number: string | null
  unit_price: number
  currency_code: string
  lead_time_days: number | null
  min_order_quantity: number
  pack_size: number
  is_preferred: boolean
  supplier?: { id: string; code: string; name: string; lead_time_days: number; currency_code: string } | null
}

export type ReorderMethod = "reorder_point" | "min_max" | "order_up_to"
export const REORDER_METHODS: ReorderMethod[] = ["reorder_point", "min_max", "order_up_to"]

export type ReorderPolicy = {
  id: string
  part_id: string
  location_id: string
  method: ReorderMethod
  reorder_point: number
  safety_stock: number
  min_quantity: number | null
  max_quantity: number | null
  source: "manual" | "forecast"
  follow_forecast: boolean
  updated_at: string
}

export type SparePart = {
  id: string
  part_number: string
  name: string
  model: string | null
  description: string | null
  specifications: Record<string, string> | null
  category: string | null
  unit_cost: number | null
  currency_code: string
  status: SparePartStatus
  superseded_by_id: string | null
  product_id: string | null
  variant_id: string | null
  inventory_item_id: string
  compatible_product_ids: string[]
  compatible_variant_ids: string[]
  created_at: string
  updated_at: string
  suppliers?: PartSupplierOffer[]
  reorder_policies?: ReorderPolicy[]
  product_variant?: {
    id: string
    sku: string | null
    title: string
    product_id: string
    product?: { title: string; handle: string } | null
  } | null
  inventory_item?: { id: string; sku: string | null; title: string | null } | null
}

export type SparePartPayload = Partial<
  Pick<
    SparePart,
    | "part_number"
    | "name"
    | "model"
    | "description"
    | "specifications"
    | "category"
    | "unit_cost"
    | "status"
    | "superseded_by_id"
    | "compatible_product_ids"
  >
> & {
  variant_id?: string
  inventory_item_id?: string
  sku?: string
  price?: number
  price_currency_code?: string
}

export type PartSupplierPayload = Partial<
  Pick<
    PartSupplierOffer,
    | "supplier_id"
    | "supplier_part_number"
    | "unit_price"
    | "currency_code"
    | "lead_time_days"
    | "min_order_quantity"
    | "pack_size"
    | "is_preferred"
  >
>

export type ReorderPolicyPayload = {
  location_id: string
  method: ReorderMethod
  reorder_point?: number | null
  safety_stock?: number | null
  min_quantity?: number | null
  max_quantity?: number | null
  follow_forecast?: boolean
}

export type ImportType = "parts" | "offers" | "suppliers"

export type ImportResult = {
  type: ImportType
  dry_run: boolean
  valid: boolean
  written: boolean
  rows: number
  create: number
  update: number
  errors: { line: number; message: string }[]
}

type List<Key extends string, T> = { [K in Key]: T[] } & { count: number; offset: number; limit: number }
type QueryOptions<T> = Omit<UseQueryOptions<T, FetchError, T, QueryKey>, "queryKey" | "queryFn">

export const sparePartQueryKeys = queryKeysFactory("spare-parts")

export const useSpareParts = (
  query: Record<string, unknown> = {},
  options?: QueryOptions<List<"spare_parts", SparePart>>
) => {
  const { data, ...rest } = useQuery({
    queryKey: sparePartQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<List<"spare_parts", SparePart>>("/admin/spare-parts", { query }),
    ...options,
  })
  return { ...data, ...rest }
}

export const useSparePart = (id: string, options?: QueryOptions<{ spare_part: SparePart }>) => {
  const { data, ...rest } = useQuery({
    queryKey: sparePartQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<{ spare_part: SparePart }>(`/admin/spare-parts/${id}`),
    ...options,
  })
  return { ...data, ...rest }
}

const useInvalidateParts = () => {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: sparePartQueryKeys.all })
}

export const useSaveSparePart = (id?: string) => {
  const invalidate = useInvalidateParts()
  return useMutation({
    mutationFn: (body: SparePartPayload) =>
      sdk.client.fetch<{ spare_part: SparePart }>(id ? `/admin/spare-parts/${id}` : "/admin/spare-parts", {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

export const useDeleteSparePart = (id: string) => {
  const invalidate = useInvalidateParts()
  return useMutation({
    mutationFn: () => sdk.client.fetch(`/admin/spare-parts/${id}`, { method: "DELETE" }),
    onSuccess: invalidate,
  })
}

export const useSavePartSupplier = (partId: string, offerId?: string) => {
  const invalidate = useInvalidateParts()
  return useMutation({
    mutationFn: (body: PartSupplierPayload) =>
      sdk.client.fetch<{ part_supplier: PartSupplierOffer }>(
        offerId ? `/admin/spare-parts/${partId}/suppliers/${offerId}` : `/admin/spare-parts/${partId}/suppliers`,
        { method: "POST", body }
      ),
    onSuccess: invalidate,
  })
}

export const useDeletePartSupplier = (partId: string) => {
  const invalidate = useInvalidateParts()
  return useMutation({
    mutationFn: (offerId: string) =>
      sdk.client.fetch(`/admin/spare-parts/${partId}/suppliers/${offerId}`, { method: "DELETE" }),
    onSuccess: invalidate,
  })
}

export const useSaveReorderPolicy = (partId: string) => {
  const invalidate = useInvalidateParts()
  return useMutation({
    mutationFn: (body: ReorderPolicyPayload) =>
      sdk.client.fetch<{ reorder_policy: ReorderPolicy }>(`/admin/spare-parts/${partId}/reorder-policies`, {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

export const useDeleteReorderPolicy = (partId: string) => {
  const invalidate = useInvalidateParts()
  return useMutation({
    mutationFn: (policyId: string) =>
      sdk.client.fetch(`/admin/spare-parts/${partId}/reorder-policies/${policyId}`, { method: "DELETE" }),
    onSuccess: invalidate,
  })
}

/** Parts and offers import at /admin/spare-parts/import, suppliers at /admin/suppliers/import. */
export const useImportCsv = () => {
  const queryClient = useQueryClient()
  return useMutation<ImportResult, FetchError, { type: ImportType; csv: string; dry_run: boolean }>({
    mutationFn: async ({ type, csv, dry_run }) => {
      const { import: result } = await sdk.client.fetch<{ import: ImportResult }>(
        type === "suppliers" ? "/admin/suppliers/import" : "/admin/spare-parts/import",
        { method: "POST", body: type === "suppliers" ? { csv, dry_run } : { type, csv, dry_run } }
      )
      return result
    },
    onSuccess: (result) => {
      if (result.written) {
        queryClient.invalidateQueries({ queryKey: sparePartQueryKeys.all })
        queryClient.invalidateQueries({ queryKey: ["aftersales", "suppliers"] })
      }
    },
  })
}

function filenameFrom(disposition: string | null, fallback: string): string {
  const match = disposition?.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i)
  return match?.[1] ? decodeURIComponent(match[1]) : fallback
}

/** Downloads the parts, offers or suppliers CSV (the js-sdk hands back the raw Response). */
export const useExportCsv = () =>
  useMutation<void, FetchError, ImportType>({
    mutationFn: async (type) => {
      const response = await sdk.client.fetch<Response>(
        type === "suppliers" ? "/admin/suppliers/export" : "/admin/spare-parts/export",
        { query: type === "suppliers" ? {} : { type }, headers: { accept: "text/csv" } }
      )
      const blob = await response.blob()
      const url = URL.createObjectURL(blob)
      const link = document.createElement("a")
      link.href = url
      link.download = filenameFrom(response.headers.get("content-disposition"), `${type}.csv`)
      document.body.appendChild(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 1_000)
    },
  })

// --- host data used by the part pages (host admin API) ---

export type StockLocation = { id: string; name: string }

export const useStockLocations = () => {
  const { data, ...rest } = useQuery({
    queryKey: ["aftersales", "spare-parts", "stock-locations"],
    queryFn: () =>
      sdk.client.fetch<{ stock_locations: StockLocation[] }>("/admin/stock-locations", {
        query: { limit: 200, fields: "id,name" },
      }),
  })
  return { stock_locations: data?.stock_locations, ...rest }
}

export type VariantOption = {
  id: string
  sku: string | null
  title: string
  product?: { id: string; title: string } | null
}

export const useVariantSearch = (q: string) => {
  const { data, ...rest } = useQuery({
    queryKey: ["aftersales", "spare-parts", "variant-search", q],
    queryFn: () =>
      sdk.client.fetch<{ variants: VariantOption[] }>("/admin/product-variants", {
        query: { q, limit: 10, fields: "id,sku,title,product.id,product.title" },
      }),
    enabled: q.trim().length > 0,
  })
  return { variants: data?.variants, ...rest }
}

export type ProductOption = { id: string; title: string; handle: string; thumbnail: string | null }

export const useProductOptions = (query: { q?: string; id?: string[] }, enabled = true) => {
  const { data, ...rest } = useQuery({
    queryKey: ["aftersales", "spare-parts", "products", query],
    queryFn: () =>
      sdk.client.fetch<{ products: ProductOption[] }>("/admin/products", {
        query: { ...query, limit: 20, fields: "id,title,handle,thumbnail" },
      }),
    enabled,
  })
  return { products: data?.products, ...rest }
}

export type SupplierOption = { id: string; code: string; name: string; currency_code: string; lead_time_days: number }

export const useSupplierOptions = (enabled = true) => {
  const { data, ...rest } = useQuery({
    queryKey: ["aftersales", "spare-parts", "supplier-options"],
    queryFn: () =>
      sdk.client.fetch<{ suppliers: SupplierOption[] }>("/admin/suppliers", {
        query: { limit: 200, fields: "id,code,name,currency_code,lead_time_days", order: "name" },
      }),
    enabled,
  })
  return { suppliers: data?.suppliers, ...rest }
}
