import { FetchError } from "@medusajs/js-sdk"
import { QueryKey, useQuery, UseQueryOptions } from "@tanstack/react-query"

import { sdk } from "../../lib/sdk"
import { PermissionCatalogResponse } from "../../lib/types"

export const permissionCatalogQueryKey = ["aftersales", "permissions"] as const

/** The resources × actions catalogue that custom roles are built from. */
export const usePermissionCatalog = (
  options?: Omit<
    UseQueryOptions<
      PermissionCatalogResponse,
      FetchError,
      PermissionCatalogResponse,
      QueryKey
    >,
    "queryKey" | "queryFn"
  >
) => {
  const { data, ...rest } = useQuery({
    queryKey: permissionCatalogQueryKey,
    queryFn: () =>
      sdk.client.fetch<PermissionCatalogResponse>(
        "/admin/aftersales/permissions"
      ),
    staleTime: Infinity,
    ...options,
  })

  return { ...data, ...rest }
}
