import { memo } from 'react';
import type { ArchitectureModel } from '../../core/architecture/model';
import { catalogService } from '../../core/catalog/services';
import { relevantObjections } from '../../store/derived';
import { useWizard } from './context';
import { Disclosure } from './Disclosure';
import { useArchitecture } from './use-derived';

export const OBJECTIONS_PANEL_ID = 'wz-objections';

/** "They will say…": the objection cards about the services in the architecture (seller-only). */
export function ObjectionsPanel() {
  return <ObjectionCards components={useArchitecture().components} />;
}

const ObjectionCards = memo(function ObjectionCards({ components }: { readonly components: ArchitectureModel['components'] }) {
  const { tr, trCount, basePath, objections } = useWizard();
  const cards = relevantObjections(components, objections);
  const chosen = new Set(components.map((component) => component.serviceId));
  return (
    <Disclosure
      className="wz-panel wz-objections wz-seller-only"
      id={OBJECTIONS_PANEL_ID}
      summaryClassName="wz-panel__title"
      summary={
        <>
          {tr('wizard.objections.title')} <span className="wz-panel__count">{trCount('wizard.objections.count', cards.length)}</span>
        </>
      }
    >
      {() =>
        cards.length === 0 ? (
          <p className="wz-muted">{tr('wizard.objections.none')}</p>
        ) : (
          <ul className="wz-objections__list">
            {cards.map((card) => (
              <li key={card.slug} className="wz-objection" data-objection={card.slug}>
                <h3 className="wz-objection__title">
                  <a href={`${basePath}objections/${card.slug}/`}>{card.title}</a>
                </h3>
                <blockquote className="wz-objection__quote">
                  <p>{card.objection}</p>
                </blockquote>
                <p className="wz-objection__answer">
                  <strong>{tr('wizard.objections.answer')}</strong> {card.answer}
                </p>
                <p className="wz-muted">
                  {tr('wizard.objections.about')}{' '}
                  {card.services
                    .filter((service) => chosen.has(service))
                    .map((service) => catalogService(service).shortName)
                    .join(', ')}
                </p>
              </li>
            ))}
          </ul>
        )
      }
    </Disclosure>
  );
});
