import { z } from "@medusajs/framework/zod"

export const AdminImportSuppliers = z
  .object({
    csv: z.string().min(1).max(5_000_000),
    dry_run: z.boolean().optional(),
  })
  .strict()
export type AdminImportSuppliersType = z.infer<typeof AdminImportSuppliers>
