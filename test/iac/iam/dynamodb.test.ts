import { describe, expect, it } from 'vitest';
import { integration, path, placeholder } from '../../../src/index.ts';
import { allow, statementsFor } from './support.ts';

describe('IAM: Amazon DynamoDB', () => {
  it.each(['getItem', 'putItem', 'updateItem', 'deleteItem'])('%s on the table', (action) => {
    const r = statementsFor({
      resource: integration('dynamodb', action),
      parameters: { TableName: 'Orders', Key: { id: { S: '1' } } },
    });
    expect(r.statements).toEqual([
      allow(
        [`dynamodb:${action.charAt(0).toUpperCase()}${action.slice(1)}`],
        ['arn:aws:dynamodb:*:*:table/Orders'],
      ),
    ]);
  });

  it('keeps a table ARN, takes a placeholder as an ARN, and grants * for a run-time name', () => {
    const arn = 'arn:aws:dynamodb:us-east-1:123456789012:table/Orders';
    const cases: [unknown, string][] = [
      [arn, arn],
      [placeholder('Table'), '${Table}'],
      [path('$.table'), '*'],
      ['arn:aws:s3:::not-a-table', '*'],
    ];
    for (const [TableName, resource] of cases) {
      const r = statementsFor({
        resource: integration('dynamodb', 'getItem'),
        parameters: { TableName } as never,
      });
      expect(r.statements).toEqual([allow(['dynamodb:GetItem'], [resource])]);
    }
  });
});
