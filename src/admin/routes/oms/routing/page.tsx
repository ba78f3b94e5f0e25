import { useState } from "react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Container, Heading, Text, toast } from "@medusajs/ui"
import { SimulationForm } from "../../../components/simulator/simulation-form"
import { SimulationLoading, SimulationResults } from "../../../components/simulator/simulation-results"
import { useSimulateRouting } from "../../../lib/use-simulation"
import { useCenterNames } from "../../../lib/use-centers"
import { errorMessage } from "../../../lib/errors"

const RoutingSimulatorPage = () => {
  const simulate = useSimulateRouting()
  const nameOf = useCenterNames()
  const [requested, setRequested] = useState(200)
  const simulation = simulate.data?.simulation

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-col px-6 py-4">
          <Heading level="h1">Routing simulator</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Replay recent orders with a routing strategy and compare it with what actually happened and with
            Medusa's default (first location in the sales channel with stock). Nothing is changed.
          </Text>
        </div>
        <div className="px-6 py-4">
          <SimulationForm
            running={simulate.isPending}
            onRun={(request) => {
              setRequested(request.limit)
              simulate.mutate(request, {
                onError: (error) => toast.error("Simulation failed", { description: errorMessage(error) }),
              })
            }}
          />
        </div>
      </Container>

      {simulate.isPending && <SimulationLoading orders={requested} />}
      {!simulate.isPending && simulate.isError && (
        <Container>
          <Text size="small" className="text-ui-fg-error">
            {errorMessage(simulate.error)}
          </Text>
        </Container>
      )}
      {!simulate.isPending && simulation && <SimulationResults simulation={simulation} nameOf={nameOf} />}
      {!simulate.isPending && !simulation && !simulate.isError && (
        <Container>
          <Text size="small" className="text-ui-fg-subtle">
            Pick a strategy and run the simulation to see the comparison.
          </Text>
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Routing simulator",
  icon: ChartBar,
  rank: 11,
})

export default RoutingSimulatorPage
