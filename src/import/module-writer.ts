/**
 * Writes the declarations of a generated module once its layout is known: a local function per
 * repeated sub-graph, a constant per state or segment that needs a name, and the machine.
 */
import { numberLiteral, propertyKey, stringLiteral, templateText } from './code-text.ts';
import type { Lang } from './field-code.ts';
import type { Fragment, FragmentRun } from './fragments.ts';
import { use, type GenContext } from './gen-context.ts';
import type { MachineModel, StateModel } from './graph-model.ts';
import { IdentifierPool } from './identifiers.ts';
import type { Decl, Expr, Layout } from './layout.ts';
import { stateCode } from './state-code.ts';
import { valueCode } from './value-code.ts';

/** Everything `aslc` exports that generated code may use (never used as a variable name). */
export const DSL_NAMES = [
  'Condition',
  'States',
  'awsSdk',
  'branch',
  'chain',
  'choice',
  'contextPath',
  'distributedMap',
  'fail',
  'goTo',
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

/** Top-level fields the machine's options write. */
export const TOP_FIELDS = new Set([
  'StartAt',
  'States',
  'Comment',
  'QueryLanguage',
  'TimeoutSeconds',
  'Version',
]);

/** `chain(a, chain(b, c))` → `chain(a, b, c)`. */
function flatItems(items: readonly Expr[]): Expr[] {
  return items.flatMap((e) => (e.kind === 'chain' ? flatItems(e.items) : [e]));
}

/**
 * The query language of a state: its own, or the machine's.
 *
 * @example
 * ```ts
 * langOf(state, 'JSONPath'); // 'JSONata' for a state that says QueryLanguage: JSONata
 * ```
 */
export function langOf(state: StateModel, machineLang: Lang): Lang {
  const own = state.json['QueryLanguage'];
  return own === 'JSONata' || own === 'JSONPath' ? own : machineLang;
}

/** Writes a module's declarations. */
export class ModuleWriter {
  readonly #ctx: GenContext;
  readonly #layout: Layout;
  readonly #model: MachineModel;
  readonly #machineLang: Lang;
  readonly #leafCode: ReadonlyMap<string, string>;
  readonly #fragments: readonly Fragment[];
  readonly #names = new IdentifierPool(DSL_NAMES);
  readonly #stateNames = new Map<string, string>();
  readonly #chainNames = new Map<number, string>();
  readonly #fragmentNames: string[] = [];
  readonly #runAt = new Map<string, { readonly fn: number; readonly run: FragmentRun }>();

  constructor(
    ctx: GenContext,
    layout: Layout,
    model: MachineModel,
    machineLang: Lang,
    leafCode: ReadonlyMap<string, string>,
    fragments: readonly Fragment[],
  ) {
    this.#ctx = ctx;
    this.#layout = layout;
    this.#model = model;
    this.#machineLang = machineLang;
    this.#leafCode = leafCode;
    this.#fragments = fragments;
    fragments.forEach((f, fn) => {
      this.#fragmentNames.push(this.#names.forState(f.firstName));
      for (const run of f.runs) this.#runAt.set(run.states[0] as string, { fn, run });
    });
    for (const d of layout.order) {
      if (d.kind === 'state') this.#stateNames.set(d.state, this.#names.forState(d.state));
      else if (d.kind === 'chain') {
        const seg = layout.segments[d.segment];
        this.#chainNames.set(d.segment, this.#names.forState(seg?.states[0] ?? 'steps', 'Steps'));
      }
    }
  }

  #declName(d: Decl): string {
    if (d.kind === 'state') return this.#stateNames.get(d.state) as string;
    if (d.kind === 'chain') return this.#chainNames.get(d.segment) as string;
    return 'machine';
  }

  /** The call of a fragment function for the run starting at a state, if one does. */
  #runCall(state: string): { code: string; length: number } | undefined {
    const at = this.#runAt.get(state);
    if (at === undefined) return undefined;
    return {
      code: `${this.#fragmentNames[at.fn] as string}(${stringLiteral(at.run.prefix)})`,
      length: at.run.states.length,
    };
  }

  #exprCode(expr: Expr): string {
    if (expr.kind === 'ref') {
      const name = this.#declName(expr.decl);
      return expr.lazy === true ? `${use(this.#ctx, 'goTo')}(() => ${name})` : name;
    }
    if (expr.kind === 'state')
      return this.#runCall(expr.state)?.code ?? this.#stateCode(expr.state);
    if (expr.kind === 'afterwards') return `${this.#exprCode(expr.choice)}.afterwards()`;
    const items = flatItems(expr.items);
    const codes: string[] = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as Expr;
      const call = item.kind === 'state' ? this.#runCall(item.state) : undefined;
      codes.push(call?.code ?? this.#exprCode(item));
      if (call !== undefined) i += call.length - 1;
    }
    return codes.length === 1
      ? (codes[0] as string)
      : `${use(this.#ctx, 'chain')}(${codes.join(', ')})`;
  }

  #stateCode(name: string): string {
    const cached = this.#leafCode.get(name);
    if (cached !== undefined) return cached;
    const state = this.#model.states.get(name) as StateModel;
    return stateCode({
      ctx: this.#ctx,
      state,
      lang: langOf(state, this.#machineLang),
      refCode: (index) => this.#exprCode(this.#layout.exprAt({ kind: 'ref', state: name, index })),
      graphCode: (graph) => this.#exprCode(this.#layout.exprAt({ kind: 'root', graph })),
    });
  }

  /** A state of a fragment, named `${prefix}…` (its nested graphs are plain chains). */
  #fragmentStateCode(name: string, prefix: string): string {
    const state = this.#model.states.get(name) as StateModel;
    return stateCode({
      ctx: this.#ctx,
      state,
      lang: langOf(state, this.#machineLang),
      refCode: () => 'undefined',
      graphCode: (graph) => {
        const codes: string[] = [];
        let cur: string | undefined = this.#model.graphs[graph]?.startAt;
        while (cur !== undefined) {
          codes.push(this.#fragmentStateCode(cur, prefix));
          cur = this.#model.states.get(cur)?.next;
        }
        return codes.length === 1
          ? (codes[0] as string)
          : `${use(this.#ctx, 'chain')}(${codes.join(', ')})`;
      },
      nameCode: `\`\${prefix}${templateText(name.slice(prefix.length))}\``,
    });
  }

  /** The local functions of the repeated sub-graphs. */
  fragmentDeclarations(): string[] {
    return this.#fragments.map((f, fn) => {
      const run = f.runs[0] as FragmentRun;
      const codes = run.states.map((s) => this.#fragmentStateCode(s, run.prefix));
      const body =
        codes.length === 1
          ? (codes[0] as string)
          : `${use(this.#ctx, 'chain')}(${codes.join(', ')})`;
      const prefixes = f.runs.map((r) => stringLiteral(r.prefix)).join(', ');
      return [
        `/** The states repeated with the prefixes ${prefixes.replace(/\*\//g, '*\\/')}. */`,
        `function ${this.#fragmentNames[fn] as string}(prefix: string) {`,
        `  return ${body};`,
        '}',
      ].join('\n');
    });
  }

  /** One declaration: a constant, or the machine. */
  declaration(d: Decl, definition: Record<string, unknown>): string {
    if (d.kind === 'state') return `const ${this.#declName(d)} = ${this.#stateCode(d.state)};`;
    if (d.kind === 'chain') {
      return `const ${this.#declName(d)} = ${this.#exprCode(this.#layout.segmentExpr(d.segment))};`;
    }
    const options: string[] = [];
    const text = (key: string): string | undefined =>
      typeof definition[key] === 'string' ? stringLiteral(definition[key]) : undefined;
    if (text('Comment') !== undefined) options.push(`comment: ${text('Comment') as string}`);
    if (text('QueryLanguage') !== undefined)
      options.push(`queryLanguage: ${text('QueryLanguage') as string}`);
    if (typeof definition['TimeoutSeconds'] === 'number') {
      options.push(`timeoutSeconds: ${numberLiteral(definition['TimeoutSeconds'])}`);
    }
    if (text('Version') !== undefined) options.push(`version: ${text('Version') as string}`);
    const extra = Object.keys(definition).filter((k) => !TOP_FIELDS.has(k));
    if (extra.length > 0) {
      const entries = extra.map(
        (k) => `${propertyKey(k)}: ${valueCode(this.#ctx, definition[k], 'literal')}`,
      );
      options.push(`extra: { ${entries.join(', ')} }`);
    }
    options.push(`definition: ${this.#exprCode(this.#layout.exprAt({ kind: 'root', graph: 0 }))}`);
    return `export default ${use(this.#ctx, 'stateMachine')}({ ${options.join(', ')} });`;
  }
}
