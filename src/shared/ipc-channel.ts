/**
 * The one IPC channel between the preload's `invoke` and the main process's dispatcher. Both
 * sides import it from here so they cannot drift apart.
 */
export const invokeChannel = 'spotter:invoke'
