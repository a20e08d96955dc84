import type { Page } from '@playwright/test'
import type { RunningSpotter } from './fixtures'

interface ApiResult {
  ok: boolean
  value?: unknown
  error?: { message: string }
}

/**
 * Calls one operation the way the renderer does in browser mode: for setting up or reading
 * back what a spec's screens are not about. What the trainer does goes through roles and labels.
 */
export async function api<T>(page: Page, spotter: RunningSpotter, name: string, input: unknown): Promise<T> {
  const url = new URL(spotter.url)
  const response = await page.request.post(`${url.origin}/api/${name}`, {
    headers: { 'x-spotter-token': url.searchParams.get('token') ?? '' },
    data: input
  })
  const result = (await response.json()) as ApiResult
  if (!result.ok) throw new Error(`${name}: ${result.error?.message}`)
  return result.value as T
}
