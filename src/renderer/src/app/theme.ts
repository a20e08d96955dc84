import { useEffect, useSyncExternalStore } from 'react'
import type { Settings } from '@shared/contract'

const darkQuery = '(prefers-color-scheme: dark)'

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(darkQuery)
  media.addEventListener('change', onChange)
  return () => media.removeEventListener('change', onChange)
}

/** Applies the chosen theme to the page; "system" follows the OS as it changes. */
export function useAppliedTheme(choice: Settings['theme'] | undefined): 'light' | 'dark' {
  const osDark = useSyncExternalStore(subscribe, () => window.matchMedia(darkQuery).matches)
  const theme = choice === 'light' || choice === 'dark' ? choice : osDark ? 'dark' : 'light'
  useEffect(() => {
    document.documentElement.dataset.theme = theme
  }, [theme])
  return theme
}
