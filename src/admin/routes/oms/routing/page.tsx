import { useState } from "react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Beaker } from "@medusajs/icons"
import { Container, Heading, Text, toast } from "@medusajs/ui"
import { SimulationForm } from "../../../components/simulator/simulation-form"
import { SimulationLoading, SimulationResults } from "../../../components/simulator/simulation-results"
import { useSimulateRouting } from "../../../lib/use-simulation"
import { useCenterNames } from "../../../lib/use-centers"
import { useOmsTranslation } from "../../../lib/i18n"

const RoutingSimulatorPage = () => {
  const { t } = useOmsTranslation()
  const simulate = useSimulateRouting()
  const nameOf = useCenterNames()
  const [requested, setRequested] = useState(200)
  const simulation = simulate.data?.simulation

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-col px-6 py-4">
          <Heading level="h1">{t("simulator.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("simulator.subtitle")}
          </Text>
        </div>
        <div className="px-6 py-4">
          <SimulationForm
            running={simulate.isPending}
            onRun={(request) => {
              setRequested(request.limit)
              simulate.mutate(request, {
                onError: () => toast.error(t("simulator.failed"), { description: t("simulator.failedHint") }),
              })
            }}
          />
        </div>
      </Container>

      {simulate.isPending && <SimulationLoading orders={requested} />}
      {!simulate.isPending && simulate.isError && (
        <Container>
          <Text size="small" className="text-ui-fg-error">
            {t("simulator.failedHint")}
          </Text>
        </Container>
      )}
      {!simulate.isPending && simulation && <SimulationResults simulation={simulation} nameOf={nameOf} />}
      {!simulate.isPending && !simulation && !simulate.isError && (
        <Container>
          <Text size="small" className="text-ui-fg-subtle">
            {t("simulator.prompt")}
          </Text>
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "nav.simulator",
  translationNs: "medusa-oms",
  icon: Beaker,
  rank: 11,
})

export default RoutingSimulatorPage
