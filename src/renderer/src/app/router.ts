import { useSyncExternalStore } from 'react'

/** Screens addressed by the URL hash, so reload and back/forward keep the trainer's place. */
export type Route = { page: 'clients' } | { page: 'client'; id: number } | { page: 'settings' }

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/')
  if (parts[0] === 'clients' && parts[1] && /^\d+$/.test(parts[1]))
    return { page: 'client', id: Number(parts[1]) }
  if (parts[0] === 'settings') return { page: 'settings' }
  return { page: 'clients' }
}

export function hrefFor(route: Route): string {
  switch (route.page) {
    case 'client':
      return `#/clients/${route.id}`
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
