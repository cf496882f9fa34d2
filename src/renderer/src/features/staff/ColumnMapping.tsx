import { FIELD_TYPES, fieldColumn, type ColumnMapping as Mapping, type FieldType } from '@core/calls';
import { LabelField } from '@renderer/components/LabelField';
import { MoveButtons, useFocusAfterMove } from '@renderer/components/MoveButtons';
import { useI18n } from '@renderer/i18n';
import type { StaffCall } from './use-staff-call';

/** A fact's key from its column's header: plain ASCII in camel case (“Forme juridique” → formeJuridique), unique. */
export function keyFor(column: string, taken: readonly string[]): string {
  const words = column
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const base =
    words
      .map((word, index) => (index === 0 ? word.toLowerCase() : word[0]!.toUpperCase() + word.slice(1).toLowerCase()))
      .join('') || 'fact';
  let key = base;
  for (let copy = 2; taken.includes(key); copy++) key = `${base}${copy}`;
  return key;
}

function ColumnSelect({
  id,
  label,
  columns,
  value,
  optional,
  onChange,
}: {
  id: string;
  label: string;
  columns: readonly string[];
  value: string;
  optional?: boolean;
  onChange: (column: string) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{optional ? t('staff.none') : t('staff.chooseColumn')}</option>
        {columns.map((column) => (
          <option key={column} value={column}>
            {column}
          </option>
        ))}
      </select>
    </div>
  );
}

type MappingChange = (next: (current: Mapping) => Mapping) => void;

/** Facts: short data jurors sort and filter by, each with its type and the label they read. */
function FactsMapping({
  columns,
  mapping,
  change,
}: {
  columns: readonly string[];
  mapping: Mapping;
  change: MappingChange;
}) {
  const { t } = useI18n();
  const facts = Object.entries(mapping.fields);
  const focusAfterMove = useFocusAfterMove();
  // The description keeps facts in staff's order, and the signed manifest carries it as `fieldOrder`.
  const move = (index: number, by: -1 | 1) => {
    const next = [...facts];
    [next[index], next[index + by]] = [next[index + by]!, next[index]!];
    focusAfterMove(`fact-${facts[index]![0]}`, index, by, facts.length);
    change((current) => ({ ...current, fields: Object.fromEntries(next) }));
  };
  return (
    <>
      <h3>{t('staff.facts')}</h3>
      <p className="muted">{t('staff.factsHint')}</p>
      <ul className="editor-list">
        {facts.map(([key, field], index) => {
          const { column, type, label } = fieldColumn(field);
          const set = (next: Partial<{ column: string; type: FieldType; label: typeof label }>) =>
            change((current) => ({
              ...current,
              fields: { ...current.fields, [key]: { column, type, ...(label ? { label } : {}), ...next } },
            }));
          return (
            <li key={key} className="editor-item">
              <p>
                <strong>{column}</strong> <span className="muted">({key})</span>
              </p>
              <label htmlFor={`fact-type-${key}`} className="field-label small">
                {t('staff.factType', { column })}
              </label>
              <select
                id={`fact-type-${key}`}
                value={type}
                onChange={(event) => set({ type: event.target.value as FieldType })}
              >
                {FIELD_TYPES.map((option) => (
                  <option key={option} value={option}>
                    {t(`staff.type.${option}`)}
                  </option>
                ))}
              </select>
              <LabelField
                label={t('staff.factLabel', { column })}
                value={label ?? column}
                onChange={(next) => set({ label: next })}
              />
              <div className="editor-item__actions">
                <MoveButtons
                  idPrefix={`fact-${key}`}
                  name={column}
                  index={index}
                  count={facts.length}
                  onMove={(by) => move(index, by)}
                />
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    change((current) => ({
                      ...current,
                      fields: Object.fromEntries(Object.entries(current.fields).filter(([other]) => other !== key)),
                    }))
                  }
                >
                  {t('staff.remove', { name: column })}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <ColumnSelect
        id="map-add-fact"
        label={t('staff.addFact')}
        columns={columns.filter((column) => !facts.some(([, field]) => fieldColumn(field).column === column))}
        value=""
        onChange={(column) =>
          column &&
          change((current) => ({
            ...current,
            fields: {
              ...current.fields,
              [keyFor(column, Object.keys(current.fields))]: { column, type: 'string', label: column },
            },
          }))
        }
      />
    </>
  );
}

/** Free-text answers, each under the question jurors read, and the columns that name attachment files. */
function AnswersMapping({
  columns,
  mapping,
  change,
}: {
  columns: readonly string[];
  mapping: Mapping;
  change: MappingChange;
}) {
  const { t } = useI18n();
  return (
    <>
      <h3>{t('staff.answers')}</h3>
      <ul className="editor-list">
        {mapping.answers.map((answer, index) => (
          <li key={`${answer.column}-${index}`} className="editor-item">
            <p>
              <strong>{answer.column}</strong>
            </p>
            <LabelField
              label={t('staff.question', { column: answer.column })}
              value={answer.question}
              onChange={(question) =>
                change((current) => ({
                  ...current,
                  answers: current.answers.map((other, at) => (at === index ? { ...other, question } : other)),
                }))
              }
            />
            <button
              type="button"
              className="link-button"
              onClick={() =>
                change((current) => ({ ...current, answers: current.answers.filter((_, at) => at !== index) }))
              }
            >
              {t('staff.remove', { name: answer.column })}
            </button>
          </li>
        ))}
      </ul>
      <ColumnSelect
        id="map-add-answer"
        label={t('staff.addAnswer')}
        columns={columns}
        value=""
        onChange={(column) =>
          column && change((current) => ({ ...current, answers: [...current.answers, { question: column, column }] }))
        }
      />
      <fieldset className="checkbox-group checkbox-group--columns">
        <legend>{t('staff.attachmentColumns')}</legend>
        {columns.map((column) => (
          <label key={column} className="checkbox">
            <input
              type="checkbox"
              checked={mapping.attachments.includes(column)}
              onChange={(event) =>
                change((current) => ({
                  ...current,
                  attachments: event.target.checked
                    ? [...current.attachments, column]
                    : current.attachments.filter((other) => other !== column),
                }))
              }
            />
            {column}
          </label>
        ))}
      </fieldset>
    </>
  );
}

/** Which column holds what, chosen from the spreadsheet's own headers: no header is ever typed. */
export function ColumnMapping({ staff, columns }: { staff: StaffCall; columns: readonly string[] }) {
  const { t } = useI18n();
  const mapping = staff.record!.description.columns;
  const change = (next: (current: Mapping) => Mapping) =>
    void staff.describe((description) => ({ ...description, columns: next(description.columns) }));
  return (
    <div className="mapping">
      <div className="filters">
        <ColumnSelect
          id="map-id"
          label={t('staff.idColumn')}
          columns={columns}
          value={mapping.id}
          onChange={(id) => change((current) => ({ ...current, id }))}
        />
        <ColumnSelect
          id="map-name"
          label={t('staff.nameColumn')}
          columns={columns}
          value={mapping.name}
          onChange={(name) => change((current) => ({ ...current, name }))}
        />
        <ColumnSelect
          id="map-summary"
          label={t('staff.summaryColumn')}
          columns={columns}
          optional
          value={mapping.summary ?? ''}
          onChange={(summary) =>
            change(({ summary: _old, ...current }) => (summary ? { ...current, summary } : current))
          }
        />
      </div>
      <FactsMapping columns={columns} mapping={mapping} change={change} />
      <AnswersMapping columns={columns} mapping={mapping} change={change} />
    </div>
  );
}
