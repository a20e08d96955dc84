/** A backup's reason in words. */
export function backupReason(reason: string): string {
  if (reason === 'manual') return 'Backed up by you'
  if (reason === 'daily') return 'Daily'
  if (reason === 'before-restore') return 'Before a restore'
  if (reason === 'before-import') return 'Before an import'
  const version = /^before-v(\d+)$/.exec(reason)
  return version ? `Before an upgrade (format ${version[1]})` : reason
}
