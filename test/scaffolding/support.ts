import { readFileSync } from 'node:fs';
import { repoRoot } from '../support/cli.ts';
import {
  parseJsonLossless,
  parseScaffoldEnvironment,
  prepareDemandScaffolding,
  scaffoldingContextOf,
  type ScaffoldingContext,
  type ScaffoldingResult,
} from '../../src/scaffolding/index.ts';

/** `fixtures/scaffolding/<name>/<file>` as an absolute path. */
export function fixturePath(name: string, file: string): string {
  return `${repoRoot}fixtures/scaffolding/${name}/${file}`;
}

/** A fixture file parsed as the CLI parses it. */
export function readFixture(name: string, file: string): unknown {
  return parseJsonLossless(readFileSync(fixturePath(name, file), 'utf8'));
}

/** The context of a fixture's environment.json. */
export function fixtureContext(name: string): ScaffoldingContext {
  return scaffoldingContextOf(parseScaffoldEnvironment(readFixture(name, 'environment.json')));
}

/** The EFS account of the spec's worked examples (§4), as a scaffolding context. */
export function exampleContext(overrides: Partial<ScaffoldingContext> = {}): ScaffoldingContext {
  return { ...fixtureContext('ex1-always-env-file'), ...overrides };
}

/** Runs the scaffolding on a fixture's request and environment. */
export function runFixture(name: string): Promise<ScaffoldingResult> {
  return prepareDemandScaffolding(readFixture(name, 'request.json'), fixtureContext(name));
}

/** A minimal valid request (EX1-like) to derive error cases from. */
export function baseRequest(): Record<string, unknown> {
  return JSON.parse(
    readFileSync(fixturePath('ex1-always-env-file', 'request.json'), 'utf8'),
  ) as Record<string, unknown>;
}

/** `baseRequest()` with its demand execution modified. */
export function requestWith(
  edit: (execution: Record<string, unknown>, request: Record<string, unknown>) => void,
): Record<string, unknown> {
  const request = baseRequest();
  edit(request['demand_execution'] as Record<string, unknown>, request);
  return request;
}

/** The execution parameters of a request made by {@link baseRequest}. */
export function paramsOf(execution: Record<string, unknown>): Record<string, unknown> {
  return execution['execution_parameters'] as Record<string, unknown>;
}

/**
 * Deviation 11 (README): the reference's job command with its own pre-commands' expansions
 * quoted (`mkdir -p "${WORKING_DIR}"`, `cd "${WORKING_DIR}"`, `. "${_ENVIRONMENT_FILE}"`),
 * applied to a reference response in place.
 */
export function quotePreCommands(response: Record<string, unknown>): void {
  const setup = response['setup_configs'] as Record<string, unknown> | undefined;
  const job = setup?.['batch_create_request'] as Record<string, unknown> | undefined;
  const command = job?.['command'] as string[] | undefined;
  if (command === undefined || command.length < 3) return;
  command[2] = (command[2] as string)
    .replace(
      /^mkdir -p \$\{WORKING_DIR\} && mkdir -p \$\{TMPDIR\} && cd \$\{WORKING_DIR\}/,
      'mkdir -p "${WORKING_DIR}" && mkdir -p "${TMPDIR}" && cd "${WORKING_DIR}"',
    )
    .replace(/ && \. \$\{_ENVIRONMENT_FILE\}/, ' && . "${_ENVIRONMENT_FILE}"');
}
