import type { KeyboardEvent } from 'react';
import { useLakewise, useWizard } from './context';
import { useAnsweredCount } from './StepPanel';
import type { WizardStep } from './steps';

function StepTab({ step, index, selected }: { readonly step: WizardStep; readonly index: number; readonly selected: boolean }) {
  const { tr, store } = useWizard();
  const answered = useAnsweredCount(step.fields);
  return (
    <button
      type="button"
      role="tab"
      id={`wz-step-tab-${step.stage}`}
      className="wz-tab"
      aria-selected={selected}
      aria-controls="wz-step-panel"
      tabIndex={selected ? 0 : -1}
      onClick={() => store.getState().goToStep(index)}
    >
      <span className="wz-tab__number" aria-hidden="true">
        {index + 1}
      </span>
      <span className="wz-tab__name">{tr(`discovery.stage.${step.stage}` as 'discovery.stage.current-state')}</span>
      <span className="wz-tab__count">{tr('wizard.step.progress', { answered, total: step.fields.length })}</span>
    </button>
  );
}

/** The four discovery stages as tabs; arrow keys move between them (WAI-ARIA tabs pattern). */
export function StepNav() {
  const { tr, steps, store } = useWizard();
  const stepIndex = useLakewise((state) => state.stepIndex);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowRight: stepIndex + 1, ArrowLeft: stepIndex - 1, Home: 0, End: steps.length - 1 };
    const target = moves[event.key];
    if (target === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const index = (target + steps.length) % steps.length;
    store.getState().goToStep(index);
    document.getElementById(`wz-step-tab-${steps[index]?.stage}`)?.focus();
  };
  return (
    <div className="wz-tabs" role="tablist" aria-label={tr('wizard.steps.label')} onKeyDown={onKeyDown}>
      {steps.map((step, index) => (
        <StepTab key={step.stage} step={step} index={index} selected={index === stepIndex} />
      ))}
    </div>
  );
}
