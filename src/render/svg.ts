import { AslcError } from '../util/errors.ts';
import { renderDot } from './dot.ts';
import type { RenderOptions } from './overlay.ts';

/** The part of `@hpcc-js/wasm-graphviz`'s `Graphviz` that aslc uses. */
interface GraphvizLayout {
  dot(dotSource: string, outputFormat?: 'svg'): string;
}

let graphviz: Promise<GraphvizLayout> | undefined;

/**
 * Loads the WebAssembly Graphviz once, on first use, so that importing `aslc/render` (or running
 * any other command) does not pay for it.
 */
function loadGraphviz(): Promise<GraphvizLayout> {
  graphviz ??= import('@hpcc-js/wasm-graphviz')
    .then((m) => m.Graphviz.load())
    .catch((e: unknown) => {
      graphviz = undefined;
      throw e;
    });
  return graphviz;
}

/**
 * Drops the loaded instance, so that the next layout starts from a fresh WebAssembly memory: a
 * Graphviz crash can leave the instance unusable for later graphs.
 */
async function unloadGraphviz(): Promise<void> {
  graphviz = undefined;
  const m = await import('@hpcc-js/wasm-graphviz');
  m.Graphviz.unload();
}

/**
 * Renders a state machine as SVG: the {@link renderDot} graph laid out by Graphviz compiled to
 * WebAssembly (`@hpcc-js/wasm-graphviz`, loaded lazily; no system install). Deterministic for a
 * given Graphviz version. When a layout fails, the WebAssembly instance is replaced and the
 * layout tried once more before a `LayoutFailed` {@link AslcError} is thrown. `overlay` draws
 * coverage or an execution's trace (see {@link renderDot}).
 *
 * @example
 * ```ts
 * const svg = await renderSvg({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
 * svg.includes('<svg'); // true
 * ```
 */
export async function renderSvg(definition: unknown, options: RenderOptions = {}): Promise<string> {
  const dot = renderDot(definition, options);
  let failure: unknown;
  for (let attempt = 0; attempt < 2; attempt++) {
    const gv = await loadGraphviz();
    try {
      return gv.dot(dot, 'svg');
    } catch (e) {
      failure = e;
      await unloadGraphviz();
    }
  }
  throw new AslcError(
    'LayoutFailed',
    `Graphviz could not lay out the diagram: ${String(failure)}`,
    {
      cause: failure,
    },
  );
}
