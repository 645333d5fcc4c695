// readAslDefinition: a plain ASL definition into the IR (issue 13, point 3). Emitting what it
// reads gives the definition back: byte for byte for aslc's own output, by meaning (the diff's
// equality) for hand-written files.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonEqual } from '../../../src/diff/index.ts';
import { emitAsl, serializeAsl } from '../../../src/emit/index.ts';
import { readAslDefinition } from '../../../src/iac/asl-input/read-definition.ts';
import { collectPlaceholders } from '../../../src/ir/traverse.ts';
import { validate } from '../../../src/validate/index.ts';
import { repoRoot } from '../../support/cli.ts';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : e.name.endsWith('.asl.json')
        ? [join(dir, e.name)]
        : [],
  );
}

const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe('readAslDefinition gives back what it reads', () => {
  const goldens = files(join(repoRoot, 'golden/workflows')).filter(
    (f) => !f.endsWith('extra-fields.asl.json'), // fields no reader knows, on purpose
  );
  it.each(goldens.map((f) => [relative(repoRoot, f), f]))('%s, byte for byte', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(serializeAsl(emitAsl(readAslDefinition(JSON.parse(text))))).toBe(text);
  });

  const handWritten = [
    ...files(join(repoRoot, 'fixtures/validation/valid')),
    ...files(join(repoRoot, 'fixtures/validation/corpus/valid')),
  ].filter((f) =>
    validate(read(f), { allowPlaceholders: true }).every((d) => d.severity !== 'error'),
  );
  it('hand-written valid definitions, by meaning', () => {
    expect(handWritten.length).toBeGreaterThan(100);
    for (const file of handWritten) {
      const definition = read(file);
      let emitted: unknown;
      try {
        emitted = emitAsl(readAslDefinition(definition));
      } catch (e) {
        // What the IR cannot hold is refused with a code, never a crash.
        expect((e as { code?: string }).code, relative(repoRoot, file)).toBe(
          'UnsupportedAslWorkflow',
        );
        continue;
      }
      expect(jsonEqual(emitted, definition), relative(repoRoot, file)).toBe(true);
    }
  });
});

describe('placeholders of a plain ASL definition', () => {
  it('are found in Resources, payload values and quoted intrinsic arguments', () => {
    const machine = readAslDefinition({
      StartAt: 'Submit',
      States: {
        Submit: {
          Type: 'Task',
          Resource: 'arn:${Partition}:states:::batch:submitJob.sync',
          Parameters: {
            JobQueue: '${QueueArn}',
            'Name.$': "States.Format('{}-{}', '${Stage}', $.id)",
            'Plain.$': '$.x',
            Note: 'cost ${AWS::Region} stays text',
          },
          Next: 'Call',
        },
        Call: { Type: 'Task', Resource: '${inventoryBucket.bucketName}', End: true },
      },
    });
    expect(collectPlaceholders(machine)).toEqual([
      'Partition',
      'QueueArn',
      'Stage',
      'inventoryBucket.bucketName',
    ]);
    const asl = emitAsl(machine, { placeholder: (n, c) => `<${n}:${c}>` });
    expect(asl.States['Submit']).toMatchObject({
      Resource: 'arn:<Partition:string>:states:::batch:submitJob.sync',
      Parameters: {
        JobQueue: '<QueueArn:string>',
        'Name.$': "States.Format('{}-{}', '<Stage:intrinsic>', $.id)",
        'Plain.$': '$.x',
        Note: 'cost ${AWS::Region} stays text',
      },
    });
  });

  it('where the IR cannot hold one, an UnsupportedAslWorkflow error names the field', () => {
    const cases: [unknown, string][] = [
      [{ Type: 'Pass', Comment: 'for ${Env}', End: true }, '/States/A/Comment'],
      [{ Type: 'Pass', InputPath: '$.${Field}', End: true }, '/States/A/InputPath'],
      [
        { Type: 'Pass', Parameters: { 'a.$': '$.${Field}' }, End: true },
        '/States/A/Parameters/a.$',
      ],
      [
        { Type: 'Pass', Parameters: { 'a.$': "States.Format('{}', $.${F})" }, End: true },
        '/States/A/Parameters/a.$',
      ],
      [{ Type: 'Pass', Parameters: { a: 'cost $${X}' }, End: true }, '/States/A/Parameters/a'],
      [{ Type: 'Fail', Error: '${ErrorName}' }, '/States/A/Error'],
      [
        {
          Type: 'Pass',
          Parameters: { 'a.$': "States.Format('\\\\{\\\\} {}', '${X}')" },
          End: true,
        },
        '/States/A/Parameters/a.$',
      ],
    ];
    for (const [state, field] of cases) {
      try {
        readAslDefinition({ StartAt: 'A', States: { A: state } });
        expect.unreachable(`no error for ${JSON.stringify(state)}`);
      } catch (e) {
        expect(e).toMatchObject({ code: 'UnsupportedAslWorkflow', field });
        expect((e as { hint?: string }).hint).toBeDefined();
      }
    }
  });

  it('refuses a placeholder inside a JSONata string of a payload, which would inject JSONata', () => {
    const definition = {
      QueryLanguage: 'JSONata',
      StartAt: 'A',
      States: { A: { Type: 'Pass', Output: { x: "{% 'v-${Stage}' %}" }, End: true } },
    };
    expect(() => readAslDefinition(definition)).toThrow(
      expect.objectContaining({
        code: 'UnsupportedAslWorkflow',
        field: '/States/A/Output/x',
        message: expect.stringContaining('JSONata expression'),
        hint: expect.stringContaining('variable'),
      }),
    );
  });
});
