import { useState, type ComponentProps } from 'react';
import { useI18n } from '@renderer/i18n';
import { TextField } from './TextField';

/** A number as people type it: “2,5” or “2.5”; null when the text is not one (or not a whole one where asked). */
export function readNumber(text: string, integer: boolean): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return integer && !Number.isInteger(value) ? null : value;
}

/**
 * A number field that keeps what is typed — “0,” on the way to “0,5”, an empty field on the way to another
 * number — and passes on only whole numbers: `onChange(null)` when emptied, if `optional`.
 */
export function NumberField({
  value,
  onChange,
  integer = false,
  optional = false,
  min,
  ...field
}: {
  value: number | undefined;
  onChange: (value: number | null) => void;
  integer?: boolean;
  optional?: boolean;
  min?: number;
} & Omit<ComponentProps<typeof TextField>, 'value' | 'onChange' | 'error' | 'min'>) {
  const { t, formatNumber } = useI18n();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [problem, setProblem] = useState<string | null>(null);
  const change = (next: string) => {
    setText(next);
    if (next.trim() === '' && optional) {
      setProblem(null);
      return onChange(null);
    }
    const read = readNumber(next, integer);
    if (read === null || (min !== undefined && read < min)) {
      const kind = integer ? 'wholeNumber' : 'number';
      return setProblem(min === undefined ? t(`field.${kind}`) : t(`field.${kind}From`, { min: formatNumber(min) }));
    }
    setProblem(null);
    onChange(read);
  };
  return (
    <TextField
      {...field}
      inputMode={integer ? 'numeric' : 'decimal'}
      value={text}
      error={problem ?? undefined}
      onChange={change}
    />
  );
}
