import { ReactNode } from "react"

import { useAftersalesPermissions } from "../hooks/use-permissions"
import { ErrorState, LoadingState, NoPermissionState } from "./states"

type PermissionGateProps = {
  /** One "resource:action" permission, or several of which the user needs all. */
  permission: string | string[]
  children: ReactNode
  /** Rendered when the permission is missing (default: nothing). */
  fallback?: ReactNode
}

const toList = (permission: string | string[]) =>
  Array.isArray(permission) ? permission : [permission]

/**
 * Renders its children only when the current user holds the permission. Used to hide actions
 * (buttons, menu entries) the server would refuse anyway; the server stays the authority.
 */
export const PermissionGate = ({
  permission,
  children,
  fallback = null,
}: PermissionGateProps) => {
  const { can, isPending } = useAftersalesPermissions()

  if (isPending) {
    return null
  }

  return <>{toList(permission).every(can) ? children : fallback}</>
}

/** Page-level gate: loading and error states, and a clear "no permission" message. */
export const RequirePermission = ({
  permission,
  children,
}: Omit<PermissionGateProps, "fallback">) => {
  const { can, isPending, isError, error, refetch } =
    useAftersalesPermissions()

  if (isPending) {
    return <LoadingState />
  }

  if (isError) {
    return <ErrorState error={error} onRetry={() => refetch()} />
  }

  const missing = toList(permission).find((p) => !can(p))
  if (missing) {
    return <NoPermissionState permission={missing} />
  }

  return <>{children}</>
}
