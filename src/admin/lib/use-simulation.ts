import { useMutation } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { Simulation, SimulationRequest } from "./types"

export function useSimulateRouting() {
  return useMutation({
    mutationFn: (body: SimulationRequest) =>
      sdk.client.fetch<{ simulation: Simulation }>("/admin/oms/routing/simulate", {
        method: "POST",
        body,
      }),
  })
}
