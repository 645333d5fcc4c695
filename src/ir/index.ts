/**
 * The frozen, serialisable state-graph IR. See src/ir/README.md.
 */
export * from './node.ts';
export * from './expression-node.ts';
export * from './value-node.ts';
export * from './retrier-node.ts';
export * from './catcher-node.ts';
export * from './choice-rule-node.ts';
export type * from './state-base.ts';
export * from './pass-node.ts';
export * from './task-node.ts';
export * from './choice-node.ts';
export * from './wait-node.ts';
export * from './succeed-node.ts';
export * from './fail-node.ts';
export * from './graph-node.ts';
export * from './parallel-node.ts';
export * from './map-node.ts';
export type * from './state-node.ts';
export * from './state-machine-node.ts';
export * from './traverse.ts';
