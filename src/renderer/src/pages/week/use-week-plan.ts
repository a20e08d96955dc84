import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query'
import { useCallback, useRef } from 'react'
import type { Input } from '@shared/contract'
import type { PlannedWorkout, WeekPlan, WeekPlanDayInput, WeekPlanDayView } from '@shared/schemas/week-plan'
import { call } from '../../api/client'
import { useOperation } from '../../api/hooks'

/** A stored day as the input that writes it back. */
export function dayInput(day: WeekPlanDayView): WeekPlanDayInput {
  return {
    weekday: day.weekday,
    runKind: day.runKind,
    qualityKind: day.qualityKind,
    distanceM: day.distanceM,
    durationS: day.durationS,
    workoutIds: day.workouts.map((w) => w.id),
    order: day.order,
    notes: day.notes
  }
}

/** Every workout the plan knows by id: the active program's and those already placed. */
function workoutsById(plan: WeekPlan): Map<number, PlannedWorkout> {
  return new Map([...plan.days.flatMap((d) => d.workouts), ...plan.available].map((w) => [w.id, w]))
}

const keyOf = (clientId: number): QueryKey => ['weekPlan.get', { clientId }]

/**
 * The week plan with edits saved as they are made. The screen shows each edit at once (the
 * cached plan is patched before the call), then takes the stored plan the call returns; a
 * refused edit puts the stored plan back and the error goes to the caller.
 */
export function useWeekPlan(clientId: number) {
  const queryClient = useQueryClient()
  const query = useOperation('weekPlan.get', { clientId })
  const key = keyOf(clientId)
  const settle = (plan: WeekPlan): void => {
    queryClient.setQueryData(key, plan)
    // Adherence and the handout read the plan too.
    void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'weekPlan.get' })
  }
  // Saves in flight. A day's answer is the whole plan as the store had it then: while later saves
  // are still on their way it is already out of date, and taking it would put back, for a
  // moment, what the trainer just changed (and a save made in that moment would send it back).
  // The last answer to arrive, with nothing left in flight, is the one kept.
  const inFlight = useRef(0)
  const saveDay = useMutation({
    mutationFn: async (input: Input<'weekPlan.saveDay'>) => {
      inFlight.current += 1
      try {
        return await call('weekPlan.saveDay', input)
      } finally {
        inFlight.current -= 1
      }
    },
    onSuccess: (plan) => {
      if (inFlight.current === 0) settle(plan)
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: key })
  })
  const replace = useMutation({
    mutationFn: (input: Input<'weekPlan.replace'>) => call('weekPlan.replace', input),
    onSuccess: settle
  })

  const saveAsync = saveDay.mutateAsync
  const save = useCallback(
    (day: WeekPlanDayInput): Promise<WeekPlan> => {
      const key = keyOf(clientId)
      const current = queryClient.getQueryData<WeekPlan>(key)
      if (current) {
        const known = workoutsById(current)
        const patched: WeekPlanDayView = {
          weekday: day.weekday,
          runKind: day.runKind,
          qualityKind: day.qualityKind,
          distanceM: day.distanceM,
          durationS: day.durationS,
          order: day.order,
          notes: day.notes,
          workouts: day.workoutIds.flatMap((id) => known.get(id) ?? [])
        }
        queryClient.setQueryData<WeekPlan>(key, {
          ...current,
          planned: true,
          days: current.days.map((d) => (d.weekday === day.weekday ? patched : d))
        })
      }
      return saveAsync({ clientId, ...day })
    },
    [clientId, queryClient, saveAsync]
  )

  return { query, save, replace, saving: saveDay.isPending }
}
