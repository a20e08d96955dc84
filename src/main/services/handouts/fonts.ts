import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { ParsedFont } from 'pdfkit'

export interface HandoutFont {
  /** Parsed once per process and shared by every handout. */
  parsed: ParsedFont
  /** The key pdfkit caches the font under within one document. */
  family: string
}

export interface HandoutFonts {
  regular: HandoutFont
  bold: HandoutFont
}

let loaded: HandoutFonts | undefined

/** Where the DejaVu files are; also what the benchmark's plain-pdfkit baseline opens. */
export function fontFile(name: 'DejaVuSansCondensed.ttf' | 'DejaVuSansCondensed-Bold.ttf'): string {
  return join(dirname(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')), name)
}

/**
 * DejaVu covers Latin with diacritics, Cyrillic and Greek, so any client name prints; the
 * condensed cut keeps table cells to one line more often. Only two faces, because every face
 * a document uses costs it a parse and an embedded subset.
 *
 * The files come from dejavu-fonts-ttf; main is bundled with node_modules external, so
 * require.resolve finds them in development, in tests and in the built app alike.
 *
 * pdfkit (0.20+) accepts fontkit fonts already parsed. Decoding a face's layout tables is a
 * fifth of a handout's time, so the parse is done once per process, with the fontkit pdfkit
 * itself loads. Safe to share: pdfkit lays out and embeds synchronously, and each document
 * keeps its own subset. Loaded on first use so a missing package fails the handout, not the
 * app's start.
 */
export function handoutFonts(): HandoutFonts {
  if (!loaded) {
    const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as {
      create(data: Uint8Array): ParsedFont
    }
    const open = (name: Parameters<typeof fontFile>[0]): HandoutFont => ({
      parsed: fontkit.create(readFileSync(fontFile(name))),
      family: name
    })
    loaded = { regular: open('DejaVuSansCondensed.ttf'), bold: open('DejaVuSansCondensed-Bold.ttf') }
  }
  return loaded
}
