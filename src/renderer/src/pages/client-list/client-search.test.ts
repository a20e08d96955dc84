import { describe, expect, it } from 'vitest'
import type { ClientSummary } from '@shared/client-list'
import { filterClients, searchIndex } from './client-search'

const client = (id: number, name: string, goals = ''): ClientSummary =>
  ({ id, name, goals, tags: [], nextRaceName: null, activeProgramName: null }) as unknown as ClientSummary

describe('client search', () => {
  const clients = [
    client(1, 'Zoë Łukasz-Ørsted', 'Sub-4 marathon'),
    client(2, 'Дмитрий Волков'),
    client(3, 'Σοφία')
  ]
  const index = searchIndex(clients)
  it('ignores accents and case', () => {
    expect(filterClients(clients, index, 'zoe').map((c) => c.id)).toEqual([1])
    expect(filterClients(clients, index, 'LUKASZ orsted').map((c) => c.id)).toEqual([1])
    expect(filterClients(clients, index, 'σοφια').map((c) => c.id)).toEqual([3])
  })
  it('searches goals too and keeps everyone for an empty query', () => {
    expect(filterClients(clients, index, 'marathon').map((c) => c.id)).toEqual([1])
    expect(filterClients(clients, index, '  ')).toHaveLength(3)
  })
})
