import type { Result } from '@shared/contract'

/** What the desktop preload exposes; absent in a browser. */
interface DesktopBridge {
  invoke: (name: string, input: unknown) => Promise<Result<unknown>>
}

declare global {
  interface Window {
    spotter?: DesktopBridge
  }
}

const tokenKey = 'spotter.token'

/**
 * Browser mode hands the page its token once, in the URL printed at start. It is kept for this
 * tab only and removed from the address bar so it does not end up in history or screenshots.
 */
function browserToken(): string | null {
  const params = new URLSearchParams(window.location.search)
  const fromUrl = params.get('token')
  if (fromUrl) {
    sessionStorage.setItem(tokenKey, fromUrl)
    params.delete('token')
    const query = params.toString()
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`
    )
  }
  return sessionStorage.getItem(tokenKey)
}

async function httpInvoke(name: string, input: unknown): Promise<Result<unknown>> {
  const token = browserToken()
  if (!token) {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'Open Spotter with the link printed in the terminal; it carries the access token.',
        field: ''
      }
    }
  }
  const response = await fetch(`/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-spotter-token': token },
    body: JSON.stringify(input ?? {})
  })
  if (response.status === 401) {
    return {
      ok: false,
      error: {
        code: 'internal',
        message:
          'This page’s access token is no longer valid. Open the link Spotter printed at its last start.',
        field: ''
      }
    }
  }
  if (!response.ok) {
    // The server words its refusals (a body too large, not JSON…); show those words.
    const body = (await response.json().catch(() => null)) as { error?: unknown } | null
    const message = typeof body?.error === 'string' ? body.error : `Spotter answered ${response.status}.`
    return { ok: false, error: { code: 'internal', message, field: '' } }
  }
  return (await response.json()) as Result<unknown>
}

/** One function to reach the dispatcher; chosen once, at load, from what the page was given. */
export const transportInvoke: (name: string, input: unknown) => Promise<Result<unknown>> =
  typeof window !== 'undefined' && window.spotter ? window.spotter.invoke : httpInvoke

/** Reads the token from the URL at load so the address bar is cleaned immediately. */
export function initTransport(): void {
  if (!window.spotter) browserToken()
}
