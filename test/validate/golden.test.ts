import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, validateText } from '../../src/validate/index.ts';
import { root } from './support.ts';

/** Every *.asl.json under golden/workflows (other engineers add them; zero files is fine). */
function goldenDefinitions(): string[] {
  const dir = join(root, 'golden', 'workflows');
  const out: string[] = [];
  const walk = (d: string): void => {
    let entries: string[];
    try {
      entries = readdirSync(d);
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (e.endsWith('.asl.json')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** Fields golden files hold on purpose through the DSL's `extra` (compile() names them so). */
const EXTRA_FIELDS: Record<string, readonly string[]> = {
  'golden/workflows/composition/extra-fields.asl.json': [
    '/NewTopLevelField',
    '/States/Call/AnotherField',
    '/States/Call/NewTaskField',
    '/States/Done/NewSucceedField',
  ],
};

describe('every golden workflow validates with zero errors', () => {
  const files = goldenDefinitions();
  it('finds the golden folder (possibly empty)', () => {
    expect(Array.isArray(files)).toBe(true);
  });
  it.each(files.map((f) => [relative(root, f), f] as const))('%s', (name, file) => {
    // goldens are deploy templates: ${Name} placeholders are bound by the IaC targets
    const errors = validateText(readFileSync(file, 'utf8'), {
      allowPlaceholders: true,
      extraFields: EXTRA_FIELDS[name] ?? [],
    }).filter((d) => d.severity === 'error');
    expect(errors.map((d) => formatDiagnostic(d, { file: name }))).toEqual([]);
  });
});
