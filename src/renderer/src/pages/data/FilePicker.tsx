import { useId, useState, type ReactNode } from 'react'
import { uploadFile } from '../../api/files'
import { errorMessage } from '../../api/errors'

/**
 * Choose a file and send it to Spotter, with its progress; calls `onUploaded` with the upload id.
 * `accept` narrows the browser's file dialog; Spotter still checks what the file really is.
 */
export function FilePicker(props: {
  label: string
  accept: string
  hint?: string
  onUploaded: (uploadId: string, file: File) => void
}): ReactNode {
  const id = useId()
  const [progress, setProgress] = useState<number>()
  const [error, setError] = useState<string>()
  async function pick(file: File | undefined): Promise<void> {
    if (!file) return
    setError(undefined)
    setProgress(0)
    try {
      const uploadId = await uploadFile(file, setProgress)
      props.onUploaded(uploadId, file)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setProgress(undefined)
    }
  }
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="file"
        accept={props.accept}
        disabled={progress !== undefined}
        onChange={(event) => void pick(event.target.files?.[0])}
      />
      {props.hint && <small className="field-hint">{props.hint}</small>}
      {progress !== undefined && (
        <div
          className="progress-bar"
          role="progressbar"
          aria-label="Sending the file"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(progress * 100)}
        >
          <span style={{ width: `${Math.round(progress * 100)}%` }} />
        </div>
      )}
      {error && (
        <small className="field-error" role="alert">
          {error}
        </small>
      )}
    </div>
  )
}
