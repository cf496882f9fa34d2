import { useI18n } from '@renderer/i18n';
import type { BundleManifest } from '@core/documents';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** How the desk names a juror: their name, or in projection mode a letter that stays the same all meeting. */
export function useJurorLabel(manifest: BundleManifest | undefined, projection: boolean): (jurorId: string) => string {
  const { t } = useI18n();
  return (jurorId: string) => {
    const jurors = manifest?.jurors ?? [];
    const index = jurors.findIndex((juror) => juror.id === jurorId);
    return projection
      ? t('chair.jurorLetter', { letter: LETTERS[index] ?? String(index + 1) })
      : (jurors[index]?.name ?? jurorId);
  };
}
