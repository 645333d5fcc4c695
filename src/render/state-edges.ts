import { isJsonObject } from '../util/json.ts';
import { choiceRuleLabel } from './choice-label.ts';
import { shortLabel } from './display-text.ts';
import type { RenderEdgeKind } from './render-graph.ts';

/** One outgoing transition of a state, by target state name. */
export interface StateTransition {
  readonly target: string;
  readonly kind: Exclude<RenderEdgeKind, 'start' | 'end'>;
  readonly label: string;
  /** The ASL field: `Next`, `Default`, `Choices[i]` or `Catch[i]`. */
  readonly transition: string;
}

/**
 * The outgoing transitions of one state, in a fixed order: `Choices[i].Next` (labelled with the
 * rule) and `Default` (labelled `default`) for a Choice, otherwise `Next`; then every
 * `Catch[i].Next` (labelled with its error names). Transitions whose target is not a string are
 * skipped.
 *
 * @example
 * ```ts
 * stateTransitions({ Type: 'Task', Next: 'B', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'F' }] });
 * // [{ target: 'B', kind: 'next', label: '', transition: 'Next' },
 * //  { target: 'F', kind: 'catch', label: 'States.ALL', transition: 'Catch[0]' }]
 * ```
 */
export function stateTransitions(state: unknown): StateTransition[] {
  if (!isJsonObject(state)) return [];
  const out: StateTransition[] = [];
  if (state['Type'] === 'Choice') {
    const choices = Array.isArray(state['Choices']) ? state['Choices'] : [];
    choices.forEach((rule, i) => {
      if (isJsonObject(rule) && typeof rule['Next'] === 'string') {
        out.push({
          target: rule['Next'],
          kind: 'choice',
          label: choiceRuleLabel(rule),
          transition: `Choices[${i}]`,
        });
      }
    });
    if (typeof state['Default'] === 'string') {
      out.push({
        target: state['Default'],
        kind: 'default',
        label: 'default',
        transition: 'Default',
      });
    }
  } else if (typeof state['Next'] === 'string') {
    out.push({ target: state['Next'], kind: 'next', label: '', transition: 'Next' });
  }
  const catchers = Array.isArray(state['Catch']) ? state['Catch'] : [];
  catchers.forEach((catcher, i) => {
    if (isJsonObject(catcher) && typeof catcher['Next'] === 'string') {
      out.push({
        target: catcher['Next'],
        kind: 'catch',
        label: errorNames(catcher),
        transition: `Catch[${i}]`,
      });
    }
  });
  return out;
}

/**
 * True when a state ends its branch or the machine: a Succeed state, or `End: true`.
 *
 * @example
 * ```ts
 * isTerminal({ Type: 'Pass', End: true }); // true
 * ```
 */
export function isTerminal(state: unknown): boolean {
  return isJsonObject(state) && (state['Type'] === 'Succeed' || state['End'] === true);
}

/** The error names of a catcher, comma-separated and shortened. */
function errorNames(catcher: Record<string, unknown>): string {
  const errors = catcher['ErrorEquals'];
  if (!Array.isArray(errors) || errors.length === 0) return '?';
  return shortLabel(errors.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))).join(', '));
}
