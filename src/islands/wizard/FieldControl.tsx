import { useId, useState, type ChangeEvent } from 'react';
import { answerField } from '../../core/answers/fields';
import type { AnswerFieldId } from '../../core/answers/field-ids';
import { readAnswer } from '../../core/answers/read';
import { PRICING_REGIONS } from '../../core/pricing/regions';
import { fieldDomId, toggleChoice } from './choices';
import { useLakewise, useWizard } from './context';
import { readTypedDecimal, writeTypedDecimal } from '../../core/text/typed-decimal';
import { INVALID, useDraft } from './use-draft';
import type { InputProblem } from '../../core/input-problem';
import { unitAfter } from '../../core/i18n/unit-label';
import { answerSubject, describeProblem } from './problem-text';

interface FieldProps {
  readonly id: AnswerFieldId;
}

function useFieldCommit(id: AnswerFieldId) {
  const wizard = useWizard();
  const [error, setError] = useState<string | undefined>();
  const refuse = (problem: InputProblem) => setError(describeProblem(problem, answerSubject(id, wizard.locale), wizard));
  const commit = (value: unknown) => {
    const result = wizard.store.getState().setAnswer(id, value);
    if (result.ok) setError(undefined);
    else refuse(result.problem);
  };
  return { error, refuse, commit };
}

function FieldError({ id, message }: { readonly id: string; readonly message: string | undefined }) {
  const { tr } = useWizard();
  if (message === undefined) return null;
  return (
    <p className="wz-field__error" id={id} role="alert">
      {tr('wizard.field.notSaved', { detail: message })}
    </p>
  );
}

function TextField({ id, describedBy }: FieldProps & { readonly describedBy: string }) {
  const { locale, tr } = useWizard();
  const field = answerField(id);
  const stored = useLakewise((state) => readAnswer(state.answers, id) as string | undefined);
  const { error, commit } = useFieldCommit(id);
  const errorId = `${fieldDomId(id)}-error`;
  const [draft, setDraft] = useDraft<string | undefined>(
    stored,
    (value) => value ?? '',
    (text) => (text.trim() === '' ? undefined : text.trim()),
  );
  const onChange = (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    setDraft(event.target.value);
    // A pasted " sa-east-1 " is the region sa-east-1: the answer is what the draft parser reads.
    const text = event.target.value.trim();
    commit(text === '' ? undefined : text);
  };
  const common = {
    id: fieldDomId(id),
    value: draft,
    onChange,
    'aria-describedby': error === undefined ? describedBy : `${describedBy} ${errorId}`,
    'aria-invalid': error !== undefined,
  };
  return (
    <div className="wz-field">
      <label className="wz-field__label" htmlFor={fieldDomId(id)}>
        {field.label[locale]}
      </label>
      {id === 'notes' ? (
        <textarea {...common} rows={4} className="wz-input wz-input--area" />
      ) : id === 'opportunity.region' ? (
        <>
          <input
            {...common}
            className="wz-input"
            type="text"
            list="wz-region-codes"
            autoComplete="off"
            spellCheck={false}
            placeholder={tr('wizard.field.regionPlaceholder')}
          />
          <datalist id="wz-region-codes">
            {PRICING_REGIONS.map((region) => (
              <option key={region} value={region} />
            ))}
          </datalist>
        </>
      ) : (
        <input {...common} className="wz-input" type="text" autoComplete="off" />
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

function NumberField({ id, describedBy }: FieldProps & { readonly describedBy: string }) {
  const { locale } = useWizard();
  const field = answerField(id);
  const stored = useLakewise((state) => readAnswer(state.answers, id) as number | undefined);
  const { error, refuse, commit } = useFieldCommit(id);
  const errorId = `${fieldDomId(id)}-error`;
  // Numbers are typed as the page's language writes them ("2,5" in pt-BR) and stored as numbers.
  const fromText = (text: string): number | undefined | typeof INVALID => {
    if (text.trim() === '') return undefined;
    const plain = readTypedDecimal(text, locale);
    return plain === undefined || !Number.isFinite(Number(plain)) ? INVALID : Number(plain);
  };
  const [draft, setDraft] = useDraft<number | undefined>(stored, (value) => (value === undefined ? '' : writeTypedDecimal(String(value), locale)), fromText);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    setDraft(text);
    const value = fromText(text);
    if (value === INVALID) return refuse({ kind: 'not-a-number' });
    commit(value);
  };
  return (
    <div className="wz-field">
      <label className="wz-field__label" htmlFor={fieldDomId(id)}>
        {field.label[locale]}
      </label>
      <span className="wz-number">
        <input
          id={fieldDomId(id)}
          className="wz-input wz-input--number"
          // Text, not type=number: the browser would read "2,5" by its own locale, not the
          // page's, and hand over an empty value for what it cannot read.
          type="text"
          inputMode="decimal"
          value={draft}
          onChange={onChange}
          aria-describedby={error === undefined ? describedBy : `${describedBy} ${errorId}`}
          aria-invalid={error !== undefined}
        />
        {field.unit === undefined ? null : <span className="wz-number__unit">{stored === undefined ? field.unit[locale] : unitAfter(field.unit, stored, locale)}</span>}
      </span>
      <FieldError id={errorId} message={error} />
    </div>
  );
}

function ChoiceField({ id, describedBy }: FieldProps & { readonly describedBy: string }) {
  const { locale, tr } = useWizard();
  const field = answerField(id);
  const name = useId();
  const stored = useLakewise((state) => readAnswer(state.answers, id) as string | undefined);
  const { error, commit } = useFieldCommit(id);
  const options = Object.entries(field.options ?? {});
  const unknownAllowed = id !== 'locale';
  return (
    <fieldset className="wz-field wz-choices" aria-describedby={describedBy}>
      <legend className="wz-field__label">{field.label[locale]}</legend>
      <div className="wz-choices__list">
        {options.map(([value, label], index) => (
          <label key={value} className="wz-choice">
            <input
              id={index === 0 ? fieldDomId(id) : undefined}
              type="radio"
              name={name}
              value={value}
              checked={stored === value}
              onChange={() => commit(value)}
            />
            <span>{label[locale]}</span>
          </label>
        ))}
        {unknownAllowed ? (
          <label className="wz-choice wz-choice--unknown">
            <input type="radio" name={name} value="" checked={stored === undefined} onChange={() => commit(undefined)} />
            <span>{tr('wizard.field.notSaid')}</span>
          </label>
        ) : null}
      </div>
      <FieldError id={`${fieldDomId(id)}-error`} message={error} />
    </fieldset>
  );
}

function ChoicesField({ id, describedBy }: FieldProps & { readonly describedBy: string }) {
  const { locale } = useWizard();
  const field = answerField(id);
  const stored = useLakewise((state) => readAnswer(state.answers, id) as readonly string[]);
  const { error, commit } = useFieldCommit(id);
  const options = Object.entries(field.options ?? {});
  const order = options.map(([value]) => value);
  return (
    <fieldset className="wz-field wz-choices" aria-describedby={describedBy}>
      <legend className="wz-field__label">{field.label[locale]}</legend>
      <div className="wz-choices__list">
        {options.map(([value, label], index) => (
          <label key={value} className="wz-choice">
            <input
              id={index === 0 ? fieldDomId(id) : undefined}
              type="checkbox"
              value={value}
              checked={stored.includes(value)}
              onChange={(event) => commit(toggleChoice(id, stored, value, event.target.checked, order))}
            />
            <span>{label[locale]}</span>
          </label>
        ))}
      </div>
      <FieldError id={`${fieldDomId(id)}-error`} message={error} />
    </fieldset>
  );
}

/** One answer field: its control, its help text and links to the other questions that ask it. */
export function FieldControl({ id, shownUnder }: FieldProps & { readonly shownUnder?: string }) {
  const { locale, tr, questionsBySlug, basePath } = useWizard();
  const field = answerField(id);
  const helpId = `${fieldDomId(id)}-help`;
  const askedBy = field.askedBy.flatMap((slug) => {
    const question = slug === shownUnder ? undefined : questionsBySlug.get(slug);
    return question === undefined ? [] : [question];
  });
  const control =
    field.input === 'number' ? (
      <NumberField id={id} describedBy={helpId} />
    ) : field.input === 'choice' ? (
      <ChoiceField id={id} describedBy={helpId} />
    ) : field.input === 'choices' ? (
      <ChoicesField id={id} describedBy={helpId} />
    ) : (
      <TextField id={id} describedBy={helpId} />
    );
  return (
    <div className={id === 'notes' ? 'wz-field-block wz-seller-only' : 'wz-field-block'} data-field={id}>
      {control}
      <p className="wz-field__help" id={helpId}>
        {field.help[locale]}
      </p>
      {askedBy.length > 0 ? (
        <p className="wz-field__asked wz-seller-only">
          {tr('wizard.field.askedBy')}{' '}
          {askedBy.map((question, index) => (
            <span key={question.slug}>
              {index > 0 ? ' · ' : null}
              <a href={`${basePath}discovery/${question.slug}/`}>{question.title}</a>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
