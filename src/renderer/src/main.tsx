import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { prepareDateFormats } from '@shared/dates'
import { initTransport } from './api/transport'
import { AppGate } from './app/AppGate'
import { ToastProvider } from './components/Toasts'
import './styles/app.css'

initTransport()

// Local data answers in milliseconds; refetch on focus would only flicker.
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 } }
})

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <AppGate />
      </ToastProvider>
    </QueryClientProvider>
  </StrictMode>
)

// In a task of its own, after the start and before the first dates arrive (see prepareDateFormats).
setTimeout(prepareDateFormats, 0)
