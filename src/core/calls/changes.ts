import { canonicalJson, type BundleManifest } from '../documents';

/** Items of one list in two versions, by id: new, gone, and kept with something in them changed. */
export interface ListChanges {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
}

/** What a new version of a call changes for its jurors, part by part (docs/DESIGN.md §7). */
export interface CallChanges {
  readonly applications: ListChanges;
  readonly criteria: ListChanges;
  readonly jurors: ListChanges;
  readonly outcomes: ListChanges;
  /** The call's title, organiser, description or language. */
  readonly call: boolean;
  readonly conflicts: boolean;
  readonly assignments: boolean;
  readonly retention: boolean;
  readonly fieldLabels: boolean;
}

function listChanges<T extends { readonly id: string }>(before: readonly T[], after: readonly T[]): ListChanges {
  const previous = new Map(before.map((item) => [item.id, canonicalJson(item)]));
  const next = new Map(after.map((item) => [item.id, canonicalJson(item)]));
  return {
    added: after.filter((item) => !previous.has(item.id)).map((item) => item.id),
    removed: before.filter((item) => !next.has(item.id)).map((item) => item.id),
    changed: after
      .filter((item) => previous.has(item.id) && previous.get(item.id) !== next.get(item.id))
      .map((item) => item.id),
  };
}

const differ = (a: unknown, b: unknown) => canonicalJson(a ?? null) !== canonicalJson(b ?? null);

export function callChanges(previous: BundleManifest, next: BundleManifest): CallChanges {
  return {
    applications: listChanges(previous.applications, next.applications),
    criteria: listChanges(previous.criteria, next.criteria),
    jurors: listChanges(previous.jurors, next.jurors),
    outcomes: listChanges(previous.outcomes, next.outcomes),
    call: differ(previous.call, next.call),
    conflicts: differ(previous.conflicts, next.conflicts),
    assignments: differ(previous.assignments, next.assignments),
    retention: differ(previous.retention, next.retention),
    fieldLabels: differ(previous.fieldLabels, next.fieldLabels),
  };
}

/** Whether jurors who already scored the previous version may find their grid changed under them. */
export function criteriaChanged(changes: CallChanges): boolean {
  const { added, removed, changed } = changes.criteria;
  return added.length + removed.length + changed.length > 0;
}

/** Nothing a juror would notice: signing it again would only make a new version number. */
export function nothingChanged(changes: CallChanges): boolean {
  const lists = [changes.applications, changes.criteria, changes.jurors, changes.outcomes];
  const flags = [changes.call, changes.conflicts, changes.assignments, changes.retention, changes.fieldLabels];
  return (
    lists.every((list) => list.added.length + list.removed.length + list.changed.length === 0) && !flags.some(Boolean)
  );
}
