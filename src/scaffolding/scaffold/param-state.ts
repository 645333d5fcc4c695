import { AslcError } from '../../util/errors.ts';
import type { DemandExecutionParameters } from '../models/demand-execution.ts';
import { deriveJobParams } from '../params/derive-job-params.ts';
import { toEnvName } from '../params/env-name.ts';
import type { JobParam } from '../params/job-param.ts';
import { ParamIssue, parametersPointer } from '../params/param-issue.ts';
import { Resolvable } from '../params/resolvable.ts';
import { sha256Hex } from '../python/hashing.ts';
import { isRelativeTo, joinPath, resolvePath } from '../paths/posix-path.ts';
import { scaffoldingError } from '../errors.ts';

/**
 * A param's local path, refused unless it lies inside the execution's working folder once `..`
 * is resolved (a deviation from the reference, which resolves `..` and lets an input be synced
 * into another volume, or an output mirror the whole scratch area): `PathOutsideWorkingDir`.
 */
function confined(local: string, workingPath: string, name: string, kind: string): string {
  const resolved = resolvePath(local);
  if (resolved !== resolvePath(workingPath) && !isRelativeTo(resolved, resolvePath(workingPath))) {
    throw scaffoldingError(
      'PathOutsideWorkingDir',
      `the local path of ${kind} '${name}' leads to ${resolved}, outside the execution's working folder ${workingPath}`,
      {
        field: parametersPointer(['params', name]),
        hint: `give a path relative to the working folder, without '..' leading out of it`,
      },
    );
  }
  return local;
}

/**
 * The execution parameters while the scaffolding rewrites them: the `params` map (values may
 * become {@link Resolvable}s) and the job params derived from it, re-derived after every update
 * as core's `refresh_params` does.
 */
export class ParamState {
  readonly #parameters: DemandExecutionParameters;
  readonly #params: Map<string, unknown>;
  #jobParams: JobParam[];

  constructor(parameters: DemandExecutionParameters) {
    this.#parameters = parameters;
    this.#params = new Map(Object.entries(parameters.params));
    this.#jobParams = this.#derive();
  }

  /** The job params, in `params` order. */
  get jobParams(): readonly JobParam[] {
    return this.#jobParams;
  }

  /** `job_param_inputs` restricted to inputs: one per `inputs` entry, in that order. */
  get inputParams(): JobParam[] {
    return this.#byNames(this.#parameters.inputs, 'input');
  }

  /** `uploadable_job_param_outputs`: one per `outputs` entry, in that order. */
  get outputParams(): JobParam[] {
    return this.#byNames(this.#parameters.outputs, 'output');
  }

  /**
   * The params as they serialize in the response and in the strict hash: plain values as
   * written, resolvables in string form (or object form when filtered). Throws H6.
   */
  serialized(): Record<string, unknown> {
    return Object.fromEntries(
      [...this.#params].map(([name, v]) => [name, v instanceof Resolvable ? v.serialize(name) : v]),
    );
  }

  /**
   * Rewrites the inputs' local paths (scaffolding.md §2.7): under the working directory when
   * isolated, else at `<shared mount>/<sha256 of the remote>` (a cache shared by executions).
   */
  rewriteInputs(isolate: boolean, workingPath: string, sharedPath: string): void {
    this.#update(
      this.inputParams.map((p) => {
        const remote = p.remoteValue ?? '';
        const local = isolate
          ? confined(joinPath(workingPath, p.value), workingPath, p.name, 'input')
          : joinPath(sharedPath, sha256Hex(remote));
        return [p.name, this.#resolvable('LOCALIZE', local, p)];
      }),
    );
  }

  /** Rewrites the outputs' local paths under the working directory (scaffolding.md §2.8). */
  rewriteOutputs(workingPath: string): void {
    this.#update(
      this.outputParams.map((p) => [
        p.name,
        this.#resolvable(
          'DELOCALIZE',
          confined(joinPath(workingPath, p.value), workingPath, p.name, 'output'),
          p,
        ),
      ]),
    );
  }

  #resolvable(action: 'LOCALIZE' | 'DELOCALIZE', local: string, p: JobParam): Resolvable {
    return new Resolvable({
      action,
      local,
      remote: p.remoteValue ?? '',
      include: p.include,
      exclude: p.exclude,
    });
  }

  #update(entries: readonly (readonly [string, Resolvable])[]): void {
    for (const [name, value] of entries) this.#params.set(name, value);
    this.serialized();
    this.#jobParams = this.#derive();
  }

  #byNames(names: readonly string[], kind: 'input' | 'output'): JobParam[] {
    const byEnv = new Map(this.#jobParams.map((p) => [toEnvName(p.name), p]));
    return names.flatMap((n) => {
      const p = byEnv.get(toEnvName(n));
      return p !== undefined && p.kind === kind ? [p] : [];
    });
  }

  #derive(): JobParam[] {
    try {
      return deriveJobParams({
        params: this.#params,
        inputs: this.#parameters.inputs,
        outputs: this.#parameters.outputs,
        outputS3Prefix: this.#parameters.output_s3_prefix,
        paramPairOverrides: this.#parameters.param_pair_overrides,
      });
    } catch (e) {
      if (!(e instanceof ParamIssue)) throw e;
      throw new AslcError(e.code, e.message, {
        field: parametersPointer(e.segments),
      });
    }
  }
}
