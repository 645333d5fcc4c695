import { childPointer } from '../model/pointer.ts';
import { choiceRules, handlers, subObject } from '../model/fields.ts';
import { forEachPayloadEntry } from '../model/payload.ts';
import type { Rule } from './rule.ts';

/**
 * Keys ending `.$` are JSONPath syntax; JSONata states write `{% … %}` values instead (§1.7).
 * Except in `Output` (the state's, a catcher's, a Choice rule's): AWS accepts a `.$` key there
 * and runs it as a plain key (AWS's verdict on the definitions measured for issue 12), so it is
 * not reported.
 */
export const pathKeyInJsonataRule: Rule = {
  name: 'path-key-in-jsonata',
  codes: ['PathKeyInJsonata'],
  description: "JSONata states have no keys ending in '.$'",
  check(ctx) {
    for (const state of ctx.index.states) {
      if (state.queryLanguage !== 'JSONata') continue;
      const templates: [unknown, string][] = [];
      for (const f of ['Arguments', 'Assign', 'ItemSelector', 'Items']) {
        templates.push([state.node[f], childPointer(state.pointer, f)]);
      }
      for (const c of handlers(state, 'Catch')) {
        templates.push([c.node['Assign'], childPointer(c.pointer, 'Assign')]);
      }
      for (const r of choiceRules(state)) {
        if (r.nested) continue;
        templates.push([r.rule['Assign'], childPointer(r.pointer, 'Assign')]);
      }
      for (const key of ['ItemReader', 'ResultWriter', 'ItemBatcher']) {
        const sub = subObject(state.node, state.pointer, key);
        if (sub === undefined) continue;
        const f = key === 'ItemBatcher' ? 'BatchInput' : 'Arguments';
        templates.push([sub.node[f], childPointer(sub.pointer, f)]);
      }
      for (const [value, pointer] of templates) {
        forEachPayloadEntry(value, pointer, (e) => {
          if (!e.key.endsWith('.$')) return;
          ctx.report(
            'PathKeyInJsonata',
            e.pointer,
            `Key '${e.key}' ends in '.$', which is JSONPath syntax; this state uses JSONata`,
            {
              stateInfo: state,
              hint: `name it '${e.key.slice(0, -2)}' and write the value as {% expression %}`,
            },
          );
        });
      }
    }
  },
};
