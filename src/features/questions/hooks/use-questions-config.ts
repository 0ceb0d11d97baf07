import { loadInteractionConfig } from '../../../cities/interaction/load-interaction-config'
import { loadLettersConfig } from '../../../cities/letters/load-letters-config'
import { useAsync } from '../../../shared/use-async'
import { useCity } from '../../../shared/use-city'

/**
 * What the questions pages need of the city: its topics, and its departments and letter channels (the
 * letters portal's: a question is asked of the same departments, and goes to a letter when redirected).
 */
export function useQuestionsConfig() {
  const city = useCity()
  return useAsync(
    () =>
      Promise.all([loadInteractionConfig(city.id), loadLettersConfig(city.id)]).then(([interaction, letters]) => ({
        topics: interaction.topics,
        departments: letters.departments,
        channels: letters.channels,
      })),
    city.id,
  )
}
