import type { SchemaIssue } from '../../core/errors';
import type { ReadStoredResult } from '../../store/persistence';
import type { DecodeShareResult, ShareProblem } from '../../store/share';
import type { Notice } from '../../store/ui-slice';
import { describeIssues, type ProblemWording, type UsageDefinitions } from './problem-text';

/** Why a share link or the copy saved in this browser was not loaded, as the banner above the wizard says it. */

const SHARE_PROBLEM_KEYS: Record<ShareProblem, Notice['messageKey']> = {
  malformed: 'wizard.notice.shareMalformed',
  'future-version': 'wizard.notice.shareFutureVersion',
  damaged: 'wizard.notice.shareDamaged',
  'invalid-inputs': 'wizard.notice.shareInvalid',
};

// Only refused values need more than the notice itself: a damaged or foreign link holds
// nothing a person could correct, so it gets no detail.
function withDetail(notice: Notice, issues: readonly SchemaIssue[] | undefined, wording: ProblemWording, usage: UsageDefinitions): Notice {
  return issues === undefined || issues.length === 0 ? notice : { ...notice, detail: describeIssues(issues, wording, usage) };
}

export function shareFailureNotice(failure: Extract<DecodeShareResult, { ok: false }>, wording: ProblemWording, usage: UsageDefinitions): Notice {
  return withDetail({ tone: 'error', messageKey: SHARE_PROBLEM_KEYS[failure.problem] }, failure.issues, wording, usage);
}

export function storedFailureNotice(failure: Extract<ReadStoredResult, { ok: false }>, wording: ProblemWording, usage: UsageDefinitions): Notice {
  return withDetail({ tone: 'error', messageKey: 'wizard.notice.storedUnreadable' }, failure.issues, wording, usage);
}
