import { useEffect, useState } from 'react';
import { safeSegment } from '@core/calls';
import { fingerprint, parsePublicKey } from '@core/crypto';
import { parseKeyCard, type Juror } from '@core/documents';
import { describeFailure, JurydeskError } from '@core/errors';
import { FileDropZone } from '@renderer/components/FileDropZone';
import { TextField } from '@renderer/components/TextField';
import { useI18n } from '@renderer/i18n';
import type { StaffCall } from './use-staff-call';

/** The fingerprint of a key line, as its owner's “My key” page shows it; null while it is worked out or unreadable. */
function useFingerprint(publicKey: string | undefined): string | null {
  const [shown, setShown] = useState<{ key: string; fingerprint: string | null } | null>(null);
  useEffect(() => {
    if (!publicKey) return;
    let current = true;
    void Promise.resolve()
      .then(() => fingerprint(parsePublicKey(publicKey)))
      .then(
        (value) => current && setShown({ key: publicKey, fingerprint: value }),
        () => current && setShown({ key: publicKey, fingerprint: null }),
      );
    return () => {
      current = false;
    };
  }, [publicKey]);
  return publicKey && shown?.key === publicKey ? shown.fingerprint : null;
}

function JurorEditor({
  juror,
  onChange,
  onRemove,
}: {
  juror: Juror;
  onChange: (next: Juror) => void;
  onRemove: () => void;
}) {
  const { t, language } = useI18n();
  const [problem, setProblem] = useState<string | null>(null);
  // The field keeps what is typed, a key being pasted or typed a character at a time; the roster only a whole key.
  const [keyText, setKeyText] = useState(juror.publicKey ?? '');
  const keyFingerprint = useFingerprint(juror.publicKey);
  const { publicKey: _previousKey, ...withoutKey } = juror;
  const takeKey = (text: string) => {
    setKeyText(text);
    setProblem(null);
    if (text.trim() === '') return onChange(withoutKey);
    try {
      const card = parseKeyCard(text);
      onChange({ ...juror, publicKey: card.publicKey, ...(juror.name === '' && card.name ? { name: card.name } : {}) });
    } catch (error) {
      if (!(error instanceof JurydeskError)) throw error;
      setProblem(describeFailure(error, language));
      onChange(withoutKey);
    }
  };
  const name = juror.name || juror.id;
  return (
    <li className="editor-item juror-editor">
      <div className="juror-editor__head">
        <TextField
          label={t('staff.jurorName')}
          value={juror.name}
          onChange={(value) => onChange({ ...juror, name: value })}
        />
        <label className="checkbox">
          <input
            type="radio"
            name="staff-chair"
            checked={juror.role === 'chair'}
            onChange={() => onChange({ ...juror, role: 'chair' })}
          />
          {t('staff.isChair', { name })}
        </label>
        <button type="button" className="link-button" onClick={onRemove}>
          {t('staff.remove', { name })}
        </button>
      </div>
      <div className="key-field">
        <TextField
          label={t('staff.jurorKey', { name })}
          hint={keyFingerprint ? t('staff.keyFingerprint', { fingerprint: keyFingerprint }) : t('staff.jurorKeyHint')}
          value={keyText}
          spellCheck={false}
          error={problem ?? undefined}
          onChange={takeKey}
        />
      </div>
      <FileDropZone
        compact
        label={t('staff.keyCard', { name })}
        hint={t('staff.keyCardHint')}
        accept=".pub,.txt"
        onFiles={([file]) => file && void file.text().then(takeKey)}
      />
      {juror.role === 'chair' && !juror.publicKey && (
        <p className="warning" role="note">
          {t('staff.chairWithoutKey')}
        </p>
      )}
    </li>
  );
}

/** The jury: names, one chair, and the keys that pin each juror's files to them. */
export function JuryTab({ staff }: { staff: StaffCall }) {
  const { t } = useI18n();
  const jurors = staff.record!.description.jurors;
  // A juror's id names their files and their allowed_signers line: it follows the name until a version is signed.
  const published = staff.record!.versions.length > 0;
  const setJurors = (next: Juror[]) => void staff.describe((description) => ({ ...description, jurors: next }));
  const withId = (juror: Juror, index: number): Juror => {
    if (published || juror.name.trim() === '') return juror;
    const taken = jurors.filter((_, at) => at !== index).map((other) => other.id);
    let id = safeSegment(juror.name).toLowerCase();
    for (let copy = 2; taken.includes(id); copy++) id = `${safeSegment(juror.name).toLowerCase()}-${copy}`;
    return { ...juror, id };
  };
  return (
    <div>
      <p className="muted">{t('staff.juryIntro')}</p>
      <ol className="editor-list">
        {jurors.map((juror, index) => (
          <JurorEditor
            // By place, not by id: the id follows the name as it is typed, and the editor must keep its focus.
            key={index}
            juror={juror}
            onChange={(next) =>
              setJurors(
                jurors.map((other, at) =>
                  at === index
                    ? withId(next, index)
                    : next.role === 'chair' && other.role === 'chair'
                      ? { ...other, role: 'juror' }
                      : other,
                ),
              )
            }
            onRemove={() => setJurors(jurors.filter((_, at) => at !== index))}
          />
        ))}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() => {
          const taken = new Set(jurors.map((juror) => juror.id));
          let id = `jure-${jurors.length + 1}`;
          for (let copy = jurors.length + 2; taken.has(id); copy++) id = `jure-${copy}`;
          setJurors([
            ...jurors,
            { id, name: '', role: jurors.some((juror) => juror.role === 'chair') ? 'juror' : 'chair' },
          ]);
        }}
      >
        {t('staff.addJuror')}
      </button>
    </div>
  );
}
