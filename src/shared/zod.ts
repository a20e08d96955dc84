import { z } from 'zod'
import { plainMessage } from './error-map'

// Every schema in src/shared is built from this import, so the plain-words error map is in
// place in whichever process first loads a schema: the main process, the renderer, a test.
z.config({ customError: plainMessage })

/** zod, with Spotter's plain-words error map installed. Import `z` from here, not from 'zod'. */
export { z }
