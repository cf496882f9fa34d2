import { lazy } from 'react';

/*
 * Pages beyond the list of calls are loaded when first visited: the charts, the staff desk and the chair's desk are
 * most of the interface's code, and the first screen needs none of them (docs/PERFORMANCE.md, first-screen JavaScript).
 */
export const IdentityPage = lazy(() =>
  import('../features/identity/IdentityPage').then((module) => ({ default: module.IdentityPage })),
);
export const ChairPage = lazy(() =>
  import('../features/chair/ChairPage').then((module) => ({ default: module.ChairPage })),
);
export const ProjectorPage = lazy(() =>
  import('../features/chair/ProjectorPage').then((module) => ({ default: module.ProjectorPage })),
);
export const ReportPage = lazy(() =>
  import('../features/chair/ReportPage').then((module) => ({ default: module.ReportPage })),
);
export const ApplicationPage = lazy(() =>
  import('../features/scoring/ApplicationPage').then((module) => ({ default: module.ApplicationPage })),
);
export const ComparePage = lazy(() =>
  import('../features/scoring/ComparePage').then((module) => ({ default: module.ComparePage })),
);
export const StaffCallPage = lazy(() =>
  import('../features/staff/StaffCallPage').then((module) => ({ default: module.StaffCallPage })),
);
export const StaffHome = lazy(() =>
  import('../features/staff/StaffHome').then((module) => ({ default: module.StaffHome })),
);
export const VerifyFile = lazy(() =>
  import('../features/verify/VerifyFile').then((module) => ({ default: module.VerifyFile })),
);
