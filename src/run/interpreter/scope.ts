/**
 * Workflow variables (`Assign`, `$name`). Each Parallel branch and Map iteration gets a child
 * scope: it reads the outer variables, and what it assigns stays inside it. Distributed Map
 * iterations get a fresh root scope (they cannot read outer variables).
 */

import { setOwn } from './json-values.ts';

/** The result of a variable lookup. */
export type VariableLookup =
  { readonly found: true; readonly value: unknown } | { readonly found: false };

/** A scope of variables, chained to its parent. */
export class VariableScope {
  readonly #parent: VariableScope | undefined;
  readonly #vars = new Map<string, unknown>();

  constructor(parent?: VariableScope) {
    this.#parent = parent;
  }

  /** A child scope (a branch or an iteration). */
  child(): VariableScope {
    return new VariableScope(this);
  }

  /** Looks a variable up, innermost scope first. */
  get(name: string): VariableLookup {
    if (this.#vars.has(name)) return { found: true, value: this.#vars.get(name) };
    return this.#parent ? this.#parent.get(name) : { found: false };
  }

  /** Assigns variables in this scope. */
  assign(values: Readonly<Record<string, unknown>>): void {
    for (const [k, v] of Object.entries(values)) this.#vars.set(k, v);
  }

  /** Every visible variable (inner ones override outer ones), for JSONata bindings. */
  all(): Record<string, unknown> {
    const out: Record<string, unknown> = this.#parent ? this.#parent.all() : {};
    for (const [k, v] of this.#vars) setOwn(out, k, v);
    return out;
  }
}
