import type { DataTablePaginationState } from "@medusajs/ui"
import { useState } from "react"

/** Server-side pagination state for a DataTable plus the matching `limit`/`offset`. */
export const usePagination = (pageSize = 20) => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize,
  })

  return {
    pagination,
    setPagination,
    resetPagination: () =>
      setPagination((prev) => ({ ...prev, pageIndex: 0 })),
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  }
}
