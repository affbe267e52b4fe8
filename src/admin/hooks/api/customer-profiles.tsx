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

export const CUSTOMER_PROFILE_PERMISSIONS = {
  READ: "customer_profiles:read",
  WRITE: "customer_profiles:write",
  CONFIGURE: "customer_profiles:configure",
} as const

export type LifecycleStage = "potential" | "new" | "returning" | "dormant"

export type CustomerServiceProfile = {
  id: string
  customer_id: string
  lifecycle_stage: LifecycleStage
  value_tier: string | null
  order_count: number
  total_spent: number | string
  currency_code: string | null
  first_order_at: string | null
  last_order_at: string | null
  computed_at: string
}

export type CustomerTier = {
  id: string
  code: string
  name: string
  min_total_spent: number | string
  min_order_count: number
  rank: number
  customer_group_id: string | null
  is_active: boolean
}

export type CustomerTierPayload = {
  code?: string
  name?: string
  min_total_spent?: number
  min_order_count?: number
  rank?: number
  is_active?: boolean
}

export type ClassificationSettings = {
  dormant_after_days: number
  mirror_customer_groups: boolean
}

export type RecomputeRun = {
  id: string
  status: "running" | "succeeded" | "failed"
  trigger: string
  total: number
  processed: number
  changed: number
  error: string | null
  started_at: string
  finished_at: string | null
}

export type CustomerOrderSummary = {
  id: string
  display_id: number
  created_at: string
  status: string
  currency_code: string
  total: number
  items: {
    id: string
    product_id: string | null
    product_title: string | null
    variant_title: string | null
    title: string
    quantity: number
  }[]
}

export const customerProfileQueryKeys = queryKeysFactory("customer-service-profiles")
export const customerTierQueryKeys = queryKeysFactory("customer-tiers")
export const classificationSettingsQueryKeys = queryKeysFactory("customer-classification-settings")
export const recomputeRunQueryKeys = queryKeysFactory("customer-profile-recompute")
const customerOrderQueryKeys = queryKeysFactory("customer-orders")

type QueryOptions<T> = Omit<UseQueryOptions<T, FetchError, T, QueryKey>, "queryKey" | "queryFn">

/** The customer's profile, or null while none has been computed (the API answers 404). */
export const useCustomerServiceProfile = (customerId: string) =>
  useQuery({
    queryKey: customerProfileQueryKeys.detail(customerId),
    queryFn: async () => {
      try {
        const { customer_service_profile } = await sdk.client.fetch<{
          customer_service_profile: CustomerServiceProfile
        }>(`/admin/customer-service-profiles/${customerId}`)
        return customer_service_profile
      } catch (error) {
        if ((error as FetchError).status === 404) {
          return null
        }
        throw error
      }
    },
  })

export const useRecomputeCustomerProfile = (customerId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ customer_service_profile: CustomerServiceProfile }>(
        `/admin/customer-service-profiles/${customerId}/recompute`,
        { method: "POST", body: {} }
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customerProfileQueryKeys.all }),
  })
}

/** The customer's latest orders with their lines, from the host's admin API. */
export const useCustomerOrders = (customerId: string, limit = 20) =>
  useQuery({
    queryKey: customerOrderQueryKeys.list({ customerId, limit }),
    queryFn: () =>
      sdk.client.fetch<{ orders: CustomerOrderSummary[]; count: number }>("/admin/orders", {
        query: {
          customer_id: customerId,
          limit,
          order: "-created_at",
          fields:
            "id,display_id,created_at,status,currency_code,total,items.id,items.title,items.product_id,items.product_title,items.variant_title,items.quantity",
        },
      }),
  })

export const useCustomerTiers = (options?: QueryOptions<{ customer_tiers: CustomerTier[] }>) =>
  useQuery({
    queryKey: customerTierQueryKeys.list(),
    queryFn: () =>
      sdk.client.fetch<{ customer_tiers: CustomerTier[] }>("/admin/customer-tiers", {
        query: { limit: 100, order: "rank" },
      }),
    ...options,
  })

export const useSaveCustomerTier = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...body }: CustomerTierPayload & { id?: string }) =>
      sdk.client.fetch<{ customer_tier: CustomerTier }>(
        id ? `/admin/customer-tiers/${id}` : "/admin/customer-tiers",
        { method: "POST", body }
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customerTierQueryKeys.all }),
  })
}

export const useDeleteCustomerTier = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch(`/admin/customer-tiers/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: customerTierQueryKeys.all }),
  })
}

export const useClassificationSettings = () =>
  useQuery({
    queryKey: classificationSettingsQueryKeys.detail("current"),
    queryFn: () =>
      sdk.client.fetch<{ customer_classification_settings: ClassificationSettings }>(
        "/admin/customer-classification-settings"
      ),
  })

export const useUpdateClassificationSettings = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: Partial<ClassificationSettings>) =>
      sdk.client.fetch<{ customer_classification_settings: ClassificationSettings }>(
        "/admin/customer-classification-settings",
        { method: "POST", body }
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: classificationSettingsQueryKeys.all }),
  })
}

/** The latest "recompute all" run; polled every second while it runs. */
export const useRecomputeStatus = () =>
  useQuery({
    queryKey: recomputeRunQueryKeys.detail("latest"),
    queryFn: () =>
      sdk.client.fetch<{ recompute_run: RecomputeRun | null }>(
        "/admin/customer-service-profiles/recompute/status"
      ),
    refetchInterval: (query) =>
      query.state.data?.recompute_run?.status === "running" ? 1000 : false,
  })

export const useStartRecompute = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ recompute_run: RecomputeRun }>(
        "/admin/customer-service-profiles/recompute",
        { method: "POST", body: {} }
      ),
    onSuccess: ({ recompute_run }) => {
      queryClient.setQueryData(recomputeRunQueryKeys.detail("latest"), { recompute_run })
      queryClient.invalidateQueries({ queryKey: customerProfileQueryKeys.all })
    },
  })
}

/** Number of the customer's tickets that are not resolved, closed or canceled yet. */
export const useOpenTicketCount = (customerId: string, enabled: boolean) =>
  useQuery({
    queryKey: ["aftersales", "service-tickets", "open-count", customerId],
    queryFn: () =>
      sdk.client.fetch<{ count: number }>("/admin/service-tickets", {
        query: {
          customer_id: customerId,
          stage_category: ["new", "open", "waiting"],
          limit: 1,
          fields: "id",
        },
      }),
    enabled,
  })
