import { Aws } from 'aws-cdk-lib';
import * as glue from 'aws-cdk-lib/aws-glue';
import { Construct } from 'constructs';

export interface DataCatalogProps {
  /** Database name prefix, from the answers hash (Glue database names are unique per account and region). */
  readonly namePrefix: string;
}

/**
 * AWS Glue Data Catalog databases: one for silver (typed tables and the quarantine), one
 * for gold (what analysts and dashboards read), so access can be granted per zone.
 */
export class DataCatalog extends Construct {
  readonly silver: glue.CfnDatabase;
  readonly gold: glue.CfnDatabase;
  readonly silverName: string;
  readonly goldName: string;

  constructor(scope: Construct, id: string, props: DataCatalogProps) {
    super(scope, id);
    this.silverName = `${props.namePrefix}_silver`;
    this.goldName = `${props.namePrefix}_gold`;
    this.silver = new glue.CfnDatabase(this, 'silver', {
      catalogId: Aws.ACCOUNT_ID,
      databaseInput: { name: this.silverName, description: 'Lakewise silver zone: typed, checked records and the quarantine' },
    });
    this.gold = new glue.CfnDatabase(this, 'gold', {
      catalogId: Aws.ACCOUNT_ID,
      databaseInput: { name: this.goldName, description: 'Lakewise gold zone: curated aggregates for consumers' },
    });
  }

  /** ARNs the catalog checks for a request on this database and its tables. */
  arns(database: 'silver' | 'gold'): { catalog: string; database: string; tables: string } {
    const name = database === 'silver' ? this.silverName : this.goldName;
    const base = `arn:${Aws.PARTITION}:glue:${Aws.REGION}:${Aws.ACCOUNT_ID}`;
    return { catalog: `${base}:catalog`, database: `${base}:database/${name}`, tables: `${base}:table/${name}/*` };
  }
}
