/*
 * The desktop save dialog as handlers see it. The main process owns the dialog; browser mode has
 * none, and its handlers answer with a download instead.
 */

/** What kind of file a save dialog is for; a handout PDF when not given. */
export interface SaveFileKind {
  title: string
  filterName: string
  extension: string
}

/** Asks the trainer where to save; only the desktop app can (the main process owns the dialog). */
export type ChooseSavePath = (defaultName: string, kind?: SaveFileKind) => Promise<string | undefined>
