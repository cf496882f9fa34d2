import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Label } from '@core/documents';
import { LabelField, toLabel } from '@renderer/components/LabelField';
import { NumberField, readNumber } from '@renderer/components/NumberField';
import { Tabs } from '@renderer/components/Tabs';
import { keyFor } from '@renderer/features/staff/ColumnMapping';
import { I18nProvider } from '@renderer/i18n';

afterEach(cleanup);

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('a number as staff type it', () => {
  it('reads French and English decimals, refuses words, and whole numbers where asked', () => {
    expect(readNumber('2,5', false)).toBe(2.5);
    expect(readNumber(' 2.5 ', false)).toBe(2.5);
    expect(readNumber('-1', false)).toBe(-1);
    expect(readNumber('2,', false)).toBeNull();
    expect(readNumber('deux', false)).toBeNull();
    expect(readNumber('', false)).toBeNull();
    expect(readNumber('1e3', false)).toBeNull();
    expect(readNumber('3', true)).toBe(3);
    expect(readNumber('2.5', true)).toBeNull();
  });

  it('keeps “0,” on the screen on the way to “0,5”, and passes on only whole numbers', () => {
    const onChange = vi.fn();
    render(
      <I18nProvider initial="fr">
        <NumberField label="Poids" value={1} min={0} onChange={onChange} />
      </I18nProvider>,
    );
    type('Poids', '0,');
    expect(screen.getByLabelText('Poids')).toHaveProperty('value', '0,');
    expect(screen.getByRole('alert').textContent).toBe('Écrivez un nombre à partir de 0.');
    expect(onChange).not.toHaveBeenCalled();
    type('Poids', '0,5');
    expect(onChange).toHaveBeenLastCalledWith(0.5);
    expect(screen.queryByRole('alert')).toBeNull();
    type('Poids', '-1');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(screen.getByLabelText('Poids').getAttribute('aria-invalid')).toBe('true');
  });

  it('an optional field emptied says so; a required one asks for a number', () => {
    const onChange = vi.fn();
    render(
      <I18nProvider initial="en">
        <NumberField label="Places" value={4} integer optional onChange={onChange} />
        <NumberField label="Jurors" value={3} integer min={1} onChange={onChange} />
      </I18nProvider>,
    );
    type('Places', '');
    expect(onChange).toHaveBeenLastCalledWith(null);
    type('Jurors', '');
    expect(screen.getByRole('alert').textContent).toBe('Write a whole number from 1 up.');
    type('Jurors', '2.5');
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('a label in two languages', () => {
  it('is plain when only one text is given or both are the same, bilingual otherwise', () => {
    expect(toLabel(' Région ', '')).toBe('Région');
    expect(toLabel('', 'Region')).toBe('Region');
    expect(toLabel('Région', 'Région')).toBe('Région');
    expect(toLabel('Région', 'Region')).toEqual({ fr: 'Région', en: 'Region' });
    expect(toLabel(' ', '')).toBe('');
  });

  it('keeps each text in its own field, even when one alone makes a plain label', () => {
    function Harness() {
      const [label, setLabel] = useState<Label>('Forme juridique');
      return (
        <I18nProvider initial="en">
          <LabelField label="Label" value={label} onChange={setLabel} />
          <output>{JSON.stringify(label)}</output>
        </I18nProvider>
      );
    }
    render(<Harness />);
    type('Label (English)', 'Legal form');
    expect(screen.getByRole('status').textContent).toBe('{"fr":"Forme juridique","en":"Legal form"}');
    type('Label (French)', '');
    expect(screen.getByRole('status').textContent).toBe('"Legal form"');
    expect(screen.getByLabelText('Label (English)')).toHaveProperty('value', 'Legal form');
    expect(screen.getByLabelText('Label (French)')).toHaveProperty('value', '');
  });
});

describe('a fact’s key from its column', () => {
  it('is ASCII camel case, unique among the keys taken', () => {
    expect(keyFor('Forme juridique', [])).toBe('formeJuridique');
    expect(keyFor('Chiffre d’affaires (€)', [])).toBe('chiffreDAffaires');
    expect(keyFor('Année de création', [])).toBe('anneeDeCreation');
    expect(keyFor('Région', ['region'])).toBe('region2');
    expect(keyFor('Région', ['region', 'region2'])).toBe('region3');
    expect(keyFor('€€', [])).toBe('fact');
  });
});

describe('tabs', () => {
  function Harness() {
    const [current, setCurrent] = useState('one');
    return (
      <Tabs
        label="Steps"
        tabs={[
          { id: 'one', label: 'One' },
          { id: 'two', label: 'Two' },
          { id: 'three', label: 'Three' },
        ]}
        current={current}
        onSelect={setCurrent}
      >
        <p>Panel {current}</p>
      </Tabs>
    );
  }

  it('move with the arrows, Home and End, wrapping round, one tab stop, the panel named by its tab', () => {
    render(<Harness />);
    const tab = (name: string) => screen.getByRole('tab', { name });
    expect(tab('One').getAttribute('aria-selected')).toBe('true');
    expect([tab('One'), tab('Two'), tab('Three')].map((element) => element.tabIndex)).toEqual([0, -1, -1]);
    fireEvent.keyDown(tab('One'), { key: 'ArrowRight' });
    expect(tab('Two').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('Two'));
    expect(screen.getByRole('tabpanel', { name: 'Two' }).textContent).toBe('Panel two');
    fireEvent.keyDown(tab('Two'), { key: 'End' });
    expect(document.activeElement).toBe(tab('Three'));
    fireEvent.keyDown(tab('Three'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('One'));
    fireEvent.keyDown(tab('One'), { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(tab('Three'));
    fireEvent.keyDown(tab('Three'), { key: 'Home' });
    expect(tab('One').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('One'), { key: 'a' });
    expect(tab('One').getAttribute('aria-selected')).toBe('true');
  });
});
