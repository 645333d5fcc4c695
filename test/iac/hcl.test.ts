import { describe, expect, it } from 'vitest';
import { attribute, blank, block, objectExpr, writeHcl } from '../../src/iac/terraform/hcl.ts';

describe('HCL writer', () => {
  it('aligns consecutive single-line attributes; blank lines, blocks and multi-line values end a group', () => {
    const text = writeHcl(
      ['generated'],
      [
        block(
          'resource',
          ['aws_sfn_state_machine', 'x'],
          [
            attribute('name', '"x"'),
            attribute('role_arn', 'var.r'),
            attribute(
              'definition',
              `templatefile("t", ${objectExpr([
                ['A', 'var.a'],
                ['Longer', 'var.b'],
              ])})`,
            ),
            attribute('type', '"STANDARD"'),
            blank,
            block('tracing_configuration', [], [attribute('enabled', 'true')]),
            block('empty', [], []),
          ],
        ),
      ],
    );
    expect(text).toBe(
      [
        '# generated',
        '',
        'resource "aws_sfn_state_machine" "x" {',
        '  name     = "x"',
        '  role_arn = var.r',
        '  definition = templatefile("t", {',
        '    A      = var.a',
        '    Longer = var.b',
        '  })',
        '  type = "STANDARD"',
        '',
        '  tracing_configuration {',
        '    enabled = true',
        '  }',
        '  empty {}',
        '}',
        '',
      ].join('\n'),
    );
  });
});
