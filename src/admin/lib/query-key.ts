import type { QueryKey } from "@tanstack/react-query"

/** Query keys in the shape the Medusa dashboard uses: [scope, "list"|"detail", ...]. */
export const queryKeysFactory = <const T extends string>(scope: T) => {
  const all = ["aftersales", scope] as const

  return {
    all,
    lists: () => [...all, "list"] as QueryKey,
    list: (query?: Record<string, unknown>) =>
      [...all, "list", { query }] as QueryKey,
    details: () => [...all, "detail"] as QueryKey,
    detail: (id: string, query?: Record<string, unknown>) =>
      [...all, "detail", id, { query }] as QueryKey,
  }
}
