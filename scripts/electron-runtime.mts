// The runtime lookup lives in the plain-JavaScript installer so `npm install` can use it with any
// Node; TypeScript callers (npm start, npm run dev, the e2e specs) reach it through this module.
import installer from './install-electron.js'

export const { electronRuntime, ensureElectronRuntime, runtimeNote, whyMissing } = installer
