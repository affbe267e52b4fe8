import { computeTechnicianPerformance, findRepeatedRepairs, RepairFigureInput } from "../performance"

const day = 24 * 60 * 60 * 1000
const at = (days: number) => new Date(Date.UTC(2026, 0, 1) + days * day).toISOString()

function repair(over: Partial<RepairFigureInput> & { id: string }): RepairFigureInput {
  return { technician_id: "tech_1", stage_category: "resolved", created_at: at(0), ...over }
}

describe("technician performance", () => {
  it("counts a repair followed by a repeat on the same serial within 30 days as not fixed first time", () => {
    const repairs = [
      repair({ id: "r1", serial_number: "SN-1", created_at: at(0), completed_at: at(2) }),
      // repeat on the same unit 10 days after completion, another technician
      repair({ id: "r2", serial_number: "sn-1", technician_id: "tech_2", stage_category: "open", created_at: at(12) }),
      // repeat more than 30 days after completion of r3: does not count
      repair({ id: "r3", serial_number: "SN-3", created_at: at(0), completed_at: at(1) }),
      repair({ id: "r4", serial_number: "SN-3", technician_id: "tech_2", created_at: at(40) }),
    ]
    const figures = computeTechnicianPerformance({ technician_id: "tech_1", repairs })
    expect(figures.jobs_done).toBe(2)
    expect(figures.repeat_repairs).toBe(1)
    expect(figures.first_time_fixes).toBe(1)
    expect(figures.first_time_fix_rate).toBe(0.5)
  })

  it("matches units by line item when there is no serial and ignores canceled repeats", () => {
    const done = [repair({ id: "a", line_item_id: "item_1", completed_at: at(3) })]
    expect(
      findRepeatedRepairs(done, [...done, repair({ id: "b", line_item_id: "item_1", created_at: at(5) })])
    ).toEqual(new Set(["a"]))
    expect(
      findRepeatedRepairs(done, [
        ...done,
        repair({ id: "c", line_item_id: "item_1", created_at: at(5), stage_category: "canceled" }),
        repair({ id: "d", line_item_id: "item_2", created_at: at(5) }),
      ]).size
    ).toBe(0)
  })

  it("computes turnaround, on-time rate, parts cost per job, rating and open jobs", () => {
    const repairs = [
      repair({
        id: "a",
        created_at: at(0),
        received_at: at(1),
        completed_at: at(3),
        planned_end_at: at(4),
        customer_rating: 5,
        part_lines: [
          { status: "issued", quantity_issued: 3, quantity_returned: 1, unit_cost: 10 },
          { status: "canceled", quantity_issued: 0, unit_cost: 99 },
        ],
      }),
      repair({ id: "b", created_at: at(0), completed_at: at(1), planned_end_at: at(0.5), customer_rating: 3 }),
      repair({ id: "c", stage_category: "open", created_at: at(2) }),
      repair({ id: "d", stage_category: "waiting", created_at: at(2) }),
      repair({ id: "e", technician_id: "other", stage_category: "open", created_at: at(2) }),
    ]
    const figures = computeTechnicianPerformance({ technician_id: "tech_1", repairs })
    expect(figures.jobs_done).toBe(2)
    expect(figures.open_jobs).toBe(2)
    expect(figures.mean_turnaround_hours).toBe(36) // (48 + 24) / 2
    expect(figures.on_time_rate).toBe(0.5)
    expect(figures.parts_cost_total).toBe(20)
    expect(figures.parts_cost_per_job).toBe(10)
    expect(figures.mean_rating).toBe(4)
    expect(figures.by_month).toEqual([{ period: "2026-01", jobs_done: 2, mean_turnaround_hours: 36 }])
  })

  it("limits jobs done to the window and returns nulls without jobs", () => {
    const repairs = [repair({ id: "a", completed_at: at(3) })]
    const figures = computeTechnicianPerformance({
      technician_id: "tech_1",
      repairs,
      from: new Date(at(10)),
    })
    expect(figures.jobs_done).toBe(0)
    expect(figures.first_time_fix_rate).toBeNull()
    expect(figures.mean_turnaround_hours).toBeNull()
    expect(figures.mean_rating).toBeNull()
  })
})
