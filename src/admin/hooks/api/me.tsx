import { FetchError } from "@medusajs/js-sdk"
import { QueryKey, useQuery, UseQueryOptions } from "@tanstack/react-query"

import { sdk } from "../../lib/sdk"
import { AftersalesMeResponse } from "../../lib/types"

export const aftersalesMeQueryKey = ["aftersales", "me"] as const

export const useAftersalesMe = (
  options?: Omit<
    UseQueryOptions<
      AftersalesMeResponse,
      FetchError,
      AftersalesMeResponse,
      QueryKey
    >,
    "queryKey" | "queryFn"
  >
) => {
  const { data, ...rest } = useQuery({
    queryKey: aftersalesMeQueryKey,
    queryFn: () =>
      sdk.client.fetch<AftersalesMeResponse>("/admin/aftersales/me"),
    staleTime: 30_000,
    ...options,
  })

  return { ...data, ...rest }
}
