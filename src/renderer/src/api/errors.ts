/**
 * Operation errors arrive as "field: message" so they read well in logs; on screen the field is
 * already shown by where the message appears, so only the message is kept.
 */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/^[\w.]+: /, '')
}
