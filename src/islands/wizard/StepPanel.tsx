import { isAnswered } from '../../core/answers/read';
import type { AnswerFieldId } from '../../core/answers/field-ids';
import { useLakewise, useWizard } from './context';
import { FieldControl } from './FieldControl';
import type { StepQuestion, WizardStep } from './steps';

function QuestionBlock({ entry }: { readonly entry: StepQuestion }) {
  const { tr, basePath, personasBySlug } = useWizard();
  const { question, fields } = entry;
  const headingId = `wz-question-${question.slug}`;
  return (
    <section className={fields.length === 0 ? 'wz-question wz-question--prompt' : 'wz-question'} aria-labelledby={headingId}>
      <h3 className="wz-question__title" id={headingId}>
        {question.title}
      </h3>
      <div className="wz-question__notes wz-seller-only">
        <p className="wz-question__links">
          <a href={`${basePath}discovery/${question.slug}/`}>{tr('wizard.question.open')}</a>
          {question.personas.length > 0 ? (
            <>
              {' · '}
              {tr('wizard.question.personas')}{' '}
              {question.personas.map((slug, index) => (
                <span key={slug}>
                  {index > 0 ? ', ' : null}
                  <a href={`${basePath}personas/${slug}/`}>{personasBySlug.get(slug) ?? slug}</a>
                </span>
              ))}
            </>
          ) : null}
        </p>
        <details className="wz-question__why">
          <summary>{tr('wizard.question.why')}</summary>
          <p>{question.why}</p>
          <p className="wz-question__listen-title">{tr('wizard.question.listenFor')}</p>
          <ul>
            {question.listenFor.map((signal) => (
              <li key={signal}>{signal}</li>
            ))}
          </ul>
        </details>
      </div>
      {fields.length === 0 ? (
        <p className="wz-question__answered-earlier wz-seller-only">{tr('wizard.question.answeredEarlier')}</p>
      ) : (
        fields.map((id) => <FieldControl key={id} id={id} shownUnder={question.slug} />)
      )}
    </section>
  );
}

/** How many of a step's fields have an answer. */
export function useAnsweredCount(fields: readonly AnswerFieldId[]): number {
  return useLakewise((state) => fields.filter((id) => isAnswered(state.answers, id)).length);
}

/** The questions and fields of the current step, with the way to the next one. */
export function StepPanel({ step, index }: { readonly step: WizardStep; readonly index: number }) {
  const { tr, store, steps } = useWizard();
  const last = index === steps.length - 1;
  const answered = useAnsweredCount(step.fields);
  const next = () => {
    store.getState().nextStep();
    document.getElementById('wz-step-heading')?.focus();
  };
  const previous = () => {
    store.getState().previousStep();
    document.getElementById('wz-step-heading')?.focus();
  };
  return (
    <div className="wz-step" role="tabpanel" id="wz-step-panel" aria-labelledby={`wz-step-tab-${step.stage}`}>
      <h2 className="wz-step__title" id="wz-step-heading" tabIndex={-1}>
        {tr(`discovery.stage.${step.stage}` as 'discovery.stage.current-state')}
        <span className="wz-step__progress">{tr('wizard.step.progress', { answered, total: step.fields.length })}</span>
      </h2>
      <p className="wz-step__lead">{tr('wizard.step.skipHint')}</p>
      {step.questions.map((entry) => (
        <QuestionBlock key={entry.question.slug} entry={entry} />
      ))}
      {step.otherFields.length > 0 ? (
        <section className="wz-question" aria-labelledby="wz-other-fields">
          <h3 className="wz-question__title" id="wz-other-fields">
            {tr('wizard.step.otherFields')}
          </h3>
          {step.otherFields.map((id) => (
            <FieldControl key={id} id={id} />
          ))}
        </section>
      ) : null}
      <div className="wz-step__actions">
        {index > 0 ? (
          <button type="button" className="wz-button" onClick={previous}>
            {tr('wizard.step.previous')}
          </button>
        ) : null}
        {last ? null : (
          <button type="button" className="wz-button wz-button--primary" onClick={next}>
            {answered === 0 ? tr('wizard.step.skip') : tr('wizard.step.next')}
          </button>
        )}
      </div>
    </div>
  );
}
