/**
 * Order labels as trainers write them: each block of exercises gets the next letter and each
 * exercise in it a number, so a superset reads A1, A2 and the exercise after it B1. A block is
 * a run of adjacent prescriptions sharing a superset group; the group's letter itself is only a
 * token, so moving or unlinking an exercise can never leave a label out of order.
 */
export function orderLabels(items: ReadonlyArray<{ supersetGroup: string | null }>): string[] {
  const labels: string[] = []
  let block = -1
  let index = 0
  items.forEach((item, i) => {
    const previous = items[i - 1]
    const continues = i > 0 && item.supersetGroup !== null && previous?.supersetGroup === item.supersetGroup
    if (continues) index++
    else {
      block++
      index = 1
    }
    labels.push(`${blockLetter(block)}${index}`)
  })
  return labels
}

/** A, B, … Z, then AA, AB: a workout rarely has more than a dozen blocks, but never run out. */
function blockLetter(block: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  return block < 26
    ? (letters[block] as string)
    : `${letters[Math.floor(block / 26) - 1]}${letters[block % 26]}`
}

/** Whether each item belongs to a superset (a block of two or more), for styling. */
export function inSuperset(items: ReadonlyArray<{ supersetGroup: string | null }>): boolean[] {
  return items.map((item, i) => {
    if (item.supersetGroup === null) return false
    return (
      items[i - 1]?.supersetGroup === item.supersetGroup || items[i + 1]?.supersetGroup === item.supersetGroup
    )
  })
}

/** A group token not used by any other item of the workout. */
export function freeGroupToken(items: ReadonlyArray<{ supersetGroup: string | null }>): string {
  const used = new Set(items.map((item) => item.supersetGroup))
  return [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].find((letter) => !used.has(letter)) ?? 'Z'
}
