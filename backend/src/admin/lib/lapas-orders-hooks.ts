import type { OrderPartResponse, OrderPartsResponse } from "@karya-binaan/contracts"
import { toast } from "@medusajs/ui"
import { useIsMutating, useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { errorMessage } from "./api"
import { invalidateLapasOrder, lapasOrderQueryKeys } from "./lapas-orders-api"

type Result = OrderPartResponse | OrderPartsResponse

/** A failure whose message is already the text to show (e.g. a failed proof upload). */
export class LapasOrderError extends Error {}

/**
 * A change to one order (confirm, pack, ship, deliver, cancel): shows the
 * server's message inline on failure, puts the returned part(s) into the
 * widget's cache, then refetches. `busy` is true while any change to the
 * same order runs, so every button of the order waits.
 */
export function useLapasOrderMutation<TVariables>({
  orderId,
  mutationFn,
  success,
}: {
  orderId: string
  mutationFn: (variables: TVariables) => Promise<Result>
  /** Toast after success. */
  success: string
}) {
  const queryClient = useQueryClient()
  const [error, setError] = useState<string | null>(null)
  const mutationKey = lapasOrderQueryKeys.mutation(orderId)

  const mutation = useMutation({
    mutationKey,
    mutationFn,
    onMutate: () => setError(null),
    onSuccess: (result) => {
      queryClient.setQueryData<OrderPartsResponse>(
        lapasOrderQueryKeys.detail(orderId),
        (previous) => mergeResult(previous, result)
      )
      toast.success(success)
      return invalidateLapasOrder(queryClient, orderId)
    },
    onError: (caught) =>
      setError(caught instanceof LapasOrderError ? caught.message : errorMessage(caught)),
  })

  const running = useIsMutating({ mutationKey })
  return {
    mutate: mutation.mutate,
    isPending: mutation.isPending,
    busy: running > 0,
    error,
    setError,
  }
}

/** The widget's parts with the server's fresh copy of the changed part(s). */
function mergeResult(
  previous: OrderPartsResponse | undefined,
  result: Result
): OrderPartsResponse | undefined {
  if (!previous) {
    return previous
  }
  const fresh = "part" in result ? [result.part] : result.parts
  if (!Array.isArray(fresh)) {
    return previous
  }
  const byLapas = new Map(fresh.map((part) => [part.lapas.id, part]))
  return {
    parts: previous.parts.map((part) => byLapas.get(part.lapas.id) ?? part),
  }
}
