import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'

interface Toast {
  id: number
  message: string
  kind: 'info' | 'error'
  action?: { label: string; run: () => void }
}

type Notify = (message: string, options?: { kind?: Toast['kind']; action?: Toast['action'] }) => void

const ToastContext = createContext<Notify>(() => undefined)

/** Short confirmations and failures in the corner, read out by screen readers. */
export function ToastProvider(props: { children: ReactNode }): ReactNode {
  const [toasts, setToasts] = useState<Toast[]>([])
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), [])
  const notify = useCallback<Notify>(
    (message, options = {}) => {
      const id = Date.now() + Math.random()
      setToasts((list) => [
        ...list.slice(-3),
        { id, message, kind: options.kind ?? 'info', action: options.action }
      ])
      window.setTimeout(() => dismiss(id), options.kind === 'error' ? 9000 : 5000)
    },
    [dismiss]
  )
  const value = useMemo(() => notify, [notify])
  return (
    <ToastContext.Provider value={value}>
      {props.children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast ${toast.kind}`}>
            <span>{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                onClick={() => {
                  toast.action?.run()
                  dismiss(toast.id)
                }}
              >
                {toast.action.label}
              </button>
            )}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  )
}

export function useNotify(): Notify {
  return useContext(ToastContext)
}
