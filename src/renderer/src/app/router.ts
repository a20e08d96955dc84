import { useSyncExternalStore } from 'react'

export type ClientTab = 'programs' | 'week' | 'log' | 'progress' | 'race'
const clientTabs: readonly string[] = ['programs', 'week', 'log', 'progress', 'race']

/** Screens addressed by the URL hash, so reload and back/forward keep the trainer's place. */
export type Route =
  | { page: 'clients' }
  | { page: 'client'; id: number; tab?: ClientTab; programId?: number; sessionId?: number }
  | { page: 'library' }
  | { page: 'exercise'; id: number }
  | { page: 'templates' }
  | { page: 'template'; id: number }
  | { page: 'settings' }

const number = (text: string | undefined): number | undefined =>
  text && /^\d+$/.test(text) ? Number(text) : undefined

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/')
  const id = number(parts[1])
  const programId = parts[2] === 'programs' ? number(parts[3]) : undefined
  if (parts[0] === 'clients' && id) {
    if (programId) return { page: 'client', id, tab: 'programs', programId }
    const sessionId = parts[2] === 'log' && parts[3] === 'sessions' ? number(parts[4]) : undefined
    if (sessionId) return { page: 'client', id, tab: 'log', sessionId }
    const tab = parts[2]
    return tab && clientTabs.includes(tab)
      ? { page: 'client', id, tab: tab as ClientTab }
      : { page: 'client', id }
  }
  if (parts[0] === 'library') return id ? { page: 'exercise', id } : { page: 'library' }
  if (parts[0] === 'templates') return id ? { page: 'template', id } : { page: 'templates' }
  if (parts[0] === 'settings') return { page: 'settings' }
  return { page: 'clients' }
}

export function hrefFor(route: Route): string {
  switch (route.page) {
    case 'client':
      if (route.programId) return `#/clients/${route.id}/programs/${route.programId}`
      if (route.sessionId) return `#/clients/${route.id}/log/sessions/${route.sessionId}`
      return route.tab ? `#/clients/${route.id}/${route.tab}` : `#/clients/${route.id}`
    case 'library':
      return '#/library'
    case 'exercise':
      return `#/library/${route.id}`
    case 'templates':
      return '#/templates'
    case 'template':
      return `#/templates/${route.id}`
    case 'settings':
      return '#/settings'
    default:
      return '#/clients'
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route)
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash)
  return parseRoute(hash)
}
