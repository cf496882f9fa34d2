/** The steps of a call on the staff desk, in the order staff take them; each is a tab and a place in the URL. */
export const STAFF_TABS = [
  'call',
  'applications',
  'grid',
  'jury',
  'outcomes',
  'assignments',
  'publish',
  'deliberation',
] as const;
export type StaffTab = (typeof STAFF_TABS)[number];
