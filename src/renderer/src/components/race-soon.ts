/**
 * A race counts as close, and its countdown badge turns amber, in the last four weeks before it:
 * the window where the taper and the last sharpening sessions are planned. The client list and the
 * client's page use the same rule so a race never looks urgent in one and calm in the other.
 */
const raceSoonDays = 28

export function raceBadgeClass(daysToGo: number): string {
  return daysToGo >= 0 && daysToGo <= raceSoonDays ? 'badge warn' : 'badge'
}
