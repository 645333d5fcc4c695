/**
 * Starting AWS Step Functions Local (`amazon/aws-stepfunctions-local`) with testcontainers
 * (spec/testing.md §3.5). The container side is an interface, {@link SfnLocalRuntime}, so the
 * engine can be tested with a fake; {@link testcontainersRuntime} is the real one and imports
 * testcontainers only when called.
 */
import { homedir } from 'node:os';
import { importOptional, isMissingDependency } from '../../util/optional-dependency.ts';
import { DEFAULT_ACCOUNT_ID, DEFAULT_REGION, firstLine } from '../engine-contract.ts';
import { containerEndpoint } from './container-endpoint.ts';

/** testcontainers, an optional dependency: only this engine needs it. */
const loadTestcontainers = () =>
  importOptional(() => import('testcontainers'), 'testcontainers', 'Step Functions Local');

/** The image used unless `SFN_LOCAL_IMAGE` or `--sfn-local-image` says otherwise (pinned). */
export const DEFAULT_SFN_LOCAL_IMAGE = 'amazon/aws-stepfunctions-local:2.0.0';

/** Where the mock file goes inside the container (AWS's documented location). */
export const MOCK_CONFIG_PATH = '/home/StepFunctionsLocal/MockConfigFile.json';

/** A running Step Functions Local. */
export interface StartedSfnLocal {
  /** `http://host:port` of the API. */
  readonly endpoint: string;
  stop(): Promise<void>;
}

/** Starts containers; a fake replaces it in tests. */
export interface SfnLocalRuntime {
  /** `true` when a container runtime answers, else the reason. */
  available(): Promise<true | string>;
  /** Starts the image with the mock file (JSON text) in place; rejects when it cannot. */
  start(options: {
    readonly image: string;
    readonly mockConfig?: string;
  }): Promise<StartedSfnLocal>;
}

/**
 * The real runtime: testcontainers 12 (`getContainerRuntimeClient` for the probe,
 * `GenericContainer` with the mock file copied in, `SFN_MOCK_CONFIG` set, and the start-up log
 * line as wait strategy). Without a Docker or Podman socket or `DOCKER_HOST`, it reports no
 * runtime at once, without loading testcontainers; without testcontainers installed, it says
 * how to install it.
 *
 * @example
 * ```ts
 * const runtime = testcontainersRuntime();
 * if ((await runtime.available()) === true) {
 *   const sfn = await runtime.start({ image: DEFAULT_SFN_LOCAL_IMAGE, mockConfig: '{...}' });
 *   await sfn.stop();
 * }
 * ```
 */
export function testcontainersRuntime(
  env: Readonly<Record<string, string | undefined>> = process.env,
): SfnLocalRuntime {
  return {
    async available() {
      if (containerEndpoint(env, homedir()) === undefined) {
        return 'no container runtime: no Docker or Podman socket found and DOCKER_HOST is not set';
      }
      let tc;
      try {
        tc = await loadTestcontainers();
      } catch (e) {
        if (isMissingDependency(e)) return `${e.message} (${e.hint})`;
        throw e;
      }
      try {
        await tc.getContainerRuntimeClient();
        return true;
      } catch (e) {
        return `no container runtime: ${firstLine(e)}`;
      }
    },
    async start({ image, mockConfig }) {
      const tc = await loadTestcontainers();
      let container = new tc.GenericContainer(image)
        .withExposedPorts(8083)
        .withEnvironment({
          AWS_DEFAULT_REGION: DEFAULT_REGION,
          AWS_ACCOUNT_ID: DEFAULT_ACCOUNT_ID,
          AWS_ACCESS_KEY_ID: 'local',
          AWS_SECRET_ACCESS_KEY: 'local',
          ...(mockConfig !== undefined ? { SFN_MOCK_CONFIG: MOCK_CONFIG_PATH } : {}),
        })
        .withWaitStrategy(tc.Wait.forLogMessage(/Starting server on port 8083/))
        .withStartupTimeout(120_000);
      if (mockConfig !== undefined) {
        container = container.withCopyContentToContainer([
          { content: mockConfig, target: MOCK_CONFIG_PATH },
        ]);
      }
      const started = await container.start();
      return {
        endpoint: `http://${started.getHost()}:${started.getMappedPort(8083)}`,
        stop: async () => {
          await started.stop();
        },
      };
    },
  };
}
