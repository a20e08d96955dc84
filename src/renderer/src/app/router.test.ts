import { describe, expect, it } from 'vitest'
import { hrefFor, parseRoute, type Route } from './router'

describe('routes', () => {
  it('round-trips every screen through the URL hash', () => {
    const routes: Route[] = [
      { page: 'clients' },
      { page: 'client', id: 4 },
      { page: 'client', id: 4, tab: 'programs' },
      { page: 'client', id: 4, tab: 'log' },
      { page: 'client', id: 4, tab: 'log', sessionId: 31 },
      { page: 'client', id: 4, tab: 'progress' },
      { page: 'client', id: 4, tab: 'programs', programId: 9 },
      { page: 'library' },
      { page: 'exercise', id: 12 },
      { page: 'templates' },
      { page: 'template', id: 2 },
      { page: 'settings' }
    ]
    for (const route of routes) expect(parseRoute(hrefFor(route))).toEqual(route)
  })
  it('falls back to the client list for unknown addresses', () => {
    expect(parseRoute('#/nowhere/else')).toEqual({ page: 'clients' })
    expect(parseRoute('')).toEqual({ page: 'clients' })
  })
})
