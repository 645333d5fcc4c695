/**
 * An imported definition as a TypeScript workflow module: a header naming where it came from,
 * one `import … from 'aslc'`, a constant per state that needs a name (in an order builders can
 * be called in), and `export default stateMachine({ … })`. The code is plain and regular; the
 * caller formats it.
 */
import { isJsonObject } from '../util/json.ts';
import { commentText, numberLiteral, propertyKey, stringLiteral } from './code-text.ts';
import type { Lang } from './field-code.ts';
import { createGenContext, use, type GenContext, type Unsupported } from './gen-context.ts';
import { machineModel, type StateModel } from './graph-model.ts';
import { IdentifierPool } from './identifiers.ts';
import { layoutMachine, type Decl, type Expr, type Layout } from './layout.ts';
import { plainPlaceholders } from './plain-placeholders.ts';
import { unreachableStates } from './segments.ts';
import { stateCode } from './state-code.ts';
import { valueCode } from './value-code.ts';

/** Everything `aslc` exports that generated code may use (never used as a variable name). */
const DSL_NAMES = [
  'Condition',
  'States',
  'awsSdk',
  'branch',
  'chain',
  'choice',
  'contextPath',
  'distributedMap',
  'fail',
  'httpInvoke',
  'integration',
  'intrinsic',
  'jsonata',
  'lambdaInvoke',
  'map',
  'parallel',
  'pass',
  'path',
  'placeholder',
  'stateMachine',
  'sub',
  'succeed',
  'task',
  'variable',
  'wait',
];

/** A definition to turn into a module, and where it came from. */
export interface ModuleSource {
  /** The source file, as shown to the user. */
  readonly file: string;
  /** The template resource or Serverless state machine it was read from, if any. */
  readonly resource?: string;
  /** The ASL definition (valid). */
  readonly definition: Record<string, unknown>;
  /**
   * Deploy-time placeholders: `${Name}` strings that are substitutions, with what each stands
   * for in the source (a `DefinitionSubstitutions` value, a CloudFormation reference…), shown in
   * the header. `any`: a plain ASL file, whose placeholders are read from the way it uses them.
   */
  readonly placeholders: ReadonlyMap<string, string> | 'any';
}

/** A generated module, or what keeps the definition from being one. */
export interface GeneratedModule {
  /** The module's code (not yet formatted). */
  readonly code: string;
  /** Constructs the DSL cannot write (empty when the module is complete). */
  readonly unsupported: readonly Unsupported[];
}

/** Small states without links are written where they are used instead of being named. */
const INLINE_LIMIT = 60;

/** The module's header comment lines. */
function header(source: ModuleSource): string[] {
  const from =
    source.resource === undefined
      ? commentText(source.file)
      : `${commentText(source.file)} (${commentText(source.resource)})`;
  const lines = [`// Imported by aslc from ${from}.`];
  if (source.placeholders !== 'any' && source.placeholders.size > 0) {
    lines.push('// Deploy-time placeholders:');
    for (const [name, what] of source.placeholders) {
      lines.push(`//   ${commentText(name)}: ${commentText(what)}`);
    }
  }
  return lines;
}

/** `chain(a, chain(b, c))` → `chain(a, b, c)`. */
function flatItems(items: readonly Expr[]): Expr[] {
  return items.flatMap((e) => (e.kind === 'chain' ? flatItems(e.items) : [e]));
}

/** Writes the module of a machine once its layout is known. */
class ModuleWriter {
  readonly ctx: GenContext;
  readonly layout: Layout;
  readonly machineLang: Lang;
  readonly names = new IdentifierPool(DSL_NAMES);
  readonly #stateNames = new Map<string, string>();
  readonly #chainNames = new Map<number, string>();
  readonly #states: ReadonlyMap<string, StateModel>;
  readonly #leafCode: Map<string, string>;

  constructor(
    ctx: GenContext,
    layout: Layout,
    machineLang: Lang,
    states: ReadonlyMap<string, StateModel>,
    leafCode: Map<string, string>,
  ) {
    this.ctx = ctx;
    this.layout = layout;
    this.machineLang = machineLang;
    this.#states = states;
    this.#leafCode = leafCode;
  }

  /** Names the constants in declaration order. */
  nameDeclarations(): void {
    for (const d of this.layout.order) {
      if (d.kind === 'state') this.#stateNames.set(d.state, this.names.forState(d.state));
      else if (d.kind === 'chain') {
        const seg = this.layout.segments[d.segment];
        this.#chainNames.set(d.segment, this.names.forState(seg?.states[0] ?? 'steps', 'Steps'));
      }
    }
  }

  declName(d: Decl): string {
    if (d.kind === 'state') return this.#stateNames.get(d.state) as string;
    if (d.kind === 'chain') return this.#chainNames.get(d.segment) as string;
    return 'machine';
  }

  exprCode(expr: Expr): string {
    if (expr.kind === 'ref') return this.declName(expr.decl);
    if (expr.kind === 'state') return this.stateCode(expr.state);
    if (expr.kind === 'afterwards') return `${this.exprCode(expr.choice)}.afterwards()`;
    return `${use(this.ctx, 'chain')}(${flatItems(expr.items)
      .map((e) => this.exprCode(e))
      .join(', ')})`;
  }

  stateCode(name: string): string {
    const cached = this.#leafCode.get(name);
    if (cached !== undefined) return cached;
    const state = this.#states.get(name) as StateModel;
    return stateCode({
      ctx: this.ctx,
      state,
      lang: langOf(state, this.machineLang),
      refCode: (index) => this.exprCode(this.layout.exprAt({ kind: 'ref', state: name, index })),
      graphCode: (graph) => this.exprCode(this.layout.exprAt({ kind: 'root', graph })),
    });
  }

  declaration(d: Decl, definition: Record<string, unknown>): string {
    if (d.kind === 'state') return `const ${this.declName(d)} = ${this.stateCode(d.state)};`;
    if (d.kind === 'chain') {
      return `const ${this.declName(d)} = ${this.exprCode(this.layout.segmentExpr(d.segment))};`;
    }
    const options: string[] = [];
    if (typeof definition['Comment'] === 'string')
      options.push(`comment: ${stringLiteral(definition['Comment'])}`);
    if (typeof definition['QueryLanguage'] === 'string') {
      options.push(`queryLanguage: ${stringLiteral(definition['QueryLanguage'])}`);
    }
    if (typeof definition['TimeoutSeconds'] === 'number') {
      options.push(`timeoutSeconds: ${numberLiteral(definition['TimeoutSeconds'])}`);
    }
    if (typeof definition['Version'] === 'string')
      options.push(`version: ${stringLiteral(definition['Version'])}`);
    const extra = Object.keys(definition).filter((k) => !TOP_FIELDS.has(k));
    if (extra.length > 0) {
      const entries = extra.map(
        (k) => `${propertyKey(k)}: ${valueCode(this.ctx, definition[k], 'literal')}`,
      );
      options.push(`extra: { ${entries.join(', ')} }`);
    }
    options.push(`definition: ${this.exprCode(this.layout.exprAt({ kind: 'root', graph: 0 }))}`);
    return `export default ${use(this.ctx, 'stateMachine')}({ ${options.join(', ')} });`;
  }
}

function langOf(state: StateModel, machineLang: Lang): Lang {
  const own = state.json['QueryLanguage'];
  return own === 'JSONata' || own === 'JSONPath' ? own : machineLang;
}

const TOP_FIELDS = new Set([
  'StartAt',
  'States',
  'Comment',
  'QueryLanguage',
  'TimeoutSeconds',
  'Version',
]);
const BRANCH_FIELDS = new Set(['StartAt', 'States', 'Comment']);

/** Fields of branches the DSL has no option for. */
function graphProblems(model: ReturnType<typeof machineModel>): Unsupported[] {
  const out: Unsupported[] = [];
  for (const s of model.states.values()) {
    const branches = s.json['Branches'];
    if (!Array.isArray(branches)) continue;
    branches.forEach((b: unknown, i) => {
      if (!isJsonObject(b)) return;
      for (const key of Object.keys(b)) {
        if (!BRANCH_FIELDS.has(key)) {
          out.push({
            state: s.name,
            field: `Branches/${i}/${key}`,
            reason: `branch field '${key}' is not supported by the DSL`,
          });
        }
      }
    });
  }
  return out;
}

/**
 * Generates the workflow module of a valid definition.
 *
 * @example
 * ```ts
 * const { code } = generateModule({ file: 'hello.asl.json', definition, placeholders: 'any' });
 * ```
 */
export function generateModule(source: ModuleSource): GeneratedModule {
  const { definition, placeholders } = source;
  const known = placeholders === 'any' ? plainPlaceholders(definition) : placeholders;
  const ctx = createGenContext((name) => known.has(name));
  const model = machineModel(definition);
  const machineLang: Lang = definition['QueryLanguage'] === 'JSONata' ? 'JSONata' : 'JSONPath';
  ctx.unsupported.push(...graphProblems(model));
  const unreachable = unreachableStates(model);
  if (unreachable.length > 0) {
    ctx.unsupported.push({
      state: unreachable[0] as string,
      field: 'Next',
      reason: `state '${unreachable[0] as string}' cannot be reached from StartAt, and the DSL writes only the states a machine reaches`,
    });
    return { code: '', unsupported: ctx.unsupported };
  }
  const leafCode = new Map<string, string>();
  const inlineMemo = new Map<string, boolean>();
  const inlinable = (s: StateModel): boolean => {
    const known = inlineMemo.get(s.name);
    if (known !== undefined) return known;
    const answer = isInlinable(s);
    inlineMemo.set(s.name, answer);
    return answer;
  };
  const isInlinable = (s: StateModel): boolean => {
    if (s.refs.length > 0 || s.nested.length > 0) return false;
    const code = stateCode({
      ctx,
      state: s,
      lang: langOf(s, machineLang),
      refCode: () => 'undefined',
      graphCode: () => 'undefined',
    });
    leafCode.set(s.name, code);
    return s.type === 'Succeed' || s.type === 'Fail' || code.length <= INLINE_LIMIT;
  };
  const layout = layoutMachine(model, inlinable);
  if (layout.unresolved !== undefined) {
    const [first] = layout.unresolved;
    ctx.unsupported.push({
      ...(first === undefined ? {} : { state: first }),
      field: 'Next',
      reason: `the loop through ${layout.unresolved.map((n) => `'${n}'`).join(', ')} goes back to a state from its own Catch handler or Choice rule, which the DSL's builders cannot refer to before it is built`,
    });
    return { code: '', unsupported: ctx.unsupported };
  }
  const writer = new ModuleWriter(ctx, layout, machineLang, model.states, leafCode);
  writer.nameDeclarations();
  const body = layout.order.map((d) => writer.declaration(d, definition));
  const imports = [...ctx.imports].sort();
  const code = [
    ...header(source),
    `import { ${imports.join(', ')} } from 'aslc';`,
    '',
    ...body.flatMap((line, i) => (i === body.length - 1 ? ['', line] : [line])),
    '',
  ].join('\n');
  return { code, unsupported: ctx.unsupported };
}
