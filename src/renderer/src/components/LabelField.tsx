import { useState } from 'react';
import type { Label } from '@core/documents';
import { useI18n } from '@renderer/i18n';
import { TextField } from './TextField';

/** A label staff write in French and English; one language alone makes a plain label, read in both. */
export function toLabel(fr: string, en: string): Label {
  const [french, english] = [fr.trim(), en.trim()];
  if (french && english && french !== english) return { fr: french, en: english };
  return french || english;
}

function parts(label: Label | undefined): { fr: string; en: string } {
  if (label === undefined) return { fr: '', en: '' };
  if (typeof label === 'string') return { fr: label, en: '' };
  return { fr: label.fr ?? '', en: label.en ?? '' };
}

/**
 * The two texts of a label as typed: kept here, since a label with one text is stored plain and could not say which
 * field it was typed in. A parent that replaces the label from outside gives the field a new key.
 */
export function LabelField({
  label,
  value,
  onChange,
  hideLabels = false,
}: {
  label: string;
  value: Label | undefined;
  onChange: (value: Label) => void;
  /** Where headers around the field already say what it is and which language each text is. */
  hideLabels?: boolean;
}) {
  const { t } = useI18n();
  const [texts, setTexts] = useState(() => parts(value));
  const change = (next: { fr: string; en: string }) => {
    setTexts(next);
    onChange(toLabel(next.fr, next.en));
  };
  return (
    <div className="label-field">
      <TextField
        label={t('staff.inFrench', { label })}
        lang="fr"
        hideLabel={hideLabels}
        value={texts.fr}
        onChange={(fr) => change({ ...texts, fr })}
      />
      <TextField
        label={t('staff.inEnglish', { label })}
        lang="en"
        hideLabel={hideLabels}
        value={texts.en}
        onChange={(en) => change({ ...texts, en })}
      />
    </div>
  );
}
