import { z } from "@medusajs/framework/zod"
import { safeText } from "../../validation"

/** A customer's rating of a delivery: a whole number 1–5 and, if they like, a few words. */
export const FeedbackBody = z
  .object({
    rating: z.number().int({ message: "rating must be a whole number from 1 to 5" }).min(1, { message: "rating must be from 1 to 5" }).max(5, { message: "rating must be from 1 to 5" }),
    comment: safeText("comment", 2000, { min: 0, trim: true }).nullish(),
  })
  .strict()

export type FeedbackBodyType = z.infer<typeof FeedbackBody>
