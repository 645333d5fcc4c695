import { describe, expect, it } from 'vitest';
import { httpInvoke, placeholder } from '../../../src/index.ts';
import { allow, statementsFor } from './support.ts';

describe('IAM: HTTPS endpoints (http:invoke)', () => {
  it('InvokeHTTPEndpoint on the machine, the connection credentials and its secrets', () => {
    const connection = 'arn:aws:events:us-west-2:123456789012:connection/partner/1a2b';
    const r = statementsFor(
      {
        resource: httpInvoke(),
        parameters: {
          ApiEndpoint: 'https://partner.example.com/x',
          Method: 'POST',
          Authentication: { ConnectionArn: connection },
        },
      },
      { stateMachineName: 'orders' },
    );
    expect(r.statements).toEqual([
      allow(['events:RetrieveConnectionCredentials'], [connection]),
      allow(
        ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'],
        ['arn:aws:secretsmanager:*:*:secret:events!connection/*'],
      ),
      allow(['states:InvokeHTTPEndpoint'], ['arn:aws:states:*:*:stateMachine:orders']),
    ]);
  });

  it('a placeholder connection stays a placeholder', () => {
    const r = statementsFor({
      resource: httpInvoke(),
      parameters: {
        ApiEndpoint: 'https://x',
        Method: 'GET',
        Authentication: { ConnectionArn: placeholder('Conn') },
      },
    });
    expect(r.statements[0]).toEqual(allow(['events:RetrieveConnectionCredentials'], ['${Conn}']));
  });
});
