import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CARTON_MAX } from "../../../lib/limits"
import { validateCarton } from "../../../lib/packing"
import type { Carton as PackingCarton } from "../../../lib/packing"
import { WAREHOUSE_MODULE } from "../../../modules/warehouse"
import type WarehouseModuleService from "../../../modules/warehouse/service"

export interface CartonFields {
  code: string
  name: string
  inner_length_cm: number
  inner_width_cm: number
  inner_height_cm: number
  tare_g: number
  max_weight_g: number
  cost?: number
  active?: boolean
}

export interface CreateCartonInput extends CartonFields {
  stock_location_id: string
}

export interface UpdateCartonInput extends Partial<Omit<CartonFields, "code">> {
  stock_location_id: string
  code: string
}

export interface DeleteCartonInput {
  stock_location_id: string
  code: string
}

/** A stored carton (grams as `tare_g`) in the shape `src/lib/packing` works with (id = code). */
export function toPackingCarton(carton: CartonFields): PackingCarton {
  return {
    id: carton.code,
    name: carton.name,
    inner_length_cm: Number(carton.inner_length_cm),
    inner_width_cm: Number(carton.inner_width_cm),
    inner_height_cm: Number(carton.inner_height_cm),
    tare_weight_g: Number(carton.tare_g),
    max_weight_g: Number(carton.max_weight_g),
    cost: Number(carton.cost ?? 0),
  }
}

function assertValidCarton(carton: CartonFields) {
  const problems = validateCarton(toPackingCarton(carton))
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid carton: ${problems.join("; ")}`)
  }
}

async function findCarton(warehouse: WarehouseModuleService, stockLocationId: string, code: string) {
  const [carton] = await warehouse.listCartons({ stock_location_id: stockLocationId, code })
  return carton ?? null
}

const carton404 = (input: { stock_location_id: string; code: string }) =>
  new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Carton ${input.code} was not found at stock location ${input.stock_location_id}`
  )

export const createCartonStepId = "oms-create-carton"

/** Adds a carton to the centre's catalogue (validateCarton, unique code, at most 20); compensation deletes it. */
export const createCartonStep = createStep(
  createCartonStepId,
  async (input: CreateCartonInput, { container }) => {
    assertValidCarton(input)
    const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
    if (await findCarton(warehouse, input.stock_location_id, input.code)) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Carton ${input.code} already exists at stock location ${input.stock_location_id}`
      )
    }
    // Every carton is tried for every parcel of a recommendation: the catalogue size bounds that work.
    const count = await warehouse.listCartons({ stock_location_id: input.stock_location_id }, { select: ["id"], take: null })
    if (count.length >= CARTON_MAX.catalogue) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `code: a centre keeps at most ${CARTON_MAX.catalogue} carton sizes; delete one before adding ${input.code}`
      )
    }
    const created = await warehouse.createCartons(input as never)
    return new StepResponse(created, created.id as string)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
    await warehouse.deleteCartons(id)
  }
)

export const updateCartonStepId = "oms-update-carton"

/** Updates a carton found by code (validateCarton on the result); compensation restores it. */
export const updateCartonStep = createStep(
  updateCartonStepId,
  async (input: UpdateCartonInput, { container }) => {
    const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
    const existing = await findCarton(warehouse, input.stock_location_id, input.code)
    if (!existing) throw carton404(input)
    const { stock_location_id, code, ...changes } = input
    assertValidCarton({ ...(existing as unknown as CartonFields), ...changes })
    const updated = await warehouse.updateCartons({ id: existing.id, ...changes } as never)
    const before: Record<string, unknown> = { id: existing.id }
    for (const key of Object.keys(changes)) before[key] = (existing as any)[key]
    return new StepResponse(updated, before)
  },
  async (before: Record<string, unknown> | undefined, { container }) => {
    if (!before) return
    const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
    await warehouse.updateCartons(before as never)
  }
)

export const deleteCartonStepId = "oms-delete-carton"

/** Removes a carton from the catalogue (soft delete); compensation restores it. */
export const deleteCartonStep = createStep(
  deleteCartonStepId,
  async (input: DeleteCartonInput, { container }) => {
    const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
    const existing = await findCarton(warehouse, input.stock_location_id, input.code)
    if (!existing) throw carton404(input)
    await warehouse.softDeleteCartons([existing.id])
    return new StepResponse({ id: existing.id as string }, existing.id as string)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    const warehouse: WarehouseModuleService = container.resolve(WAREHOUSE_MODULE)
    await warehouse.restoreCartons([id])
  }
)
