import { describe, expect, it } from 'vitest';
import { integration, path, placeholder } from '../../../src/index.ts';
import { allow, statementsFor } from './support.ts';

describe('IAM: Amazon SQS', () => {
  it('turns a literal QueueUrl into the queue ARN', () => {
    const r = statementsFor({
      resource: integration('sqs', 'sendMessage', 'waitForTaskToken'),
      parameters: {
        QueueUrl: 'https://sqs.us-west-2.amazonaws.com/123456789012/approvals.fifo',
        MessageBody: 'x',
      },
    });
    expect(r.statements).toEqual([
      allow(['sqs:SendMessage'], ['arn:aws:sqs:us-west-2:123456789012:approvals.fifo']),
    ]);
  });

  it('grants * for a placeholder or run-time URL (a URL is not an ARN)', () => {
    for (const QueueUrl of [placeholder('Q'), path('$.q')]) {
      const r = statementsFor({
        resource: integration('sqs', 'sendMessage'),
        parameters: { QueueUrl, MessageBody: 'x' },
      });
      expect(r.statements).toEqual([allow(['sqs:SendMessage'], ['*'])]);
    }
  });
});

describe('IAM: Amazon SNS', () => {
  it('Publish on the topic; a phone number or run-time target gives *', () => {
    const topic = 'arn:aws:sns:us-east-1:123456789012:alerts';
    expect(
      statementsFor({
        resource: integration('sns', 'publish'),
        parameters: { TopicArn: topic, Message: 'm' },
      }).statements,
    ).toEqual([allow(['sns:Publish'], [topic])]);
    expect(
      statementsFor({
        resource: integration('sns', 'publish'),
        parameters: { PhoneNumber: '+1555', Message: 'm' },
      }).statements,
    ).toEqual([allow(['sns:Publish'], ['*'])]);
    expect(
      statementsFor({
        resource: integration('sns', 'publish'),
        parameters: { TopicArn: placeholder('T'), Message: 'm' },
      }).statements,
    ).toEqual([allow(['sns:Publish'], ['${T}'])]);
  });
});
