import { memo, useMemo } from 'react';
import { answerField } from '../../core/answers/fields';
import type { Alternative, Component, Warning } from '../../core/architecture/model';
import { ANSWER_FIELD_IDS, type AnswerFieldId } from '../../core/answers/field-ids';
import { catalogService, type ServiceId } from '../../core/catalog/services';
import { LAYERS } from '../../core/layers';
import { alternativeReason, componentRationale, warningMessage } from '../../core/rules/explain';
import { openAnswerEffects, type OpenAnswerEffect } from '../../core/rules/open-answers';
import { useLakewise, useWizard } from './context';
import { useArchitecture } from './use-derived';

const isFieldId = (id: string): id is AnswerFieldId => (ANSWER_FIELD_IDS as readonly string[]).includes(id);

/** What the unknown or conflicting answers change, each with a way back to the question. */
export function WarningsView() {
  const model = useArchitecture();
  const answers = useLakewise((state) => state.answers);
  // Runs the advisor once per option of each open question (a few milliseconds), so only when the answers change.
  const effects = useMemo(() => openAnswerEffects(answers, model), [answers, model]);
  return <WarningList warnings={model.warnings} effects={effects} />;
}

const WarningList = memo(function WarningList({ warnings, effects }: { readonly warnings: readonly Warning[]; readonly effects: readonly OpenAnswerEffect[] }) {
  const { tr, locale, explanations, focusField } = useWizard();
  const warned = new Set(warnings.flatMap((warning) => warning.fields));
  const otherEffects = effects.filter((effect) => !warned.has(effect.field));
  const serviceNames = (services: readonly ServiceId[]) => services.map((service) => catalogService(service).shortName).join(', ');
  if (warnings.length === 0 && otherEffects.length === 0) return null;
  return (
    <section className="wz-panel wz-warnings" aria-labelledby="wz-warnings-title">
      <h2 className="wz-panel__title" id="wz-warnings-title">
        {tr('wizard.warnings.title')}
      </h2>
      <ul className="wz-warnings__list">
        {warnings.map((warning) => (
          <li key={warning.id} className="wz-warning">
            <p>{warningMessage(warning, explanations)}</p>
            <p className="wz-warning__fields">
              {warning.fields.filter(isFieldId).map((field) => (
                <button key={field} type="button" className="wz-linkish" onClick={() => focusField(field)}>
                  {tr('wizard.warnings.answer', { field: answerField(field).label[locale] })}
                </button>
              ))}
            </p>
          </li>
        ))}
        {otherEffects.map((effect) => (
          <li key={effect.field} className="wz-warning" data-open-answer={effect.field}>
            <p>
              {effect.couldAdd.length > 0 ? tr('wizard.warnings.couldAdd', { services: serviceNames(effect.couldAdd) }) : null}
              {effect.couldAdd.length > 0 && effect.couldRemove.length > 0 ? ' ' : null}
              {effect.couldRemove.length > 0 ? tr('wizard.warnings.couldRemove', { services: serviceNames(effect.couldRemove) }) : null}
            </p>
            <p className="wz-warning__fields">
              <button type="button" className="wz-linkish" onClick={() => focusField(effect.field)}>
                {tr('wizard.warnings.answer', { field: answerField(effect.field).label[locale] })}
              </button>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
});

/** Components by layer with their role and rationale, then the alternatives the advisor weighed. */
export function ArchitectureView() {
  const model = useArchitecture();
  return <ComponentList components={model.components} alternatives={model.alternatives} />;
}

const ComponentList = memo(function ComponentList({
  components,
  alternatives,
}: {
  readonly components: readonly Component[];
  readonly alternatives: readonly Alternative[];
}) {
  const { tr, trCount, locale, explanations, basePath } = useWizard();
  const byId = new Map(components.map((component) => [component.id, component]));
  return (
    <section className="wz-panel wz-architecture" aria-labelledby="wz-architecture-title">
      <h2 className="wz-panel__title" id="wz-architecture-title">
        {tr('wizard.architecture.title')}
        <span className="wz-panel__count">{trCount('wizard.architecture.count', components.length)}</span>
      </h2>
      {LAYERS.map((layer) => {
        const members = components.filter((component) => component.layer === layer);
        if (members.length === 0) return null;
        return (
          <div key={layer} className="wz-layer">
            <h3 className="wz-layer__title">{tr(`layer.${layer}` as 'layer.ingest')}</h3>
            <ul className="wz-components">
              {members.map((component) => (
                <li key={component.id} className="wz-component" data-component={component.id}>
                  <p className="wz-component__head">
                    <a className="wz-component__name" href={`${basePath}services/${component.serviceId}/`}>
                      {catalogService(component.serviceId).name}
                    </a>
                    <span className="wz-component__role">{component.roleLabel[locale]}</span>
                  </p>
                  <p className="wz-component__rationale">{componentRationale(component, explanations)}</p>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {alternatives.length > 0 ? (
        <details className="wz-alternatives">
          <summary>{trCount('wizard.alternatives.title', alternatives.length)}</summary>
          <ul>
            {alternatives.map((alternative) => {
              const chosen = byId.get(alternative.chosen);
              return (
                <li key={`${alternative.chosen}-${alternative.serviceId}`}>
                  <strong>
                    {tr('wizard.alternatives.instead', {
                      lost: catalogService(alternative.serviceId).shortName,
                      chosen: chosen === undefined ? alternative.chosen : catalogService(chosen.serviceId).shortName,
                    })}
                  </strong>{' '}
                  {alternativeReason(alternative, explanations)}
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
    </section>
  );
});
