import type { AnswerFieldId } from './field-ids';
import type { Answers } from './schema';

/** The value type behind each field id, so rules over answers are checked by the compiler. */
export interface AnswerValues {
  'opportunity.customerName': Answers['opportunity']['customerName'];
  'opportunity.industry': Answers['opportunity']['industry'];
  'opportunity.region': Answers['opportunity']['region'];
  'sources.kinds': Answers['sources']['kinds'];
  'volume.dailyIngestGb': Answers['volume']['dailyIngestGb'];
  'volume.retainedHistoryGb': Answers['volume']['retainedHistoryGb'];
  'volume.eventsPerSecond': Answers['volume']['eventsPerSecond'];
  'volume.recordSizeKb': Answers['volume']['recordSizeKb'];
  freshness: Answers['freshness'];
  'consumers.kinds': Answers['consumers']['kinds'];
  'consumers.dashboardUsers': Answers['consumers']['dashboardUsers'];
  'consumers.queriesPerDay': Answers['consumers']['queriesPerDay'];
  'consumers.concurrentQueries': Answers['consumers']['concurrentQueries'];
  'estate.existing': Answers['estate']['existing'];
  'team.preference': Answers['team']['preference'];
  'team.skills': Answers['team']['skills'];
  'governance.needs': Answers['governance']['needs'];
  'budget.sensitivity': Answers['budget']['sensitivity'];
  'goals.priorities': Answers['goals']['priorities'];
  locale: Answers['locale'];
  notes: Answers['notes'];
}

const READERS: { readonly [Id in AnswerFieldId]: (answers: Answers) => AnswerValues[Id] } = {
  'opportunity.customerName': (a) => a.opportunity.customerName,
  'opportunity.industry': (a) => a.opportunity.industry,
  'opportunity.region': (a) => a.opportunity.region,
  'sources.kinds': (a) => a.sources.kinds,
  'volume.dailyIngestGb': (a) => a.volume.dailyIngestGb,
  'volume.retainedHistoryGb': (a) => a.volume.retainedHistoryGb,
  'volume.eventsPerSecond': (a) => a.volume.eventsPerSecond,
  'volume.recordSizeKb': (a) => a.volume.recordSizeKb,
  freshness: (a) => a.freshness,
  'consumers.kinds': (a) => a.consumers.kinds,
  'consumers.dashboardUsers': (a) => a.consumers.dashboardUsers,
  'consumers.queriesPerDay': (a) => a.consumers.queriesPerDay,
  'consumers.concurrentQueries': (a) => a.consumers.concurrentQueries,
  'estate.existing': (a) => a.estate.existing,
  'team.preference': (a) => a.team.preference,
  'team.skills': (a) => a.team.skills,
  'governance.needs': (a) => a.governance.needs,
  'budget.sensitivity': (a) => a.budget.sensitivity,
  'goals.priorities': (a) => a.goals.priorities,
  locale: (a) => a.locale,
  notes: (a) => a.notes,
};

/** The answer behind a field id; `undefined` or an empty list when nobody said. */
export function readAnswer<Id extends AnswerFieldId>(answers: Answers, id: Id): AnswerValues[Id] {
  return READERS[id](answers);
}

/** True when the customer gave this answer (a value, or a non-empty list). */
export function isAnswered(answers: Answers, id: AnswerFieldId): boolean {
  const value: unknown = readAnswer(answers, id);
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}
