import { z } from "@medusajs/framework/zod"

/** Body of POST /admin/oms/return-reasons/seed: the language of the reasons' labels. */
export const SeedReturnReasonsBody = z.object({ locale: z.enum(["en", "id"]).default("en") }).strict()

export type SeedReturnReasonsBodyType = z.infer<typeof SeedReturnReasonsBody>
