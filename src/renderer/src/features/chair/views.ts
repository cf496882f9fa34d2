/**
 * The chair's desk in the order of the meeting: receive the files, discuss the flagged applications, look at the
 * whole ranking, decide within the capacities, sign and hand over; the calibration one click away.
 */
export const CHAIR_VIEWS = ['receive', 'discuss', 'ranking', 'decide', 'sign', 'calibration'] as const;
export type ChairView = (typeof CHAIR_VIEWS)[number];
