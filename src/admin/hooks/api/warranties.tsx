import { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"

import { queryKeysFactory } from "../../lib/query-key"
import { sdk } from "../../lib/sdk"

export const WARRANTY_STATUSES = ["pending", "active", "expired", "voided"] as const
export const WARRANTY_KINDS = ["standard", "extended"] as const
export const WARRANTY_COVERAGES = ["parts", "labour", "parts_and_labour"] as const
export const WARRANTY_START_BASES = ["order_date", "fulfillment_date", "delivery_date"] as const

export const WARRANTY_PERMISSIONS = {
  READ: "warranties:read",
  WRITE: "warranties:write",
  CONFIGURE: "warranties:configure",
  EXPORT: "warranties:export",
} as const

export type WarrantyPolicy = {
  id: string
  name: string
  description: string | null
  kind: "standard" | "extended"
  duration_months: number
  coverage: (typeof WARRANTY_COVERAGES)[number]
  conditions: string | null
  start_basis: (typeof WARRANTY_START_BASES)[number]
  product_ids: string[]
  collection_ids: string[]
  type_ids: string[]
  tag_ids: string[]
  variant_ids: string[]
  sale_variant_ids: string[]
  is_default: boolean
  is_active: boolean
  created_at: string
}

export type WarrantyPolicyPayload = Partial<Omit<WarrantyPolicy, "id" | "created_at">>

export type WarrantyEntitlement = {
  status: "in_warranty" | "extended" | "out_of_warranty" | "unknown"
  covered: boolean
  covers_parts: boolean
  covers_labour: boolean
  coverage: string | null
  registration_id: string | null
  covering_registration_id: string | null
  policy_id: string | null
  policy_name: string | null
  starts_at: string | null
  ends_at: string | null
  reason: "covered" | "pending" | "voided" | "expired" | "not_registered"
  checked_at: string
}

export type WarrantyRegistration = {
  id: string
  kind: "standard" | "extended"
  source: "order" | "manual" | "import"
  status: (typeof WARRANTY_STATUSES)[number]
  customer_id: string | null
  customer_email: string | null
  customer_name: string | null
  order_id: string | null
  order_display_id: number | null
  line_item_id: string | null
  unit_index: number
  product_id: string | null
  variant_id: string | null
  product_title: string | null
  variant_title: string | null
  sku: string | null
  serial_number: string | null
  coverage: string
  duration_months: number
  purchased_at: string
  starts_at: string | null
  ends_at: string | null
  extends_registration_id: string | null
  voided_at: string | null
  void_reason: string | null
  created_at: string
  policy: { id: string; name: string; kind: string; start_basis: string } | null
  entitlement?: WarrantyEntitlement
}

export type ManualWarrantyPayload = {
  customer_id?: string | null
  customer_email?: string | null
  customer_name?: string | null
  product_id?: string | null
  variant_id?: string | null
  sku?: string | null
  product_title?: string | null
  serial_number?: string | null
  purchased_at: string
  policy_id?: string | null
}

export type WarrantyImportResult = {
  dry_run: boolean
  valid: boolean
  written: boolean
  rows: number
  assign: number
  create: number
  unchanged: number
  preview: { line: number; action: "assign" | "create"; registration_id: string | null; serial_number: string | null; product_title?: string | null; customer_email?: string | null; ends_at?: string | null }[]
  errors: { line: number; message: string }[]
}

export type WarrantySettings = { expiry_reminder_days: number; notify_customers: boolean }

type List<Key extends string, T> = { [K in Key]: T[] } & { count: number; offset: number; limit: number }

export const warrantyQueryKeys = queryKeysFactory("warranties")
export const warrantyPolicyQueryKeys = queryKeysFactory("warranty-policies")
const settingsKey = ["warranty-settings"]

export const useWarranties = (query: Record<string, unknown>, options: { enabled?: boolean } = {}) => {
  const { data, ...rest } = useQuery({
    queryKey: warrantyQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<List<"warranties", WarrantyRegistration>>("/admin/warranties", { query }),
    placeholderData: keepPreviousData,
    ...options,
  })
  return { ...data, ...rest }
}

export const useWarranty = (id: string | null) => {
  const { data, ...rest } = useQuery({
    queryKey: warrantyQueryKeys.detail(id ?? ""),
    queryFn: () => sdk.client.fetch<{ warranty: WarrantyRegistration }>(`/admin/warranties/${id}`),
    enabled: !!id,
  })
  return { ...data, ...rest }
}

export const useWarrantyEntitlement = (query: Record<string, unknown> | null) => {
  const { data, ...rest } = useQuery({
    queryKey: [...warrantyQueryKeys.all, "entitlement", query],
    queryFn: () =>
      sdk.client.fetch<{ entitlement: WarrantyEntitlement; registrations: WarrantyRegistration[] }>(
        "/admin/warranties/entitlement",
        { query: query ?? {} }
      ),
    enabled: !!query,
  })
  return { ...data, ...rest }
}

const useInvalidateWarranties = () => {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: warrantyQueryKeys.all }),
      queryClient.invalidateQueries({ queryKey: warrantyPolicyQueryKeys.all }),
    ])
}

export const useCreateManualWarranty = () => {
  const invalidate = useInvalidateWarranties()
  return useMutation<{ warranty: WarrantyRegistration }, FetchError, ManualWarrantyPayload>({
    mutationFn: (body) => sdk.client.fetch("/admin/warranties", { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export const useUpdateWarranty = () => {
  const invalidate = useInvalidateWarranties()
  return useMutation<{ warranty: WarrantyRegistration }, FetchError, { id: string; serial_number: string | null }>({
    mutationFn: ({ id, ...body }) => sdk.client.fetch(`/admin/warranties/${id}`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export const useVoidWarranty = () => {
  const invalidate = useInvalidateWarranties()
  return useMutation<{ warranty: WarrantyRegistration }, FetchError, { id: string; reason: string }>({
    mutationFn: ({ id, reason }) => sdk.client.fetch(`/admin/warranties/${id}/void`, { method: "POST", body: { reason } }),
    onSuccess: invalidate,
  })
}

export const useImportWarranties = () => {
  const invalidate = useInvalidateWarranties()
  return useMutation<{ import: WarrantyImportResult }, FetchError, { csv: string; dry_run: boolean }>({
    mutationFn: (body) => sdk.client.fetch("/admin/warranties/import", { method: "POST", body }),
    onSuccess: (data) => (data.import.written ? invalidate() : undefined),
  })
}

export const useWarrantyPolicies = (query: Record<string, unknown>) => {
  const { data, ...rest } = useQuery({
    queryKey: warrantyPolicyQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<List<"warranty_policies", WarrantyPolicy>>("/admin/warranty-policies", { query }),
    placeholderData: keepPreviousData,
  })
  return { ...data, ...rest }
}

export const useSaveWarrantyPolicy = () => {
  const invalidate = useInvalidateWarranties()
  return useMutation<{ warranty_policy: WarrantyPolicy }, FetchError, { id?: string; body: WarrantyPolicyPayload }>({
    mutationFn: ({ id, body }) =>
      sdk.client.fetch(id ? `/admin/warranty-policies/${id}` : "/admin/warranty-policies", { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export const useDeleteWarrantyPolicy = () => {
  const invalidate = useInvalidateWarranties()
  return useMutation<unknown, FetchError, string>({
    mutationFn: (id) => sdk.client.fetch(`/admin/warranty-policies/${id}`, { method: "DELETE" }),
    onSuccess: invalidate,
  })
}

export const useWarrantySettings = () => {
  const { data, ...rest } = useQuery({
    queryKey: settingsKey,
    queryFn: () => sdk.client.fetch<{ warranty_settings: WarrantySettings }>("/admin/warranties/settings"),
  })
  return { ...data, ...rest }
}

export const useUpdateWarrantySettings = () => {
  const queryClient = useQueryClient()
  return useMutation<{ warranty_settings: WarrantySettings }, FetchError, Partial<WarrantySettings>>({
    mutationFn: (body) => sdk.client.fetch("/admin/warranties/settings", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKey }),
  })
}

/** Products, collections, types, tags and variants of the host catalogue for the scope pickers. */
export const useCatalogueOptions = (kind: "products" | "collections" | "product-types" | "product-tags" | "variants", q: string) => {
  const path =
    kind === "variants" ? "/admin/product-variants" : `/admin/${kind}`
  const fields =
    kind === "products" ? "id,title" : kind === "collections" ? "id,title" : kind === "variants" ? "id,title,sku,product.title" : "id,value"
  const { data, ...rest } = useQuery({
    queryKey: ["warranty-catalogue", kind, q],
    queryFn: () => sdk.client.fetch<Record<string, any>>(path, { query: { q: q || undefined, limit: 50, fields } }),
    placeholderData: keepPreviousData,
  })
  const key = kind === "product-types" ? "product_types" : kind === "product-tags" ? "product_tags" : kind
  const rows: any[] = data?.[key] ?? []
  const options = rows.map((row) => ({
    id: row.id as string,
    label:
      kind === "variants"
        ? `${row.product?.title ?? ""} · ${row.title}${row.sku ? ` (${row.sku})` : ""}`
        : ((row.title ?? row.value ?? row.id) as string),
  }))
  return { options, ...rest }
}
