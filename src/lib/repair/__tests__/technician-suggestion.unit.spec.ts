import { rankTechnicians, SuggestionTechnicianInput } from "../technician-suggestion"

const base = (over: Partial<SuggestionTechnicianInput>): SuggestionTechnicianInput => ({
  id: "t",
  name: "T",
  location_id: null,
  user_id: null,
  capacity: 4,
  is_active: true,
  skills: [],
  certifications: [],
  ...over,
})

describe("rankTechnicians", () => {
  const repair = { product_category_ids: ["pcat_phone"], location_id: "sloc_a" }

  it("ranks by skill level first when workload and location are equal", () => {
    const result = rankTechnicians({
      repair,
      technicians: [
        base({ id: "low", name: "Low", skills: [{ product_category_id: "pcat_phone", level: 2 }] }),
        base({ id: "high", name: "High", skills: [{ product_category_id: "pcat_phone", level: 5, category_name: "Phones" }] }),
        base({ id: "none", name: "None", skills: [{ product_category_id: "pcat_other", level: 5 }] }),
      ],
      open_jobs: {},
    })
    expect(result.map((s) => s.technician.id)).toEqual(["high", "low", "none"])
    expect(result[0].skill_level).toBe(5)
    expect(result[0].reasons).toContain("Skill level 5 in Phones")
    expect(result[2].skill_level).toBe(0)
    expect(result[2].reasons).toContain("No skill in the product's categories")
  })

  it("prefers free capacity and the repair's location, and drops inactive technicians", () => {
    const skills = [{ product_category_id: "pcat_phone", level: 3 }]
    const result = rankTechnicians({
      repair,
      technicians: [
        base({ id: "busy", name: "Busy", skills, location_id: "sloc_a" }),
        base({ id: "free", name: "Free", skills, location_id: "sloc_a" }),
        base({ id: "far", name: "Far", skills, location_id: "sloc_b" }),
        base({ id: "off", name: "Off", skills, location_id: "sloc_a", is_active: false }),
      ],
      open_jobs: { busy: 4, free: 1, far: 0 },
    })
    expect(result.map((s) => s.technician.id)).toEqual(["free", "far", "busy"])
    expect(result[0].score).toBe(30 + 22.5 + 20)
    expect(result[1].score).toBe(30 + 30)
    expect(result[2].reasons).toContain("At capacity (4 of 4 open jobs)")
    expect(result[1].reasons).toContain("Works at another location")
  })

  it("notes expired certifications and lowers the score", () => {
    const now = new Date("2026-06-01T00:00:00Z")
    const [first, second] = rankTechnicians({
      repair: { product_category_ids: [], location_id: null },
      technicians: [
        base({ id: "a", name: "A", certifications: [{ name: "IPC", expires_at: "2026-01-01T00:00:00Z" }] }),
        base({ id: "b", name: "B", certifications: [{ name: "IPC", expires_at: "2027-01-01T00:00:00Z" }] }),
      ],
      open_jobs: {},
      now,
    })
    expect(first.technician.id).toBe("b")
    expect(second.score).toBe(first.score - 5)
    expect(second.reasons).toContain("Certification IPC expired on 2026-01-01")
  })
})
