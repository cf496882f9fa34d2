/** Whether a call's `retention.deleteAfter` (a date or a timestamp) is in the past. */
export function retentionPassed(deleteAfter: string, now: Date = new Date()): boolean {
  const limit = /^\d{4}-\d{2}-\d{2}$/.test(deleteAfter) ? new Date(`${deleteAfter}T23:59:59Z`) : new Date(deleteAfter);
  return limit.getTime() < now.getTime();
}
