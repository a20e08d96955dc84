import type { ClientSummary } from '@shared/client-list'
import { foldText } from '@shared/fold-text'

/**
 * The text a client is found by (name, goals, tags, next race, active program), folded once per
 * list load: what the list shows, so what is found is what is seen.
 */
export function searchIndex(clients: ClientSummary[]): Map<number, string> {
  return new Map(
    clients.map((c) => [
      c.id,
      foldText([c.name, c.goals, c.tags.join(' '), c.nextRaceName ?? '', c.activeProgramName ?? ''].join(' '))
    ])
  )
}

/** Clients whose text contains every typed word, ignoring case and accents ("zoe" finds "Zoë"). */
export function filterClients(
  clients: ClientSummary[],
  index: Map<number, string>,
  query: string
): ClientSummary[] {
  const words = foldText(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return clients
  return clients.filter((client) => {
    const text = index.get(client.id) ?? ''
    return words.every((word) => text.includes(word))
  })
}
