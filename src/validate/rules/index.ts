import { choiceRulesRule } from './choice-rules.ts';
import { definitionSizeRule } from './definition-size.ts';
import { distributedMapRule } from './distributed-map.ts';
import { duplicateStateNameRule } from './duplicate-state-name.ts';
import { exclusiveFieldsRule } from './exclusive-fields.ts';
import { expressIntegrationsRule } from './express-integrations.ts';
import { heartbeatTimeoutRule } from './heartbeat-timeout.ts';
import { jsonataInJsonPathRule } from './jsonata-in-jsonpath.ts';
import { jsonataReferencesRule } from './jsonata-references.ts';
import { jsonataSyntaxRule } from './jsonata-syntax.ts';
import { mapProcessorRule } from './map-processor.ts';
import { missingEndStateRule } from './missing-end-state.ts';
import { nextOrEndRule } from './next-or-end.ts';
import { noDollarRule } from './no-dollar.ts';
import { noPathRule } from './no-path.ts';
import { passResultStaticRule } from './pass-result-static.ts';
import { pathKeyInJsonataRule } from './path-key-in-jsonata.ts';
import { pathSyntaxRule } from './path-syntax.ts';
import { payloadKeyConflictsRule } from './payload-key-conflicts.ts';
import { payloadPathsRule } from './payload-paths.ts';
import { queryLanguageRule } from './query-language.ts';
import { reachabilityRule } from './reachability.ts';
import { reservedErrorNamesRule } from './reserved-error-names.ts';
import { resourceArnRule } from './resource-arn.ts';
import type { Rule } from './rule.ts';
import { stateNameRule } from './state-name.ts';
import { statesAllRule } from './states-all.ts';
import { transitionTargetsRule } from './transition-targets.ts';
import { variableNamesRule } from './variable-names.ts';
import { variableReferencesRule } from './variable-references.ts';
import { variableShadowingRule } from './variable-shadowing.ts';
import { waitDurationRule } from './wait-duration.ts';

/** The semantic rules (layer 2), in the order they run. */
export const RULES: readonly Rule[] = [
  definitionSizeRule,
  queryLanguageRule,
  transitionTargetsRule,
  missingEndStateRule,
  reachabilityRule,
  nextOrEndRule,
  duplicateStateNameRule,
  stateNameRule,
  statesAllRule,
  reservedErrorNamesRule,
  heartbeatTimeoutRule,
  exclusiveFieldsRule,
  waitDurationRule,
  choiceRulesRule,
  mapProcessorRule,
  distributedMapRule,
  resourceArnRule,
  expressIntegrationsRule,
  pathSyntaxRule,
  payloadPathsRule,
  payloadKeyConflictsRule,
  noDollarRule,
  noPathRule,
  passResultStaticRule,
  jsonataSyntaxRule,
  jsonataReferencesRule,
  jsonataInJsonPathRule,
  pathKeyInJsonataRule,
  variableNamesRule,
  variableReferencesRule,
  variableShadowingRule,
];
