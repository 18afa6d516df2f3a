import * as budgets from 'aws-cdk-lib/aws-budgets';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { TAG_KEYS } from '../shared/tags';

export interface MonthlyBudgetProps {
  /** The estimate's monthly total in USD (decimal string): the budget's limit. */
  readonly limitUsd: string;
  /** Tag value every resource of this stack carries (the answers hash); the budget counts only those costs. */
  readonly answersHash: string;
  readonly topic: sns.ITopic;
  /** Budget name (answers hash, not customer text). */
  readonly name: string;
}

/**
 * AWS Budgets cost budget set to the estimate's monthly total: an alert when actual cost
 * passes the estimate and when the forecast says it will. It counts the costs tagged with
 * this stack's answers hash, so the tag must be activated as a cost allocation tag.
 */
export class MonthlyBudget extends Construct {
  readonly budget: budgets.CfnBudget;

  constructor(scope: Construct, id: string, props: MonthlyBudgetProps) {
    super(scope, id);
    const subscribers = [{ subscriptionType: 'SNS', address: props.topic.topicArn }];
    this.budget = new budgets.CfnBudget(this, 'budget', {
      budget: {
        budgetName: props.name,
        budgetType: 'COST',
        timeUnit: 'MONTHLY',
        budgetLimit: { amount: Number(props.limitUsd), unit: 'USD' },
        costFilters: { TagKeyValue: [`user:${TAG_KEYS.answersHash}$${props.answersHash}`] },
      },
      notificationsWithSubscribers: [
        { notification: { notificationType: 'ACTUAL', comparisonOperator: 'GREATER_THAN', threshold: 100, thresholdType: 'PERCENTAGE' }, subscribers },
        { notification: { notificationType: 'FORECASTED', comparisonOperator: 'GREATER_THAN', threshold: 100, thresholdType: 'PERCENTAGE' }, subscribers },
      ],
    });
  }
}
