import { lazy, Suspense, useRef, type MouseEvent, type ReactNode } from 'react'
import { useSettings, useWrite } from '../api/hooks'
import { ErrorBoundary } from '../components/ErrorBoundary'
import { Icon, type IconName } from '../components/Icon'
import { ClientsPage } from '../pages/client-list/ClientsPage'
import { hrefFor, useRoute, type Route } from './router'
import { useAppliedTheme } from './theme'
import { UnitsContext } from './units'

// The client list is the first screen and comes with the shell; every other screen is its own
// chunk, loaded on its first visit, so starting Spotter parses only what the list needs.
const ClientPage = lazy(() =>
  import('../pages/client-detail/ClientPage').then((m) => ({ default: m.ClientPage }))
)
const ExercisePage = lazy(() =>
  import('../pages/library/ExercisePage').then((m) => ({ default: m.ExercisePage }))
)
const LibraryPage = lazy(() =>
  import('../pages/library/LibraryPage').then((m) => ({ default: m.LibraryPage }))
)
const SettingsPage = lazy(() =>
  import('../pages/settings/SettingsPage').then((m) => ({ default: m.SettingsPage }))
)
const TemplatePage = lazy(() =>
  import('../pages/templates/TemplatePage').then((m) => ({ default: m.TemplatePage }))
)
const TemplatesPage = lazy(() =>
  import('../pages/templates/TemplatesPage').then((m) => ({ default: m.TemplatesPage }))
)

const sections: Array<{ label: string; route: Route; icon: IconName }> = [
  { label: 'Clients', route: { page: 'clients' }, icon: 'clients' },
  { label: 'Exercise library', route: { page: 'library' }, icon: 'library' },
  { label: 'Templates', route: { page: 'templates' }, icon: 'templates' },
  { label: 'Settings', route: { page: 'settings' }, icon: 'settings' }
]

function Page(props: { route: Route }): ReactNode {
  switch (props.route.page) {
    case 'client':
      return (
        <ClientPage
          id={props.route.id}
          tab={props.route.tab}
          programId={props.route.programId}
          sessionId={props.route.sessionId}
        />
      )
    case 'library':
      return <LibraryPage />
    case 'exercise':
      return <ExercisePage id={props.route.id} />
    case 'templates':
      return <TemplatesPage />
    case 'template':
      return <TemplatePage id={props.route.id} />
    case 'settings':
      return <SettingsPage />
    default:
      return <ClientsPage />
  }
}

/** The window: sidebar navigation, the current screen, and the theme switch. */
export function Shell(): ReactNode {
  const route = useRoute()
  const settings = useSettings()
  const theme = useAppliedTheme(settings.data?.theme)
  const update = useWrite('settings.update')
  const main = useRef<HTMLElement>(null)
  // The router owns the URL hash, so the link moves focus itself instead of following "#main".
  const skipToContent = (event: MouseEvent): void => {
    event.preventDefault()
    main.current?.focus()
  }
  const section =
    { client: 'clients', exercise: 'library', template: 'templates' }[route.page as string] ?? route.page
  const units = {
    mass: settings.data?.massUnit ?? 'kg',
    distance: settings.data?.distanceUnit ?? 'km'
  } as const

  return (
    <UnitsContext.Provider value={units}>
      <a className="skip-link" href="#main" onClick={skipToContent}>
        Skip to content
      </a>
      <div className="shell">
        <nav className="sidebar" aria-label="Main">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">
              S
            </span>
            Spotter
          </div>
          {sections.map((item) => (
            <a
              key={item.label}
              className="nav-link"
              href={hrefFor(item.route)}
              aria-current={section === item.route.page ? 'page' : undefined}
            >
              <Icon name={item.icon} />
              {item.label}
            </a>
          ))}
          <div className="sidebar-footer">
            <button
              type="button"
              onClick={() => update.mutate({ theme: theme === 'dark' ? 'light' : 'dark' })}
              aria-label={theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme'}
            >
              <Icon name={theme === 'dark' ? 'sun' : 'moon'} size={16} />
              {theme === 'dark' ? 'Light theme' : 'Dark theme'}
            </button>
            {settings.data?.business && <small className="muted">{settings.data.business}</small>}
          </div>
        </nav>
        <main className="main" id="main" ref={main} tabIndex={-1}>
          <ErrorBoundary resetKey={JSON.stringify(route)}>
            <Suspense fallback={<p className="muted page">Loading…</p>}>
              <Page route={route} />
            </Suspense>
          </ErrorBoundary>
        </main>
      </div>
    </UnitsContext.Provider>
  )
}
