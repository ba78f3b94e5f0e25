import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertStockLocationExists } from "../steps/assert-stock-location"
import {
  createCartonStep,
  CreateCartonInput,
  deleteCartonStep,
  DeleteCartonInput,
  updateCartonStep,
  UpdateCartonInput,
} from "./steps/cartons"

export const createCartonWorkflowId = "oms-create-carton"

/** Adds a carton size to a centre's catalogue. 404 unknown location, 400 invalid, 422 duplicate code. */
export const createCartonWorkflow = createWorkflow(
  createCartonWorkflowId,
  (input: WorkflowData<CreateCartonInput>) => {
    assertStockLocationExists(input)
    return new WorkflowResponse(createCartonStep(input))
  }
)

export const updateCartonWorkflowId = "oms-update-carton"

/** Updates a carton of a centre by code. 404 unknown location or carton, 400 invalid result. */
export const updateCartonWorkflow = createWorkflow(
  updateCartonWorkflowId,
  (input: WorkflowData<UpdateCartonInput>) => {
    assertStockLocationExists(input)
    return new WorkflowResponse(updateCartonStep(input))
  }
)

export const deleteCartonWorkflowId = "oms-delete-carton"

/** Removes a carton of a centre by code. 404 unknown location or carton. */
export const deleteCartonWorkflow = createWorkflow(
  deleteCartonWorkflowId,
  (input: WorkflowData<DeleteCartonInput>) => {
    assertStockLocationExists(input)
    return new WorkflowResponse(deleteCartonStep(input))
  }
)
