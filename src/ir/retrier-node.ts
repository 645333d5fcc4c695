import { defineNode } from './node.ts';

/** One `Retry` entry. */
export interface RetrierNode {
  readonly kind: 'Retrier';
  readonly errorEquals: readonly string[];
  readonly comment?: string;
  readonly intervalSeconds?: number;
  readonly maxAttempts?: number;
  readonly backoffRate?: number;
  readonly maxDelaySeconds?: number;
  readonly jitterStrategy?: 'FULL' | 'NONE';
}
export const RetrierNode = defineNode<RetrierNode>('Retrier');
