import { FetchError } from "@medusajs/js-sdk"
import {
  QueryKey,
  useMutation,
  UseMutationOptions,
  useQuery,
  useQueryClient,
  UseQueryOptions,
} from "@tanstack/react-query"

import { queryKeysFactory } from "../../lib/query-key"
import { sdk } from "../../lib/sdk"

export type AssignmentStrategy = "fixed" | "round_robin" | "least_loaded"

export type AssignmentRule = {
  id: string
  name: string
  rank: number
  is_active: boolean
  ticket_types: string[]
  channels: string[]
  priorities: string[]
  product_category_ids: string[]
  tags: string[]
  strategy: AssignmentStrategy
  team: string | null
  member_user_ids: string[]
  last_assigned_user_id: string | null
  created_at: string
  updated_at: string
}

export type AssignmentRulePayload = Partial<
  Pick<
    AssignmentRule,
    | "name"
    | "rank"
    | "is_active"
    | "ticket_types"
    | "channels"
    | "priorities"
    | "product_category_ids"
    | "tags"
    | "strategy"
    | "team"
    | "member_user_ids"
  >
>

type AssignmentRulesResponse = {
  assignment_rules: AssignmentRule[]
  count: number
  offset: number
  limit: number
}
type AssignmentRuleResponse = { assignment_rule: AssignmentRule }

export type ProductCategorySummary = {
  id: string
  name: string
  parent_category_id: string | null
}

export const assignmentRuleQueryKeys = queryKeysFactory("assignment-rules")

type QueryOptions<T> = Omit<UseQueryOptions<T, FetchError, T, QueryKey>, "queryKey" | "queryFn">

/** Every rule in evaluation order. */
export const useAssignmentRules = (options?: QueryOptions<AssignmentRulesResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: assignmentRuleQueryKeys.list(),
    queryFn: () =>
      sdk.client.fetch<AssignmentRulesResponse>("/admin/assignment-rules", {
        query: { limit: 1000, order: "rank" },
      }),
    ...options,
  })
  return { ...data, ...rest }
}

/** Core product categories (`GET /admin/product-categories`), for category conditions. */
export const useProductCategories = (
  options?: QueryOptions<{ product_categories: ProductCategorySummary[]; count: number }>
) => {
  const { data, ...rest } = useQuery({
    queryKey: ["aftersales", "core-product-categories"],
    queryFn: () =>
      sdk.client.fetch<{ product_categories: ProductCategorySummary[]; count: number }>(
        "/admin/product-categories",
        { query: { fields: "id,name,parent_category_id", limit: 1000 } }
      ),
    staleTime: 60_000,
    ...options,
  })
  return { ...data, ...rest }
}

const useInvalidateRules = () => {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: assignmentRuleQueryKeys.all })
}

export const useSaveAssignmentRule = (
  id?: string,
  options?: UseMutationOptions<AssignmentRuleResponse, FetchError, AssignmentRulePayload>
) => {
  const invalidate = useInvalidateRules()
  return useMutation({
    mutationFn: (body: AssignmentRulePayload) =>
      sdk.client.fetch<AssignmentRuleResponse>(
        id ? `/admin/assignment-rules/${id}` : "/admin/assignment-rules",
        { method: "POST", body }
      ),
    ...options,
    onSuccess: (data, variables, context) => {
      invalidate()
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useDeleteAssignmentRule = (
  options?: UseMutationOptions<{ id: string }, FetchError, string>
) => {
  const invalidate = useInvalidateRules()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ id: string }>(`/admin/assignment-rules/${id}`, { method: "DELETE" }),
    ...options,
    onSuccess: (data, variables, context) => {
      invalidate()
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useReorderAssignmentRules = (
  options?: UseMutationOptions<AssignmentRulesResponse, FetchError, string[]>
) => {
  const invalidate = useInvalidateRules()
  return useMutation({
    mutationFn: (ids: string[]) =>
      sdk.client.fetch<AssignmentRulesResponse>("/admin/assignment-rules/reorder", {
        method: "POST",
        body: { ids },
      }),
    ...options,
    onSuccess: (data, variables, context) => {
      invalidate()
      options?.onSuccess?.(data, variables, context)
    },
  })
}
