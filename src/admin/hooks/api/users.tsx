import { FetchError } from "@medusajs/js-sdk"
import { QueryKey, useQuery, UseQueryOptions } from "@tanstack/react-query"

import { sdk } from "../../lib/sdk"
import { AdminUserSummary } from "../../lib/types"

type UsersResponse = {
  users: AdminUserSummary[]
  count: number
  offset: number
  limit: number
}

export const adminUsersQueryKey = ["aftersales", "admin-users"] as const

/** Core admin users (`GET /admin/users`), only the fields needed to label role assignments. */
export const useAdminUsers = (
  options?: Omit<
    UseQueryOptions<UsersResponse, FetchError, UsersResponse, QueryKey>,
    "queryKey" | "queryFn"
  >
) => {
  const { data, ...rest } = useQuery({
    queryKey: adminUsersQueryKey,
    queryFn: () =>
      sdk.client.fetch<UsersResponse>("/admin/users", {
        query: { fields: "id,email,first_name,last_name", limit: 1000 },
      }),
    staleTime: 60_000,
    ...options,
  })

  return { ...data, ...rest }
}
