import { describe, expect, it } from 'vitest';
import { integration, path } from '../../../src/index.ts';
import { allow, statementsFor } from './support.ts';

describe('IAM: Amazon EventBridge', () => {
  it('PutEvents on every bus the entries name, default when none', () => {
    const r = statementsFor({
      resource: integration('events', 'putEvents'),
      parameters: {
        Entries: [
          { Detail: { a: 1 }, DetailType: 't', Source: 's' },
          { Detail: { a: 1 }, DetailType: 't', Source: 's', EventBusName: 'orders' },
          {
            Detail: {},
            DetailType: 't',
            Source: 's',
            EventBusName: 'arn:aws:events:us-east-1:123456789012:event-bus/x',
          },
        ],
      },
    });
    expect(r.statements).toEqual([
      allow(
        ['events:PutEvents'],
        [
          'arn:aws:events:*:*:event-bus/default',
          'arn:aws:events:*:*:event-bus/orders',
          'arn:aws:events:us-east-1:123456789012:event-bus/x',
        ],
      ),
    ]);
  });

  it('grants * for entries or a bus known only at run time', () => {
    for (const parameters of [
      { Entries: path('$.entries') },
      { Entries: [{ Detail: {}, DetailType: 't', Source: 's', EventBusName: path('$.bus') }] },
    ]) {
      const r = statementsFor({
        resource: integration('events', 'putEvents'),
        parameters,
      } as never);
      expect(r.statements).toEqual([allow(['events:PutEvents'], ['*'])]);
    }
  });
});
