import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

/**
 * A labelled text input, with its hint and its error tied to it for screen readers: every form of the app is made
 * of these, so a field reads the same wherever it is.
 */
export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  hideLabel = false,
  ...input
}: {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  /** Shown, and announced, only while there is one. */
  error?: ReactNode;
  /** Where a table's headers already say what the field is: the label is for screen readers only. */
  hideLabel?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id'>) {
  const id = useId();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      <input
        {...input}
        id={id}
        className="text-input"
        value={value}
        aria-describedby={described || undefined}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint && (
        <p id={`${id}-hint`} className="muted hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
