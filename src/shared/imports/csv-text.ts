import Papa from 'papaparse'

/** A CSV file read into a header row and data rows, whatever its separator and byte-order mark. */
export interface CsvTable {
  columns: string[]
  rows: string[][]
  /** The separator found: comma, semicolon or tab. */
  delimiter: string
}

/**
 * Parses CSV text with papaparse: a byte-order mark is dropped, the separator (comma, semicolon
 * or tab) is detected, quoted fields may hold separators, quotes and line breaks, and empty lines
 * are skipped. Rows keep their order, so row numbers in messages match the file (header = row 1).
 */
export function parseCsv(text: string): CsvTable {
  const clean = text.replace(/^\uFEFF/, '')
  const result = Papa.parse<string[]>(clean, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: 'greedy'
  })
  const [header = [], ...rows] = result.data
  return {
    columns: header.map((name) => name.trim()),
    rows,
    delimiter: result.meta.delimiter
  }
}

/** True when the bytes look like text rather than an image or another binary file. */
export function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096)
  for (const byte of sample) {
    if (byte === 0) return false
  }
  return true
}

/** Writes rows as CSV (quoted where needed) with papaparse, header first. */
export function toCsv(columns: string[], rows: Array<Array<string | number | boolean | null>>): string {
  return Papa.unparse({ fields: columns, data: rows }, { newline: '\r\n' })
}
