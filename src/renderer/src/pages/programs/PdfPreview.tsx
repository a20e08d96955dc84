import { useEffect, useRef, useState, type ReactNode } from 'react'
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

GlobalWorkerOptions.workerSrc = workerUrl

function decode(base64: string): Uint8Array {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/**
 * The handout's pages as images, rendered from the very PDF that will be saved, so what the
 * trainer checks is what the client gets.
 */
export function PdfPreview(props: { pdfBase64: string }): ReactNode {
  const holder = useRef<HTMLDivElement>(null)
  const [error, setError] = useState<string>()

  useEffect(() => {
    let cancelled = false
    const container = holder.current
    if (!container) return
    container.replaceChildren()
    const task = getDocument({ data: decode(props.pdfBase64) })
    void (async () => {
      try {
        const pdf = await task.promise
        for (let n = 1; n <= pdf.numPages && !cancelled; n++) {
          const page = await pdf.getPage(n)
          const viewport = page.getViewport({ scale: 1.3 })
          const canvas = document.createElement('canvas')
          canvas.width = viewport.width
          canvas.height = viewport.height
          canvas.setAttribute('role', 'img')
          canvas.setAttribute('aria-label', `Handout page ${n} of ${pdf.numPages}`)
          canvas.className = 'pdf-page'
          container.append(canvas)
          await page.render({ canvas, viewport }).promise
        }
      } catch (e) {
        if (!cancelled) setError(e instanceof Error ? e.message : String(e))
      }
    })()
    return () => {
      cancelled = true
      void task.destroy()
    }
  }, [props.pdfBase64])

  return (
    <div className="pdf-preview">
      {error && (
        <div className="notice error" role="alert">
          The preview could not be drawn: {error}
        </div>
      )}
      <div ref={holder} className="pdf-pages" />
    </div>
  )
}
