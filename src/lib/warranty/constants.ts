export const WARRANTY_COVERAGES = ["parts", "labour", "parts_and_labour"] as const
export type WarrantyCoverage = (typeof WARRANTY_COVERAGES)[number]

/** Which host date starts the warranty clock of a sold unit. */
export const WARRANTY_START_BASES = ["order_date", "fulfillment_date", "delivery_date"] as const
export type WarrantyStartBasis = (typeof WARRANTY_START_BASES)[number]

/** `standard` covers a product as sold; `extended` is itself sold as a variant and extends another item. */
export const WARRANTY_POLICY_KINDS = ["standard", "extended"] as const
export type WarrantyPolicyKind = (typeof WARRANTY_POLICY_KINDS)[number]

/** `pending`: sold, waiting for the start event of its policy (fulfilment or delivery). */
export const WARRANTY_REGISTRATION_STATUSES = ["pending", "active", "expired", "voided"] as const
export type WarrantyRegistrationStatus = (typeof WARRANTY_REGISTRATION_STATUSES)[number]

export const WARRANTY_REGISTRATION_SOURCES = ["order", "manual", "import"] as const
export type WarrantyRegistrationSource = (typeof WARRANTY_REGISTRATION_SOURCES)[number]
