import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sortProblems, type CsvProblem } from "../../../lib/spare-parts/csv-import"
import { parseWarrantyCsv } from "../../../lib/warranty/csv-import"
import { WARRANTY_MODULE } from "../../../modules/warranty"
import type WarrantyModuleService from "../../../modules/warranty/service"
import { resolveManualRegistrations, serialsInUse } from "./manual-registrations"
import type { NewWarrantyRegistration } from "./registrations"

export type WarrantyImportPlan = {
  problems: CsvProblem[]
  assignments: { id: string; serial_number: string; line: number }[]
  creates: (NewWarrantyRegistration & { line: number })[]
  unchanged: number
  rows: number
}

/**
 * Checks a serial-number CSV against the database: the order unit exists (by order number,
 * SKU and unit), is not voided and has no other serial; serials are not held by another live
 * registration; units sold elsewhere resolve to a customer, product and policy. Read only.
 */
export const planWarrantyImportStep = createStep(
  "plan-warranty-import",
  async (input: { csv: string }, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const { rows, problems } = parseWarrantyCsv(input.csv)
    const plan: WarrantyImportPlan = { problems: [...problems], assignments: [], creates: [], unchanged: 0, rows: rows.length }

    const assign = rows.filter((row) => row.mode === "assign") as Extract<(typeof rows)[number], { mode: "assign" }>[]
    const create = rows.filter((row) => row.mode === "create") as Extract<(typeof rows)[number], { mode: "create" }>[]

    if (assign.length) {
      const registrations = await warranty.listWarrantyRegistrations(
        { order_display_id: [...new Set(assign.map((row) => row.order_display_id))], kind: "standard" },
        { select: ["id", "order_display_id", "sku", "unit_index", "status", "serial_number", "created_at"], take: null, order: { created_at: "ASC" } }
      )
      const taken = await serialsInUse(container, assign.map((row) => row.serial_number))
      for (const row of assign) {
        const target = registrations.find(
          (reg) => reg.order_display_id === row.order_display_id && reg.sku === row.sku && reg.unit_index === row.unit_index
        )
        if (!target) {
          plan.problems.push({
            line: row.line,
            message: `Order #${row.order_display_id} has no warranty registration for SKU ${row.sku} unit ${row.unit_index}.`,
          })
          continue
        }
        if (target.status === "voided") {
          plan.problems.push({ line: row.line, message: `The registration of order #${row.order_display_id} SKU ${row.sku} unit ${row.unit_index} is voided.` })
          continue
        }
        if (target.serial_number === row.serial_number) {
          plan.unchanged++
          continue
        }
        if (target.serial_number) {
          plan.problems.push({
            line: row.line,
            message: `Order #${row.order_display_id} SKU ${row.sku} unit ${row.unit_index} already has serial ${target.serial_number}; change it on the registration.`,
          })
          continue
        }
        const holder = taken.get(row.serial_number)
        if (holder && holder !== target.id) {
          plan.problems.push({ line: row.line, message: `Serial number ${row.serial_number} is already registered (${holder}).` })
          continue
        }
        if (plan.assignments.some((other) => other.id === target.id)) {
          plan.problems.push({ line: row.line, message: `Order #${row.order_display_id} SKU ${row.sku} unit ${row.unit_index} appears twice.` })
          continue
        }
        plan.assignments.push({ id: target.id, serial_number: row.serial_number, line: row.line })
      }
    }

    if (create.length) {
      const resolved = await resolveManualRegistrations(
        container,
        create.map((row) => ({
          customer_id: row.customer_id,
          customer_email: row.customer_email,
          customer_name: row.customer_name,
          sku: row.sku,
          product_title: row.product_title,
          serial_number: row.serial_number,
          purchased_at: row.purchased_at,
          policy: row.policy,
        })),
        "import"
      )
      for (const problem of resolved.problems) {
        plan.problems.push({ line: create[problem.index].line, message: problem.message })
      }
      if (!resolved.problems.length) {
        plan.creates = resolved.rows.map((row, index) => ({ ...row, line: create[index].line }))
      }
    }
    plan.problems = sortProblems(plan.problems)
    return new StepResponse(plan)
  }
)
