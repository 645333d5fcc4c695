// @ts-nocheck
/* eslint-disable */
// GENERATED from schemas/asl.schema.json by src/validate/schema/standalone.ts: do not edit.
// Regenerate with ASLC_UPDATE_GOLDEN=1 npx vitest run test/validate/standalone.test.ts
// (a test fails while this file is out of date). Precompiling the schema saves ~150 ms of ajv
// compilation at the start of every aslc command that validates.
function ucs2length(str) {
  let length = 0;
  for (let pos = 0; pos < str.length; ) {
    length++;
    const value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < str.length && (str.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++;
  }
  return length;
}

export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"Amazon States Language state machine (aslc)","description":"An AWS Step Functions state machine definition in the Amazon States Language, both query languages (JSONPath and JSONata). Each state's fields are checked against the field matrix of its effective query language: the state's own QueryLanguage, else the machine's. States nested in Parallel branches and Map item processors inherit the machine's language, not the enclosing state's. Semantic rules (transitions, reachability, paths, intrinsics, JSONata syntax) are checked by `aslc validate`.","type":"object","required":["StartAt","States"],"properties":{"Comment":{"$ref":"#/$defs/comment"},"Version":{"type":"string","description":"The version of the Amazon States Language. Only \"1.0\" is defined."},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"TimeoutSeconds":{"type":"integer","minimum":0,"maximum":99999999,"description":"Maximum duration of an execution in seconds; exceeding it fails the execution with States.Timeout."},"StartAt":{"$ref":"#/$defs/stateName"},"States":{"type":"object"}},"additionalProperties":false,"if":{"$ref":"#/$defs/declaresJsonata"},"then":{"properties":{"States":{"$ref":"#/$defs/jsonataMachineStates"}}},"else":{"properties":{"States":{"$ref":"#/$defs/jsonpathMachineStates"}}},"$defs":{"comment":{"type":"string","description":"A human-readable description."},"queryLanguage":{"type":"string","examples":["JSONPath","JSONata"],"description":"The query language of the machine or state (default JSONPath): JSONPath or JSONata. Step Functions reads any value other than exactly JSONPath as JSONata (aslc warns about other spellings)."},"declaresJsonata":{"required":["QueryLanguage"],"properties":{"QueryLanguage":{"not":{"const":"JSONPath"}}}},"declaresJsonPath":{"required":["QueryLanguage"],"properties":{"QueryLanguage":{"const":"JSONPath"}}},"stateName":{"type":"string","minLength":1,"description":"The name of a state in the same States object."},"jsonata":{"type":"string","pattern":"^\\{%[\\s\\S]*%\\}$","description":"A JSONata expression: {% expression %}."},"timestamp":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$","description":"An RFC 3339 timestamp with an uppercase T and Z, e.g. 2026-03-14T01:59:00Z."},"onlyJsonata":{"not":{},"description":"This field is only supported for the JSONata query language."},"onlyJsonPath":{"not":{},"description":"This field is only supported for the JSONPath query language."},"path":{"type":"string","description":"A JSONPath path ($...), a context path ($$...) or a variable path ($name...)."},"nullablePath":{"type":["string","null"],"description":"A JSONPath path, or null to discard the value."},"payloadTemplate":{"type":"object","description":"A payload template: JSON in which keys ending in .$ hold paths or intrinsic function calls."},"jsonataTemplate":{"description":"JSON in which strings of the form {% expression %} are JSONata expressions."},"jsonataObject":{"type":["object","string"],"pattern":"^\\{%[\\s\\S]*%\\}$","description":"An object whose strings may be JSONata expressions, or one JSONata expression."},"assign":{"type":"object","description":"Variables to assign: each key is a variable name."},"seconds":{"type":"integer","minimum":1,"maximum":99999999},"jsonataSeconds":{"type":["integer","string"],"minimum":1,"maximum":99999999,"pattern":"^\\{%[\\s\\S]*%\\}$"},"errorEquals":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Error names to match; States.ALL matches every error and must be alone, in the last element."},"retry":{"type":"array","items":{"$ref":"#/$defs/retrier"}},"retrier":{"type":"object","required":["ErrorEquals"],"properties":{"ErrorEquals":{"$ref":"#/$defs/errorEquals"},"Comment":{"$ref":"#/$defs/comment"},"IntervalSeconds":{"$ref":"#/$defs/seconds"},"MaxAttempts":{"type":"integer","minimum":0,"maximum":99999999},"BackoffRate":{"type":"number","minimum":1},"MaxDelaySeconds":{"type":"integer","minimum":1,"maximum":31622401},"JitterStrategy":{"enum":["FULL","NONE"]}},"additionalProperties":false},"jsonpathCatch":{"type":"array","items":{"$ref":"#/$defs/jsonpathCatcher"}},"jsonpathCatcher":{"type":"object","required":["ErrorEquals","Next"],"properties":{"ErrorEquals":{"$ref":"#/$defs/errorEquals"},"Comment":{"$ref":"#/$defs/comment"},"Next":{"$ref":"#/$defs/stateName"},"ResultPath":{"$ref":"#/$defs/nullablePath"},"Assign":{"$ref":"#/$defs/assign"},"Output":{"$ref":"#/$defs/onlyJsonata"}},"additionalProperties":false},"jsonataCatch":{"type":"array","items":{"$ref":"#/$defs/jsonataCatcher"}},"jsonataCatcher":{"type":"object","required":["ErrorEquals","Next"],"properties":{"ErrorEquals":{"$ref":"#/$defs/errorEquals"},"Comment":{"$ref":"#/$defs/comment"},"Next":{"$ref":"#/$defs/stateName"},"Output":{"$ref":"#/$defs/jsonataTemplate"},"Assign":{"$ref":"#/$defs/assign"},"ResultPath":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false},"jsonpathCredentials":{"type":"object","description":"The role to assume: RoleArn, or RoleArn.$ (a path or an intrinsic); an empty object is refused.","minProperties":1,"properties":{"RoleArn":{"type":"string"},"RoleArn.$":{"type":"string"}},"additionalProperties":false},"jsonataCredentials":{"type":"object","description":"The role to assume: RoleArn (a string or {% %}); an empty object is refused.","required":["RoleArn"],"properties":{"RoleArn":{"type":"string"}},"additionalProperties":false},"jsonpathChoiceRule":{"type":"object","required":["Next"],"properties":{"Next":{"$ref":"#/$defs/stateName"},"Assign":{"$ref":"#/$defs/assign"},"Output":{"$ref":"#/$defs/onlyJsonata"},"Condition":{"$ref":"#/$defs/onlyJsonata"}},"allOf":[{"$ref":"#/$defs/jsonpathComparison"}],"unevaluatedProperties":false},"jsonpathNestedChoiceRule":{"type":"object","allOf":[{"$ref":"#/$defs/jsonpathComparison"}],"unevaluatedProperties":false},"jsonpathComparison":{"properties":{"Comment":{"$ref":"#/$defs/comment"},"Variable":{"$ref":"#/$defs/path"},"And":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/jsonpathNestedChoiceRule"}},"Or":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/jsonpathNestedChoiceRule"}},"Not":{"$ref":"#/$defs/jsonpathNestedChoiceRule"},"StringEquals":{"type":"string"},"StringLessThan":{"type":"string"},"StringGreaterThan":{"type":"string"},"StringLessThanEquals":{"type":"string"},"StringGreaterThanEquals":{"type":"string"},"StringMatches":{"type":"string"},"NumericEquals":{"type":"number"},"NumericLessThan":{"type":"number"},"NumericGreaterThan":{"type":"number"},"NumericLessThanEquals":{"type":"number"},"NumericGreaterThanEquals":{"type":"number"},"BooleanEquals":{"type":"boolean"},"TimestampEquals":{"type":"string"},"TimestampLessThan":{"type":"string"},"TimestampGreaterThan":{"type":"string"},"TimestampLessThanEquals":{"type":"string"},"TimestampGreaterThanEquals":{"type":"string"},"StringEqualsPath":{"$ref":"#/$defs/path"},"StringLessThanPath":{"$ref":"#/$defs/path"},"StringGreaterThanPath":{"$ref":"#/$defs/path"},"StringLessThanEqualsPath":{"$ref":"#/$defs/path"},"StringGreaterThanEqualsPath":{"$ref":"#/$defs/path"},"NumericEqualsPath":{"$ref":"#/$defs/path"},"NumericLessThanPath":{"$ref":"#/$defs/path"},"NumericGreaterThanPath":{"$ref":"#/$defs/path"},"NumericLessThanEqualsPath":{"$ref":"#/$defs/path"},"NumericGreaterThanEqualsPath":{"$ref":"#/$defs/path"},"BooleanEqualsPath":{"$ref":"#/$defs/path"},"TimestampEqualsPath":{"$ref":"#/$defs/path"},"TimestampLessThanPath":{"$ref":"#/$defs/path"},"TimestampGreaterThanPath":{"$ref":"#/$defs/path"},"TimestampLessThanEqualsPath":{"$ref":"#/$defs/path"},"TimestampGreaterThanEqualsPath":{"$ref":"#/$defs/path"},"IsNull":{"type":"boolean"},"IsPresent":{"type":"boolean"},"IsNumeric":{"type":"boolean"},"IsString":{"type":"boolean"},"IsBoolean":{"type":"boolean"},"IsTimestamp":{"type":"boolean"}}},"jsonataChoiceRule":{"type":"object","required":["Condition","Next"],"properties":{"Condition":{"type":["boolean","string"],"pattern":"^\\{%[\\s\\S]*%\\}$","description":"A JSONata expression that evaluates to a boolean."},"Next":{"$ref":"#/$defs/stateName"},"Comment":{"$ref":"#/$defs/comment"},"Assign":{"$ref":"#/$defs/assign"},"Output":{"$ref":"#/$defs/jsonataTemplate"},"Variable":{"$ref":"#/$defs/onlyJsonPath"},"And":{"$ref":"#/$defs/onlyJsonPath"},"Or":{"$ref":"#/$defs/onlyJsonPath"},"Not":{"$ref":"#/$defs/onlyJsonPath"}},"patternProperties":{"^(String|Numeric|Boolean|Timestamp)(Equals|LessThan|GreaterThan|LessThanEquals|GreaterThanEquals)(Path)?$|^StringMatches$|^Is(Null|Present|Numeric|String|Boolean|Timestamp)$":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false},"processorConfig":{"type":"object","properties":{"Mode":{"enum":["INLINE","DISTRIBUTED"]},"ExecutionType":{"enum":["STANDARD","EXPRESS"]}},"additionalProperties":false},"jsonpathReaderConfig":{"type":"object","properties":{"InputType":{"enum":["CSV","JSON","JSONL","PARQUET","MANIFEST"]},"CSVHeaderLocation":{"enum":["FIRST_ROW","GIVEN"]},"CSVHeaders":{"type":"array","items":{"type":"string"}},"CSVDelimiter":{"enum":["COMMA","PIPE","SEMICOLON","SPACE","TAB"]},"ItemsPointer":{"type":"string"},"MaxItems":{"type":"integer","minimum":0,"maximum":100000000},"MaxItemsPath":{"$ref":"#/$defs/path"},"ManifestType":{"enum":["ATHENA_DATA","S3_INVENTORY"]},"Transformation":{"enum":["NONE","LOAD_AND_FLATTEN"]}},"additionalProperties":false},"jsonataReaderConfig":{"type":"object","properties":{"InputType":{"enum":["CSV","JSON","JSONL","PARQUET","MANIFEST"]},"CSVHeaderLocation":{"enum":["FIRST_ROW","GIVEN"]},"CSVHeaders":{"type":"array","items":{"type":"string"}},"CSVDelimiter":{"enum":["COMMA","PIPE","SEMICOLON","SPACE","TAB"]},"ItemsPointer":{"type":"string"},"MaxItems":{"type":["integer","string"],"minimum":0,"maximum":100000000,"pattern":"^\\{%[\\s\\S]*%\\}$"},"MaxItemsPath":{"$ref":"#/$defs/onlyJsonPath"},"ManifestType":{"enum":["ATHENA_DATA","S3_INVENTORY"]},"Transformation":{"enum":["NONE","LOAD_AND_FLATTEN"]}},"additionalProperties":false},"jsonpathItemReader":{"type":"object","required":["Resource"],"properties":{"Resource":{"type":"string"},"Parameters":{"$ref":"#/$defs/payloadTemplate"},"ReaderConfig":{"$ref":"#/$defs/jsonpathReaderConfig"},"Arguments":{"$ref":"#/$defs/onlyJsonata"}},"additionalProperties":false},"jsonataItemReader":{"type":"object","required":["Resource"],"properties":{"Resource":{"type":"string"},"Arguments":{"$ref":"#/$defs/jsonataObject"},"ReaderConfig":{"$ref":"#/$defs/jsonataReaderConfig"},"Parameters":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false},"jsonpathItemBatcher":{"type":"object","properties":{"MaxItemsPerBatch":{"type":"integer","minimum":0},"MaxItemsPerBatchPath":{"$ref":"#/$defs/path"},"MaxInputBytesPerBatch":{"type":"integer","minimum":0,"maximum":262144},"MaxInputBytesPerBatchPath":{"$ref":"#/$defs/path"},"BatchInput":{"$ref":"#/$defs/payloadTemplate"}},"additionalProperties":false},"jsonataItemBatcher":{"type":"object","properties":{"MaxItemsPerBatch":{"type":["integer","string"],"minimum":0,"pattern":"^\\{%[\\s\\S]*%\\}$"},"MaxInputBytesPerBatch":{"type":["integer","string"],"minimum":0,"maximum":262144,"pattern":"^\\{%[\\s\\S]*%\\}$"},"BatchInput":{"$ref":"#/$defs/jsonataObject"},"MaxItemsPerBatchPath":{"$ref":"#/$defs/onlyJsonPath"},"MaxInputBytesPerBatchPath":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false},"writerConfig":{"type":"object","properties":{"Transformation":{"enum":["NONE","COMPACT","FLATTEN"]},"OutputType":{"enum":["JSON","JSONL"]}},"additionalProperties":false},"jsonpathResultWriter":{"type":"object","minProperties":1,"properties":{"Resource":{"type":"string"},"Parameters":{"$ref":"#/$defs/payloadTemplate"},"WriterConfig":{"$ref":"#/$defs/writerConfig"},"Arguments":{"$ref":"#/$defs/onlyJsonata"}},"additionalProperties":false},"jsonataResultWriter":{"type":"object","minProperties":1,"properties":{"Resource":{"type":"string"},"Arguments":{"$ref":"#/$defs/jsonataObject"},"WriterConfig":{"$ref":"#/$defs/writerConfig"},"Parameters":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false},"jsonpathPass":{"type":"object","properties":{"Type":{"const":"Pass"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Next":{"$ref":"#/$defs/stateName"},"End":{"type":"boolean"},"InputPath":{"$ref":"#/$defs/nullablePath"},"OutputPath":{"$ref":"#/$defs/nullablePath"},"Parameters":{"$ref":"#/$defs/payloadTemplate"},"ResultPath":{"$ref":"#/$defs/nullablePath"},"Result":{"description":"A fixed result (not evaluated)."},"Assign":{"$ref":"#/$defs/assign"},"Output":{"$ref":"#/$defs/onlyJsonata"}},"additionalProperties":false},"jsonataPass":{"type":"object","properties":{"Type":{"const":"Pass"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Next":{"$ref":"#/$defs/stateName"},"End":{"type":"boolean"},"Output":{"$ref":"#/$defs/jsonataTemplate"},"Assign":{"$ref":"#/$defs/assign"},"InputPath":{"$ref":"#/$defs/onlyJsonPath"},"OutputPath":{"$ref":"#/$defs/onlyJsonPath"},"Parameters":{"$ref":"#/$defs/onlyJsonPath"},"ResultPath":{"$ref":"#/$defs/onlyJsonPath"},"Result":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false},"jsonpathTask":{"type":"object","required":["Resource"],"properties":{"Type":{"const":"Task"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Next":{"$ref":"#/$defs/stateName"},"End":{"type":"boolean"},"Resource":{"type":"string","description":"The ARN of the task to run."},"Credentials":{"$ref":"#/$defs/jsonpathCredentials"},"InputPath":{"$ref":"#/$defs/nullablePath"},"OutputPath":{"$ref":"#/$defs/nullablePath"},"Parameters":{"$ref":"#/$defs/payloadTemplate"},"ResultSelector":{"$ref":"#/$defs/payloadTemplate"},"ResultPath":{"$ref":"#/$defs/nullablePath"},"TimeoutSeconds":{"$ref":"#/$defs/seconds"},"TimeoutSecondsPath":{"$ref":"#/$defs/path"},"HeartbeatSeconds":{"$ref":"#/$defs/seconds"},"HeartbeatSecondsPath":{"$ref":"#/$defs/path"},"Retry":{"$ref":"#/$defs/retry"},"Catch":{"$ref":"#/$defs/jsonpathCatch"},"Assign":{"$ref":"#/$defs/assign"},"Arguments":{"$ref":"#/$defs/onlyJsonata"},"Output":{"$ref":"#/$defs/onlyJsonata"}},"additionalProperties":false},"jsonataTask":{"type":"object","required":["Resource"],"properties":{"Type":{"const":"Task"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Next":{"$ref":"#/$defs/stateName"},"End":{"type":"boolean"},"Resource":{"type":"string","description":"The ARN of the task to run (a constant)."},"Credentials":{"$ref":"#/$defs/jsonataCredentials"},"Arguments":{"$ref":"#/$defs/jsonataObject"},"Output":{"$ref":"#/$defs/jsonataTemplate"},"TimeoutSeconds":{"$ref":"#/$defs/jsonataSeconds"},"HeartbeatSeconds":{"$ref":"#/$defs/jsonataSeconds"},"Retry":{"$ref":"#/$defs/retry"},"Catch":{"$ref":"#/$defs/jsonataCatch"},"Assign":{"$ref":"#/$defs/assign"},"InputPath":{"$ref":"#/$defs/onlyJsonPath"},"OutputPath":{"$ref":"#/$defs/onlyJsonPath"},"Parameters":{"$ref":"#/$defs/onlyJsonPath"},"ResultSelector":{"$ref":"#/$defs/onlyJsonPath"},"ResultPath":{"$ref":"#/$defs/onlyJsonPath"},"TimeoutSecondsPath":{"$ref":"#/$defs/onlyJsonPath"},"HeartbeatSecondsPath":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false},"jsonpathChoice":{"type":"object","required":["Choices"],"properties":{"Type":{"const":"Choice"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Choices":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/jsonpathChoiceRule"}},"Default":{"$ref":"#/$defs/stateName"},"InputPath":{"$ref":"#/$defs/nullablePath"},"OutputPath":{"$ref":"#/$defs/nullablePath"},"Assign":{"$ref":"#/$defs/assign"},"Output":{"$ref":"#/$defs/onlyJsonata"}},"additionalProperties":false},"jsonataChoice":{"type":"object","required":["Choices"],"properties":{"Type":{"const":"Choice"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Choices":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/jsonataChoiceRule"}},"Default":{"$ref":"#/$defs/stateName"},"Output":{"$ref":"#/$defs/jsonataTemplate"},"Assign":{"$ref":"#/$defs/assign"},"InputPath":{"$ref":"#/$defs/onlyJsonPath"},"OutputPath":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false},"jsonpathWait":{"type":"object","properties":{"Type":{"const":"Wait"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Next":{"$ref":"#/$defs/stateName"},"End":{"type":"boolean"},"Seconds":{"type":"integer","minimum":0,"maximum":99999999},"SecondsPath":{"$ref":"#/$defs/path"},"Timestamp":{"$ref":"#/$defs/timestamp"},"TimestampPath":{"$ref":"#/$defs/path"},"InputPath":{"$ref":"#/$defs/nullablePath"},"OutputPath":{"$ref":"#/$defs/nullablePath"},"Assign":{"$ref":"#/$defs/assign"},"Output":{"$ref":"#/$defs/onlyJsonata"}},"additionalProperties":false},"jsonataWait":{"type":"object","properties":{"Type":{"const":"Wait"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Next":{"$ref":"#/$defs/stateName"},"End":{"type":"boolean"},"Seconds":{"type":["integer","string"],"minimum":0,"maximum":99999999,"pattern":"^\\{%[\\s\\S]*%\\}$"},"Timestamp":{"type":"string","pattern":"^(\\{%[\\s\\S]*%\\}|[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2}))$"},"Output":{"$ref":"#/$defs/jsonataTemplate"},"Assign":{"$ref":"#/$defs/assign"},"SecondsPath":{"$ref":"#/$defs/onlyJsonPath"},"TimestampPath":{"$ref":"#/$defs/onlyJsonPath"},"InputPath":{"$ref":"#/$defs/onlyJsonPath"},"OutputPath":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false},"jsonpathSucceed":{"type":"object","properties":{"Type":{"const":"Succeed"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"InputPath":{"$ref":"#/$defs/nullablePath"},"OutputPath":{"$ref":"#/$defs/nullablePath"},"Output":{"$ref":"#/$defs/onlyJsonata"}},"additionalProperties":false},"jsonataSucceed":{"type":"object","properties":{"Type":{"const":"Succeed"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Output":{"$ref":"#/$defs/jsonataTemplate"},"InputPath":{"$ref":"#/$defs/onlyJsonPath"},"OutputPath":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false},"jsonpathFail":{"type":"object","properties":{"Type":{"const":"Fail"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Error":{"type":"string"},"ErrorPath":{"type":"string"},"Cause":{"type":"string"},"CausePath":{"type":"string"}},"additionalProperties":false},"jsonataFail":{"type":"object","properties":{"Type":{"const":"Fail"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Error":{"type":"string"},"Cause":{"type":"string"},"ErrorPath":{"$ref":"#/$defs/onlyJsonPath"},"CausePath":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false},"jsonpathParallel":{"type":"object","required":["Branches"],"properties":{"Type":{"const":"Parallel"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Next":{"$ref":"#/$defs/stateName"},"End":{"type":"boolean"},"Branches":{"type":"array","minItems":1},"InputPath":{"$ref":"#/$defs/nullablePath"},"OutputPath":{"$ref":"#/$defs/nullablePath"},"Parameters":{"$ref":"#/$defs/payloadTemplate"},"ResultSelector":{"$ref":"#/$defs/payloadTemplate"},"ResultPath":{"$ref":"#/$defs/nullablePath"},"Retry":{"$ref":"#/$defs/retry"},"Catch":{"$ref":"#/$defs/jsonpathCatch"},"Assign":{"$ref":"#/$defs/assign"},"Arguments":{"$ref":"#/$defs/onlyJsonata"},"Output":{"$ref":"#/$defs/onlyJsonata"}},"additionalProperties":false},"jsonataParallel":{"type":"object","required":["Branches"],"properties":{"Type":{"const":"Parallel"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Next":{"$ref":"#/$defs/stateName"},"End":{"type":"boolean"},"Branches":{"type":"array","minItems":1},"Arguments":{"$ref":"#/$defs/jsonataObject"},"Output":{"$ref":"#/$defs/jsonataTemplate"},"Retry":{"$ref":"#/$defs/retry"},"Catch":{"$ref":"#/$defs/jsonataCatch"},"Assign":{"$ref":"#/$defs/assign"},"InputPath":{"$ref":"#/$defs/onlyJsonPath"},"OutputPath":{"$ref":"#/$defs/onlyJsonPath"},"Parameters":{"$ref":"#/$defs/onlyJsonPath"},"ResultSelector":{"$ref":"#/$defs/onlyJsonPath"},"ResultPath":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false},"jsonpathMap":{"type":"object","properties":{"Type":{"const":"Map"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Next":{"$ref":"#/$defs/stateName"},"End":{"type":"boolean"},"ItemProcessor":{"type":"object"},"Iterator":{"type":"object","description":"Deprecated: use ItemProcessor."},"ItemsPath":{"$ref":"#/$defs/nullablePath"},"ItemSelector":{"$ref":"#/$defs/payloadTemplate"},"Parameters":{"$ref":"#/$defs/payloadTemplate","description":"Deprecated: use ItemSelector."},"ItemReader":{"$ref":"#/$defs/jsonpathItemReader"},"ItemBatcher":{"$ref":"#/$defs/jsonpathItemBatcher"},"ResultWriter":{"$ref":"#/$defs/jsonpathResultWriter"},"MaxConcurrency":{"type":"integer","minimum":0},"MaxConcurrencyPath":{"$ref":"#/$defs/path"},"ToleratedFailureCount":{"type":"integer","minimum":0},"ToleratedFailureCountPath":{"$ref":"#/$defs/path"},"ToleratedFailurePercentage":{"type":"number","minimum":0,"maximum":100},"ToleratedFailurePercentagePath":{"$ref":"#/$defs/path"},"Label":{"type":"string"},"InputPath":{"$ref":"#/$defs/nullablePath"},"OutputPath":{"$ref":"#/$defs/nullablePath"},"ResultSelector":{"$ref":"#/$defs/payloadTemplate"},"ResultPath":{"$ref":"#/$defs/nullablePath"},"Retry":{"$ref":"#/$defs/retry"},"Catch":{"$ref":"#/$defs/jsonpathCatch"},"Assign":{"$ref":"#/$defs/assign"},"Items":{"$ref":"#/$defs/onlyJsonata"},"Output":{"$ref":"#/$defs/onlyJsonata"}},"additionalProperties":false},"jsonataMap":{"type":"object","properties":{"Type":{"const":"Map"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Next":{"$ref":"#/$defs/stateName"},"End":{"type":"boolean"},"ItemProcessor":{"type":"object"},"Iterator":{"type":"object","description":"Deprecated: use ItemProcessor."},"Items":{"type":["array","string"],"pattern":"^\\{%[\\s\\S]*%\\}$","description":"The items to process: an array or a JSONata expression."},"ItemSelector":{"$ref":"#/$defs/jsonataObject"},"ItemReader":{"$ref":"#/$defs/jsonataItemReader"},"ItemBatcher":{"$ref":"#/$defs/jsonataItemBatcher"},"ResultWriter":{"$ref":"#/$defs/jsonataResultWriter"},"MaxConcurrency":{"type":["integer","string"],"minimum":0,"pattern":"^\\{%[\\s\\S]*%\\}$"},"ToleratedFailureCount":{"type":["integer","string"],"minimum":0,"pattern":"^\\{%[\\s\\S]*%\\}$"},"ToleratedFailurePercentage":{"type":["number","string"],"minimum":0,"maximum":100,"pattern":"^\\{%[\\s\\S]*%\\}$"},"Label":{"type":"string"},"Output":{"$ref":"#/$defs/jsonataTemplate"},"Retry":{"$ref":"#/$defs/retry"},"Catch":{"$ref":"#/$defs/jsonataCatch"},"Assign":{"$ref":"#/$defs/assign"},"ItemsPath":{"$ref":"#/$defs/onlyJsonPath"},"Parameters":{"$ref":"#/$defs/onlyJsonPath"},"MaxConcurrencyPath":{"$ref":"#/$defs/onlyJsonPath"},"ToleratedFailureCountPath":{"$ref":"#/$defs/onlyJsonPath"},"ToleratedFailurePercentagePath":{"$ref":"#/$defs/onlyJsonPath"},"InputPath":{"$ref":"#/$defs/onlyJsonPath"},"OutputPath":{"$ref":"#/$defs/onlyJsonPath"},"ResultSelector":{"$ref":"#/$defs/onlyJsonPath"},"ResultPath":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false},"stateType":{"enum":["Pass","Task","Choice","Wait","Succeed","Fail","Parallel","Map"],"description":"The state's type."},"jsonpathMachineStates":{"type":"object","additionalProperties":{"$ref":"#/$defs/jsonpathMachineState"}},"jsonpathMachineBranch":{"type":"object","required":["StartAt","States"],"properties":{"Comment":{"$ref":"#/$defs/comment"},"StartAt":{"$ref":"#/$defs/stateName"},"States":{"$ref":"#/$defs/jsonpathMachineStates"}},"additionalProperties":false},"jsonpathMachineProcessor":{"type":"object","required":["StartAt","States"],"properties":{"Comment":{"$ref":"#/$defs/comment"},"ProcessorConfig":{"$ref":"#/$defs/processorConfig"},"StartAt":{"$ref":"#/$defs/stateName"},"States":{"$ref":"#/$defs/jsonpathMachineStates"}},"additionalProperties":false},"jsonpathMachineState":{"description":"A state of a machine whose QueryLanguage is JSONPath (the default).","type":"object","required":["Type"],"properties":{"Type":{"$ref":"#/$defs/stateType"}},"allOf":[{"if":{"$ref":"#/$defs/isPass"},"then":{"if":{"$ref":"#/$defs/declaresJsonata"},"then":{"$ref":"#/$defs/jsonataPass"},"else":{"$ref":"#/$defs/jsonpathPass"}}},{"if":{"$ref":"#/$defs/isTask"},"then":{"if":{"$ref":"#/$defs/declaresJsonata"},"then":{"$ref":"#/$defs/jsonataTask"},"else":{"$ref":"#/$defs/jsonpathTask"}}},{"if":{"$ref":"#/$defs/isChoice"},"then":{"if":{"$ref":"#/$defs/declaresJsonata"},"then":{"$ref":"#/$defs/jsonataChoice"},"else":{"$ref":"#/$defs/jsonpathChoice"}}},{"if":{"$ref":"#/$defs/isWait"},"then":{"if":{"$ref":"#/$defs/declaresJsonata"},"then":{"$ref":"#/$defs/jsonataWait"},"else":{"$ref":"#/$defs/jsonpathWait"}}},{"if":{"$ref":"#/$defs/isSucceed"},"then":{"if":{"$ref":"#/$defs/declaresJsonata"},"then":{"$ref":"#/$defs/jsonataSucceed"},"else":{"$ref":"#/$defs/jsonpathSucceed"}}},{"if":{"$ref":"#/$defs/isFail"},"then":{"if":{"$ref":"#/$defs/declaresJsonata"},"then":{"$ref":"#/$defs/jsonataFail"},"else":{"$ref":"#/$defs/jsonpathFail"}}},{"if":{"$ref":"#/$defs/isParallel"},"then":{"properties":{"Branches":{"items":{"$ref":"#/$defs/jsonpathMachineBranch"}}},"if":{"$ref":"#/$defs/declaresJsonata"},"then":{"$ref":"#/$defs/jsonataParallel"},"else":{"$ref":"#/$defs/jsonpathParallel"}}},{"if":{"$ref":"#/$defs/isMap"},"then":{"properties":{"ItemProcessor":{"$ref":"#/$defs/jsonpathMachineProcessor"},"Iterator":{"$ref":"#/$defs/jsonpathMachineProcessor"}},"if":{"$ref":"#/$defs/declaresJsonata"},"then":{"$ref":"#/$defs/jsonataMap"},"else":{"$ref":"#/$defs/jsonpathMap"}}}]},"jsonataMachineStates":{"type":"object","additionalProperties":{"$ref":"#/$defs/jsonataMachineState"}},"jsonataMachineBranch":{"type":"object","required":["StartAt","States"],"properties":{"Comment":{"$ref":"#/$defs/comment"},"StartAt":{"$ref":"#/$defs/stateName"},"States":{"$ref":"#/$defs/jsonataMachineStates"}},"additionalProperties":false},"jsonataMachineProcessor":{"type":"object","required":["StartAt","States"],"properties":{"Comment":{"$ref":"#/$defs/comment"},"ProcessorConfig":{"$ref":"#/$defs/processorConfig"},"StartAt":{"$ref":"#/$defs/stateName"},"States":{"$ref":"#/$defs/jsonataMachineStates"}},"additionalProperties":false},"jsonataMachineState":{"description":"A state of a machine whose QueryLanguage is JSONata. (A state declaring JSONPath here is an error reported by aslc's semantic rules; its fields are checked as JSONPath.)","type":"object","required":["Type"],"properties":{"Type":{"$ref":"#/$defs/stateType"}},"allOf":[{"if":{"$ref":"#/$defs/isPass"},"then":{"if":{"$ref":"#/$defs/declaresJsonPath"},"then":{"$ref":"#/$defs/jsonpathPass"},"else":{"$ref":"#/$defs/jsonataPass"}}},{"if":{"$ref":"#/$defs/isTask"},"then":{"if":{"$ref":"#/$defs/declaresJsonPath"},"then":{"$ref":"#/$defs/jsonpathTask"},"else":{"$ref":"#/$defs/jsonataTask"}}},{"if":{"$ref":"#/$defs/isChoice"},"then":{"if":{"$ref":"#/$defs/declaresJsonPath"},"then":{"$ref":"#/$defs/jsonpathChoice"},"else":{"$ref":"#/$defs/jsonataChoice"}}},{"if":{"$ref":"#/$defs/isWait"},"then":{"if":{"$ref":"#/$defs/declaresJsonPath"},"then":{"$ref":"#/$defs/jsonpathWait"},"else":{"$ref":"#/$defs/jsonataWait"}}},{"if":{"$ref":"#/$defs/isSucceed"},"then":{"if":{"$ref":"#/$defs/declaresJsonPath"},"then":{"$ref":"#/$defs/jsonpathSucceed"},"else":{"$ref":"#/$defs/jsonataSucceed"}}},{"if":{"$ref":"#/$defs/isFail"},"then":{"if":{"$ref":"#/$defs/declaresJsonPath"},"then":{"$ref":"#/$defs/jsonpathFail"},"else":{"$ref":"#/$defs/jsonataFail"}}},{"if":{"$ref":"#/$defs/isParallel"},"then":{"properties":{"Branches":{"items":{"$ref":"#/$defs/jsonataMachineBranch"}}},"if":{"$ref":"#/$defs/declaresJsonPath"},"then":{"$ref":"#/$defs/jsonpathParallel"},"else":{"$ref":"#/$defs/jsonataParallel"}}},{"if":{"$ref":"#/$defs/isMap"},"then":{"properties":{"ItemProcessor":{"$ref":"#/$defs/jsonataMachineProcessor"},"Iterator":{"$ref":"#/$defs/jsonataMachineProcessor"}},"if":{"$ref":"#/$defs/declaresJsonPath"},"then":{"$ref":"#/$defs/jsonpathMap"},"else":{"$ref":"#/$defs/jsonataMap"}}}]},"isPass":{"required":["Type"],"properties":{"Type":{"const":"Pass"}}},"isTask":{"required":["Type"],"properties":{"Type":{"const":"Task"}}},"isChoice":{"required":["Type"],"properties":{"Type":{"const":"Choice"}}},"isWait":{"required":["Type"],"properties":{"Type":{"const":"Wait"}}},"isSucceed":{"required":["Type"],"properties":{"Type":{"const":"Succeed"}}},"isFail":{"required":["Type"],"properties":{"Type":{"const":"Fail"}}},"isParallel":{"required":["Type"],"properties":{"Type":{"const":"Parallel"}}},"isMap":{"required":["Type"],"properties":{"Type":{"const":"Map"}}}}};
const schema32 = {"required":["QueryLanguage"],"properties":{"QueryLanguage":{"not":{"const":"JSONPath"}}}};
const schema38 = {"type":"string","description":"A human-readable description."};
const schema39 = {"type":"string","examples":["JSONPath","JSONata"],"description":"The query language of the machine or state (default JSONPath): JSONPath or JSONata. Step Functions reads any value other than exactly JSONPath as JSONata (aslc warns about other spellings)."};
const schema40 = {"type":"string","minLength":1,"description":"The name of a state in the same States object."};
const schema33 = {"type":"object","additionalProperties":{"$ref":"#/$defs/jsonataMachineState"}};
const schema34 = {"description":"A state of a machine whose QueryLanguage is JSONata. (A state declaring JSONPath here is an error reported by aslc's semantic rules; its fields are checked as JSONPath.)","type":"object","required":["Type"],"properties":{"Type":{"$ref":"#/$defs/stateType"}},"allOf":[{"if":{"$ref":"#/$defs/isPass"},"then":{"if":{"$ref":"#/$defs/declaresJsonPath"},"then":{"$ref":"#/$defs/jsonpathPass"},"else":{"$ref":"#/$defs/jsonataPass"}}},{"if":{"$ref":"#/$defs/isTask"},"then":{"if":{"$ref":"#/$defs/declaresJsonPath"},"then":{"$ref":"#/$defs/jsonpathTask"},"else":{"$ref":"#/$defs/jsonataTask"}}},{"if":{"$ref":"#/$defs/isChoice"},"then":{"if":{"$ref":"#/$defs/declaresJsonPath"},"then":{"$ref":"#/$defs/jsonpathChoice"},"else":{"$ref":"#/$defs/jsonataChoice"}}},{"if":{"$ref":"#/$defs/isWait"},"then":{"if":{"$ref":"#/$defs/declaresJsonPath"},"then":{"$ref":"#/$defs/jsonpathWait"},"else":{"$ref":"#/$defs/jsonataWait"}}},{"if":{"$ref":"#/$defs/isSucceed"},"then":{"if":{"$ref":"#/$defs/declaresJsonPath"},"then":{"$ref":"#/$defs/jsonpathSucceed"},"else":{"$ref":"#/$defs/jsonataSucceed"}}},{"if":{"$ref":"#/$defs/isFail"},"then":{"if":{"$ref":"#/$defs/declaresJsonPath"},"then":{"$ref":"#/$defs/jsonpathFail"},"else":{"$ref":"#/$defs/jsonataFail"}}},{"if":{"$ref":"#/$defs/isParallel"},"then":{"properties":{"Branches":{"items":{"$ref":"#/$defs/jsonataMachineBranch"}}},"if":{"$ref":"#/$defs/declaresJsonPath"},"then":{"$ref":"#/$defs/jsonpathParallel"},"else":{"$ref":"#/$defs/jsonataParallel"}}},{"if":{"$ref":"#/$defs/isMap"},"then":{"properties":{"ItemProcessor":{"$ref":"#/$defs/jsonataMachineProcessor"},"Iterator":{"$ref":"#/$defs/jsonataMachineProcessor"}},"if":{"$ref":"#/$defs/declaresJsonPath"},"then":{"$ref":"#/$defs/jsonpathMap"},"else":{"$ref":"#/$defs/jsonataMap"}}}]};
const schema35 = {"required":["Type"],"properties":{"Type":{"const":"Pass"}}};
const schema36 = {"required":["QueryLanguage"],"properties":{"QueryLanguage":{"const":"JSONPath"}}};
const schema58 = {"required":["Type"],"properties":{"Type":{"const":"Task"}}};
const schema115 = {"required":["Type"],"properties":{"Type":{"const":"Choice"}}};
const schema168 = {"required":["Type"],"properties":{"Type":{"const":"Wait"}}};
const schema191 = {"required":["Type"],"properties":{"Type":{"const":"Succeed"}}};
const schema205 = {"required":["Type"],"properties":{"Type":{"const":"Fail"}}};
const schema215 = {"required":["Type"],"properties":{"Type":{"const":"Parallel"}}};
const schema244 = {"required":["Type"],"properties":{"Type":{"const":"Map"}}};
const schema309 = {"enum":["Pass","Task","Choice","Wait","Succeed","Fail","Parallel","Map"],"description":"The state's type."};
const schema37 = {"type":"object","properties":{"Type":{"const":"Pass"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Next":{"$ref":"#/$defs/stateName"},"End":{"type":"boolean"},"InputPath":{"$ref":"#/$defs/nullablePath"},"OutputPath":{"$ref":"#/$defs/nullablePath"},"Parameters":{"$ref":"#/$defs/payloadTemplate"},"ResultPath":{"$ref":"#/$defs/nullablePath"},"Result":{"description":"A fixed result (not evaluated)."},"Assign":{"$ref":"#/$defs/assign"},"Output":{"$ref":"#/$defs/onlyJsonata"}},"additionalProperties":false};
const schema41 = {"type":["string","null"],"description":"A JSONPath path, or null to discard the value."};
const schema43 = {"type":"object","description":"A payload template: JSON in which keys ending in .$ hold paths or intrinsic function calls."};
const schema45 = {"type":"object","description":"Variables to assign: each key is a variable name."};
const schema46 = {"not":{},"description":"This field is only supported for the JSONata query language."};
const func1 = Object.prototype.hasOwnProperty;
const func2 = ucs2length;

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema37.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if("Pass" !== data0){
const err1 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/const",keyword:"const",params:{allowedValue: "Pass"},message:"must be equal to constant",schema:"Pass",parentSchema:schema37.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/$defs/queryLanguage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Next !== undefined){
let data3 = data.Next;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err4 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.End !== undefined){
let data4 = data.End;
if(typeof data4 !== "boolean"){
const err6 = {instancePath:instancePath+"/End",schemaPath:"#/properties/End/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema37.properties.End.type,parentSchema:schema37.properties.End,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.InputPath !== undefined){
let data5 = data.InputPath;
if((typeof data5 !== "string") && (data5 !== null)){
const err7 = {instancePath:instancePath+"/InputPath",schemaPath:"#/$defs/nullablePath/type",keyword:"type",params:{type: schema41.type},message:"must be string,null",schema:schema41.type,parentSchema:schema41,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.OutputPath !== undefined){
let data6 = data.OutputPath;
if((typeof data6 !== "string") && (data6 !== null)){
const err8 = {instancePath:instancePath+"/OutputPath",schemaPath:"#/$defs/nullablePath/type",keyword:"type",params:{type: schema41.type},message:"must be string,null",schema:schema41.type,parentSchema:schema41,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.Parameters !== undefined){
let data7 = data.Parameters;
if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){
const err9 = {instancePath:instancePath+"/Parameters",schemaPath:"#/$defs/payloadTemplate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.ResultPath !== undefined){
let data8 = data.ResultPath;
if((typeof data8 !== "string") && (data8 !== null)){
const err10 = {instancePath:instancePath+"/ResultPath",schemaPath:"#/$defs/nullablePath/type",keyword:"type",params:{type: schema41.type},message:"must be string,null",schema:schema41.type,parentSchema:schema41,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.Assign !== undefined){
let data9 = data.Assign;
if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
const err11 = {instancePath:instancePath+"/Assign",schemaPath:"#/$defs/assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data9};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.Output !== undefined){
const err12 = {instancePath:instancePath+"/Output",schemaPath:"#/$defs/onlyJsonata/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema46.not,parentSchema:schema46,data:data.Output};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema47 = {"type":"object","properties":{"Type":{"const":"Pass"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Next":{"$ref":"#/$defs/stateName"},"End":{"type":"boolean"},"Output":{"$ref":"#/$defs/jsonataTemplate"},"Assign":{"$ref":"#/$defs/assign"},"InputPath":{"$ref":"#/$defs/onlyJsonPath"},"OutputPath":{"$ref":"#/$defs/onlyJsonPath"},"Parameters":{"$ref":"#/$defs/onlyJsonPath"},"ResultPath":{"$ref":"#/$defs/onlyJsonPath"},"Result":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false};
const schema51 = {"description":"JSON in which strings of the form {% expression %} are JSONata expressions."};
const schema53 = {"not":{},"description":"This field is only supported for the JSONPath query language."};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema47.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if("Pass" !== data0){
const err1 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/const",keyword:"const",params:{allowedValue: "Pass"},message:"must be equal to constant",schema:"Pass",parentSchema:schema47.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/$defs/queryLanguage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Next !== undefined){
let data3 = data.Next;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err4 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.End !== undefined){
let data4 = data.End;
if(typeof data4 !== "boolean"){
const err6 = {instancePath:instancePath+"/End",schemaPath:"#/properties/End/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema47.properties.End.type,parentSchema:schema47.properties.End,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.Assign !== undefined){
let data6 = data.Assign;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
const err7 = {instancePath:instancePath+"/Assign",schemaPath:"#/$defs/assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.InputPath !== undefined){
const err8 = {instancePath:instancePath+"/InputPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.InputPath};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.OutputPath !== undefined){
const err9 = {instancePath:instancePath+"/OutputPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.OutputPath};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.Parameters !== undefined){
const err10 = {instancePath:instancePath+"/Parameters",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.Parameters};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.ResultPath !== undefined){
const err11 = {instancePath:instancePath+"/ResultPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.ResultPath};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.Result !== undefined){
const err12 = {instancePath:instancePath+"/Result",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.Result};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema60 = {"type":"object","required":["Resource"],"properties":{"Type":{"const":"Task"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Next":{"$ref":"#/$defs/stateName"},"End":{"type":"boolean"},"Resource":{"type":"string","description":"The ARN of the task to run."},"Credentials":{"$ref":"#/$defs/jsonpathCredentials"},"InputPath":{"$ref":"#/$defs/nullablePath"},"OutputPath":{"$ref":"#/$defs/nullablePath"},"Parameters":{"$ref":"#/$defs/payloadTemplate"},"ResultSelector":{"$ref":"#/$defs/payloadTemplate"},"ResultPath":{"$ref":"#/$defs/nullablePath"},"TimeoutSeconds":{"$ref":"#/$defs/seconds"},"TimeoutSecondsPath":{"$ref":"#/$defs/path"},"HeartbeatSeconds":{"$ref":"#/$defs/seconds"},"HeartbeatSecondsPath":{"$ref":"#/$defs/path"},"Retry":{"$ref":"#/$defs/retry"},"Catch":{"$ref":"#/$defs/jsonpathCatch"},"Assign":{"$ref":"#/$defs/assign"},"Arguments":{"$ref":"#/$defs/onlyJsonata"},"Output":{"$ref":"#/$defs/onlyJsonata"}},"additionalProperties":false};
const schema64 = {"type":"object","description":"The role to assume: RoleArn, or RoleArn.$ (a path or an intrinsic); an empty object is refused.","minProperties":1,"properties":{"RoleArn":{"type":"string"},"RoleArn.$":{"type":"string"}},"additionalProperties":false};
const schema70 = {"type":"integer","minimum":1,"maximum":99999999};
const schema71 = {"type":"string","description":"A JSONPath path ($...), a context path ($$...) or a variable path ($name...)."};
const schema74 = {"type":"array","items":{"$ref":"#/$defs/retrier"}};
const schema75 = {"type":"object","required":["ErrorEquals"],"properties":{"ErrorEquals":{"$ref":"#/$defs/errorEquals"},"Comment":{"$ref":"#/$defs/comment"},"IntervalSeconds":{"$ref":"#/$defs/seconds"},"MaxAttempts":{"type":"integer","minimum":0,"maximum":99999999},"BackoffRate":{"type":"number","minimum":1},"MaxDelaySeconds":{"type":"integer","minimum":1,"maximum":31622401},"JitterStrategy":{"enum":["FULL","NONE"]}},"additionalProperties":false};
const schema76 = {"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Error names to match; States.ALL matches every error and must be alone, in the last element."};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ErrorEquals === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ErrorEquals"},message:"must have required property '"+"ErrorEquals"+"'",schema:schema75.required,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "ErrorEquals") || (key0 === "Comment")) || (key0 === "IntervalSeconds")) || (key0 === "MaxAttempts")) || (key0 === "BackoffRate")) || (key0 === "MaxDelaySeconds")) || (key0 === "JitterStrategy"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.ErrorEquals !== undefined){
let data0 = data.ErrorEquals;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/ErrorEquals",schemaPath:"#/$defs/errorEquals/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema76,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err3 = {instancePath:instancePath+"/ErrorEquals/" + i0,schemaPath:"#/$defs/errorEquals/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema76.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/ErrorEquals/" + i0,schemaPath:"#/$defs/errorEquals/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.items.type,parentSchema:schema76.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/ErrorEquals",schemaPath:"#/$defs/errorEquals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema76.type,parentSchema:schema76,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.Comment !== undefined){
let data2 = data.Comment;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.IntervalSeconds !== undefined){
let data3 = data.IntervalSeconds;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/IntervalSeconds",schemaPath:"#/$defs/seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema70.type,parentSchema:schema70,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 99999999 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/IntervalSeconds",schemaPath:"#/$defs/seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99999999},message:"must be <= 99999999",schema:99999999,parentSchema:schema70,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/IntervalSeconds",schemaPath:"#/$defs/seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema70,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.MaxAttempts !== undefined){
let data4 = data.MaxAttempts;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err10 = {instancePath:instancePath+"/MaxAttempts",schemaPath:"#/properties/MaxAttempts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema75.properties.MaxAttempts.type,parentSchema:schema75.properties.MaxAttempts,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 99999999 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/MaxAttempts",schemaPath:"#/properties/MaxAttempts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99999999},message:"must be <= 99999999",schema:99999999,parentSchema:schema75.properties.MaxAttempts,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/MaxAttempts",schemaPath:"#/properties/MaxAttempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema75.properties.MaxAttempts,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.BackoffRate !== undefined){
let data5 = data.BackoffRate;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err13 = {instancePath:instancePath+"/BackoffRate",schemaPath:"#/properties/BackoffRate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema75.properties.BackoffRate,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/BackoffRate",schemaPath:"#/properties/BackoffRate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema75.properties.BackoffRate.type,parentSchema:schema75.properties.BackoffRate,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.MaxDelaySeconds !== undefined){
let data6 = data.MaxDelaySeconds;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err15 = {instancePath:instancePath+"/MaxDelaySeconds",schemaPath:"#/properties/MaxDelaySeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema75.properties.MaxDelaySeconds.type,parentSchema:schema75.properties.MaxDelaySeconds,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 31622401 || isNaN(data6)){
const err16 = {instancePath:instancePath+"/MaxDelaySeconds",schemaPath:"#/properties/MaxDelaySeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 31622401},message:"must be <= 31622401",schema:31622401,parentSchema:schema75.properties.MaxDelaySeconds,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err17 = {instancePath:instancePath+"/MaxDelaySeconds",schemaPath:"#/properties/MaxDelaySeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema75.properties.MaxDelaySeconds,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.JitterStrategy !== undefined){
let data7 = data.JitterStrategy;
if(!((data7 === "FULL") || (data7 === "NONE"))){
const err18 = {instancePath:instancePath+"/JitterStrategy",schemaPath:"#/properties/JitterStrategy/enum",keyword:"enum",params:{allowedValues: schema75.properties.JitterStrategy.enum},message:"must be equal to one of the allowed values",schema:schema75.properties.JitterStrategy.enum,parentSchema:schema75.properties.JitterStrategy,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema75.type,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate29(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema74.type,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema79 = {"type":"array","items":{"$ref":"#/$defs/jsonpathCatcher"}};
const schema80 = {"type":"object","required":["ErrorEquals","Next"],"properties":{"ErrorEquals":{"$ref":"#/$defs/errorEquals"},"Comment":{"$ref":"#/$defs/comment"},"Next":{"$ref":"#/$defs/stateName"},"ResultPath":{"$ref":"#/$defs/nullablePath"},"Assign":{"$ref":"#/$defs/assign"},"Output":{"$ref":"#/$defs/onlyJsonata"}},"additionalProperties":false};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ErrorEquals === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ErrorEquals"},message:"must have required property '"+"ErrorEquals"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Next === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Next"},message:"must have required property '"+"Next"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "ErrorEquals") || (key0 === "Comment")) || (key0 === "Next")) || (key0 === "ResultPath")) || (key0 === "Assign")) || (key0 === "Output"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.ErrorEquals !== undefined){
let data0 = data.ErrorEquals;
if(Array.isArray(data0)){
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/ErrorEquals",schemaPath:"#/$defs/errorEquals/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema76,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/ErrorEquals/" + i0,schemaPath:"#/$defs/errorEquals/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema76.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/ErrorEquals/" + i0,schemaPath:"#/$defs/errorEquals/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.items.type,parentSchema:schema76.items,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/ErrorEquals",schemaPath:"#/$defs/errorEquals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema76.type,parentSchema:schema76,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.Comment !== undefined){
let data2 = data.Comment;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.Next !== undefined){
let data3 = data.Next;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err8 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.ResultPath !== undefined){
let data4 = data.ResultPath;
if((typeof data4 !== "string") && (data4 !== null)){
const err10 = {instancePath:instancePath+"/ResultPath",schemaPath:"#/$defs/nullablePath/type",keyword:"type",params:{type: schema41.type},message:"must be string,null",schema:schema41.type,parentSchema:schema41,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.Assign !== undefined){
let data5 = data.Assign;
if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){
const err11 = {instancePath:instancePath+"/Assign",schemaPath:"#/$defs/assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.Output !== undefined){
const err12 = {instancePath:instancePath+"/Output",schemaPath:"#/$defs/onlyJsonata/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema46.not,parentSchema:schema46,data:data.Output};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema80.type,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate33(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema79.type,parentSchema:schema79,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Resource === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Resource"},message:"must have required property '"+"Resource"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema60.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if("Task" !== data0){
const err2 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/const",keyword:"const",params:{allowedValue: "Task"},message:"must be equal to constant",schema:"Task",parentSchema:schema60.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/$defs/queryLanguage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.Next !== undefined){
let data3 = data.Next;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err5 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.End !== undefined){
let data4 = data.End;
if(typeof data4 !== "boolean"){
const err7 = {instancePath:instancePath+"/End",schemaPath:"#/properties/End/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema60.properties.End.type,parentSchema:schema60.properties.End,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.Resource !== undefined){
let data5 = data.Resource;
if(typeof data5 !== "string"){
const err8 = {instancePath:instancePath+"/Resource",schemaPath:"#/properties/Resource/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.Resource.type,parentSchema:schema60.properties.Resource,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.Credentials !== undefined){
let data6 = data.Credentials;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(Object.keys(data6).length < 1){
const err9 = {instancePath:instancePath+"/Credentials",schemaPath:"#/$defs/jsonpathCredentials/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema64,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data6){
if(!((key1 === "RoleArn") || (key1 === "RoleArn.$"))){
const err10 = {instancePath:instancePath+"/Credentials",schemaPath:"#/$defs/jsonpathCredentials/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema64,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.RoleArn !== undefined){
let data7 = data6.RoleArn;
if(typeof data7 !== "string"){
const err11 = {instancePath:instancePath+"/Credentials/RoleArn",schemaPath:"#/$defs/jsonpathCredentials/properties/RoleArn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.RoleArn.type,parentSchema:schema64.properties.RoleArn,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6["RoleArn.$"] !== undefined){
let data8 = data6["RoleArn.$"];
if(typeof data8 !== "string"){
const err12 = {instancePath:instancePath+"/Credentials/RoleArn.$",schemaPath:"#/$defs/jsonpathCredentials/properties/RoleArn.%24/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties["RoleArn.$"].type,parentSchema:schema64.properties["RoleArn.$"],data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/Credentials",schemaPath:"#/$defs/jsonpathCredentials/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.type,parentSchema:schema64,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.InputPath !== undefined){
let data9 = data.InputPath;
if((typeof data9 !== "string") && (data9 !== null)){
const err14 = {instancePath:instancePath+"/InputPath",schemaPath:"#/$defs/nullablePath/type",keyword:"type",params:{type: schema41.type},message:"must be string,null",schema:schema41.type,parentSchema:schema41,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.OutputPath !== undefined){
let data10 = data.OutputPath;
if((typeof data10 !== "string") && (data10 !== null)){
const err15 = {instancePath:instancePath+"/OutputPath",schemaPath:"#/$defs/nullablePath/type",keyword:"type",params:{type: schema41.type},message:"must be string,null",schema:schema41.type,parentSchema:schema41,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.Parameters !== undefined){
let data11 = data.Parameters;
if(!(data11 && typeof data11 == "object" && !Array.isArray(data11))){
const err16 = {instancePath:instancePath+"/Parameters",schemaPath:"#/$defs/payloadTemplate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data11};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.ResultSelector !== undefined){
let data12 = data.ResultSelector;
if(!(data12 && typeof data12 == "object" && !Array.isArray(data12))){
const err17 = {instancePath:instancePath+"/ResultSelector",schemaPath:"#/$defs/payloadTemplate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data12};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.ResultPath !== undefined){
let data13 = data.ResultPath;
if((typeof data13 !== "string") && (data13 !== null)){
const err18 = {instancePath:instancePath+"/ResultPath",schemaPath:"#/$defs/nullablePath/type",keyword:"type",params:{type: schema41.type},message:"must be string,null",schema:schema41.type,parentSchema:schema41,data:data13};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.TimeoutSeconds !== undefined){
let data14 = data.TimeoutSeconds;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err19 = {instancePath:instancePath+"/TimeoutSeconds",schemaPath:"#/$defs/seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema70.type,parentSchema:schema70,data:data14};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 99999999 || isNaN(data14)){
const err20 = {instancePath:instancePath+"/TimeoutSeconds",schemaPath:"#/$defs/seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99999999},message:"must be <= 99999999",schema:99999999,parentSchema:schema70,data:data14};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data14 < 1 || isNaN(data14)){
const err21 = {instancePath:instancePath+"/TimeoutSeconds",schemaPath:"#/$defs/seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema70,data:data14};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data.TimeoutSecondsPath !== undefined){
let data15 = data.TimeoutSecondsPath;
if(typeof data15 !== "string"){
const err22 = {instancePath:instancePath+"/TimeoutSecondsPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data15};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.HeartbeatSeconds !== undefined){
let data16 = data.HeartbeatSeconds;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err23 = {instancePath:instancePath+"/HeartbeatSeconds",schemaPath:"#/$defs/seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema70.type,parentSchema:schema70,data:data16};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 99999999 || isNaN(data16)){
const err24 = {instancePath:instancePath+"/HeartbeatSeconds",schemaPath:"#/$defs/seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99999999},message:"must be <= 99999999",schema:99999999,parentSchema:schema70,data:data16};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data16 < 1 || isNaN(data16)){
const err25 = {instancePath:instancePath+"/HeartbeatSeconds",schemaPath:"#/$defs/seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema70,data:data16};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data.HeartbeatSecondsPath !== undefined){
let data17 = data.HeartbeatSecondsPath;
if(typeof data17 !== "string"){
const err26 = {instancePath:instancePath+"/HeartbeatSecondsPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data17};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.Retry !== undefined){
if(!(validate28(data.Retry, {instancePath:instancePath+"/Retry",parentData:data,parentDataProperty:"Retry",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.Catch !== undefined){
if(!(validate32(data.Catch, {instancePath:instancePath+"/Catch",parentData:data,parentDataProperty:"Catch",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.Assign !== undefined){
let data20 = data.Assign;
if(!(data20 && typeof data20 == "object" && !Array.isArray(data20))){
const err27 = {instancePath:instancePath+"/Assign",schemaPath:"#/$defs/assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data20};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.Arguments !== undefined){
const err28 = {instancePath:instancePath+"/Arguments",schemaPath:"#/$defs/onlyJsonata/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema46.not,parentSchema:schema46,data:data.Arguments};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data.Output !== undefined){
const err29 = {instancePath:instancePath+"/Output",schemaPath:"#/$defs/onlyJsonata/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema46.not,parentSchema:schema46,data:data.Output};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema90 = {"type":"object","required":["Resource"],"properties":{"Type":{"const":"Task"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Next":{"$ref":"#/$defs/stateName"},"End":{"type":"boolean"},"Resource":{"type":"string","description":"The ARN of the task to run (a constant)."},"Credentials":{"$ref":"#/$defs/jsonataCredentials"},"Arguments":{"$ref":"#/$defs/jsonataObject"},"Output":{"$ref":"#/$defs/jsonataTemplate"},"TimeoutSeconds":{"$ref":"#/$defs/jsonataSeconds"},"HeartbeatSeconds":{"$ref":"#/$defs/jsonataSeconds"},"Retry":{"$ref":"#/$defs/retry"},"Catch":{"$ref":"#/$defs/jsonataCatch"},"Assign":{"$ref":"#/$defs/assign"},"InputPath":{"$ref":"#/$defs/onlyJsonPath"},"OutputPath":{"$ref":"#/$defs/onlyJsonPath"},"Parameters":{"$ref":"#/$defs/onlyJsonPath"},"ResultSelector":{"$ref":"#/$defs/onlyJsonPath"},"ResultPath":{"$ref":"#/$defs/onlyJsonPath"},"TimeoutSecondsPath":{"$ref":"#/$defs/onlyJsonPath"},"HeartbeatSecondsPath":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false};
const schema94 = {"type":"object","description":"The role to assume: RoleArn (a string or {% %}); an empty object is refused.","required":["RoleArn"],"properties":{"RoleArn":{"type":"string"}},"additionalProperties":false};
const schema95 = {"type":["object","string"],"pattern":"^\\{%[\\s\\S]*%\\}$","description":"An object whose strings may be JSONata expressions, or one JSONata expression."};
const schema97 = {"type":["integer","string"],"minimum":1,"maximum":99999999,"pattern":"^\\{%[\\s\\S]*%\\}$"};
const pattern4 = new RegExp("^\\{%[\\s\\S]*%\\}$", "u");
const schema99 = {"type":"array","items":{"$ref":"#/$defs/jsonataCatcher"}};
const schema100 = {"type":"object","required":["ErrorEquals","Next"],"properties":{"ErrorEquals":{"$ref":"#/$defs/errorEquals"},"Comment":{"$ref":"#/$defs/comment"},"Next":{"$ref":"#/$defs/stateName"},"Output":{"$ref":"#/$defs/jsonataTemplate"},"Assign":{"$ref":"#/$defs/assign"},"ResultPath":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ErrorEquals === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ErrorEquals"},message:"must have required property '"+"ErrorEquals"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Next === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Next"},message:"must have required property '"+"Next"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "ErrorEquals") || (key0 === "Comment")) || (key0 === "Next")) || (key0 === "Output")) || (key0 === "Assign")) || (key0 === "ResultPath"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.ErrorEquals !== undefined){
let data0 = data.ErrorEquals;
if(Array.isArray(data0)){
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/ErrorEquals",schemaPath:"#/$defs/errorEquals/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema76,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/ErrorEquals/" + i0,schemaPath:"#/$defs/errorEquals/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema76.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/ErrorEquals/" + i0,schemaPath:"#/$defs/errorEquals/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.items.type,parentSchema:schema76.items,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/ErrorEquals",schemaPath:"#/$defs/errorEquals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema76.type,parentSchema:schema76,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.Comment !== undefined){
let data2 = data.Comment;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.Next !== undefined){
let data3 = data.Next;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err8 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.Assign !== undefined){
let data5 = data.Assign;
if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){
const err10 = {instancePath:instancePath+"/Assign",schemaPath:"#/$defs/assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.ResultPath !== undefined){
const err11 = {instancePath:instancePath+"/ResultPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.ResultPath};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.type,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate40(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema99.type,parentSchema:schema99,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Resource === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Resource"},message:"must have required property '"+"Resource"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema90.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if("Task" !== data0){
const err2 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/const",keyword:"const",params:{allowedValue: "Task"},message:"must be equal to constant",schema:"Task",parentSchema:schema90.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/$defs/queryLanguage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.Next !== undefined){
let data3 = data.Next;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err5 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.End !== undefined){
let data4 = data.End;
if(typeof data4 !== "boolean"){
const err7 = {instancePath:instancePath+"/End",schemaPath:"#/properties/End/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema90.properties.End.type,parentSchema:schema90.properties.End,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.Resource !== undefined){
let data5 = data.Resource;
if(typeof data5 !== "string"){
const err8 = {instancePath:instancePath+"/Resource",schemaPath:"#/properties/Resource/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.Resource.type,parentSchema:schema90.properties.Resource,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.Credentials !== undefined){
let data6 = data.Credentials;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.RoleArn === undefined){
const err9 = {instancePath:instancePath+"/Credentials",schemaPath:"#/$defs/jsonataCredentials/required",keyword:"required",params:{missingProperty: "RoleArn"},message:"must have required property '"+"RoleArn"+"'",schema:schema94.required,parentSchema:schema94,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data6){
if(!(key1 === "RoleArn")){
const err10 = {instancePath:instancePath+"/Credentials",schemaPath:"#/$defs/jsonataCredentials/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema94,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.RoleArn !== undefined){
let data7 = data6.RoleArn;
if(typeof data7 !== "string"){
const err11 = {instancePath:instancePath+"/Credentials/RoleArn",schemaPath:"#/$defs/jsonataCredentials/properties/RoleArn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.properties.RoleArn.type,parentSchema:schema94.properties.RoleArn,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/Credentials",schemaPath:"#/$defs/jsonataCredentials/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema94.type,parentSchema:schema94,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.Arguments !== undefined){
let data8 = data.Arguments;
if((!(data8 && typeof data8 == "object" && !Array.isArray(data8))) && (typeof data8 !== "string")){
const err13 = {instancePath:instancePath+"/Arguments",schemaPath:"#/$defs/jsonataObject/type",keyword:"type",params:{type: schema95.type},message:"must be object,string",schema:schema95.type,parentSchema:schema95,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
const err14 = {instancePath:instancePath+"/Arguments",schemaPath:"#/$defs/jsonataObject/pattern",keyword:"pattern",params:{pattern: "^\\{%[\\s\\S]*%\\}$"},message:"must match pattern \""+"^\\{%[\\s\\S]*%\\}$"+"\"",schema:"^\\{%[\\s\\S]*%\\}$",parentSchema:schema95,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.TimeoutSeconds !== undefined){
let data10 = data.TimeoutSeconds;
if((!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) && (typeof data10 !== "string")){
const err15 = {instancePath:instancePath+"/TimeoutSeconds",schemaPath:"#/$defs/jsonataSeconds/type",keyword:"type",params:{type: schema97.type},message:"must be integer,string",schema:schema97.type,parentSchema:schema97,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 99999999 || isNaN(data10)){
const err16 = {instancePath:instancePath+"/TimeoutSeconds",schemaPath:"#/$defs/jsonataSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99999999},message:"must be <= 99999999",schema:99999999,parentSchema:schema97,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err17 = {instancePath:instancePath+"/TimeoutSeconds",schemaPath:"#/$defs/jsonataSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema97,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(typeof data10 === "string"){
if(!pattern4.test(data10)){
const err18 = {instancePath:instancePath+"/TimeoutSeconds",schemaPath:"#/$defs/jsonataSeconds/pattern",keyword:"pattern",params:{pattern: "^\\{%[\\s\\S]*%\\}$"},message:"must match pattern \""+"^\\{%[\\s\\S]*%\\}$"+"\"",schema:"^\\{%[\\s\\S]*%\\}$",parentSchema:schema97,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.HeartbeatSeconds !== undefined){
let data11 = data.HeartbeatSeconds;
if((!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) && (typeof data11 !== "string")){
const err19 = {instancePath:instancePath+"/HeartbeatSeconds",schemaPath:"#/$defs/jsonataSeconds/type",keyword:"type",params:{type: schema97.type},message:"must be integer,string",schema:schema97.type,parentSchema:schema97,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 99999999 || isNaN(data11)){
const err20 = {instancePath:instancePath+"/HeartbeatSeconds",schemaPath:"#/$defs/jsonataSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99999999},message:"must be <= 99999999",schema:99999999,parentSchema:schema97,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data11 < 1 || isNaN(data11)){
const err21 = {instancePath:instancePath+"/HeartbeatSeconds",schemaPath:"#/$defs/jsonataSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema97,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(typeof data11 === "string"){
if(!pattern4.test(data11)){
const err22 = {instancePath:instancePath+"/HeartbeatSeconds",schemaPath:"#/$defs/jsonataSeconds/pattern",keyword:"pattern",params:{pattern: "^\\{%[\\s\\S]*%\\}$"},message:"must match pattern \""+"^\\{%[\\s\\S]*%\\}$"+"\"",schema:"^\\{%[\\s\\S]*%\\}$",parentSchema:schema97,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data.Retry !== undefined){
if(!(validate28(data.Retry, {instancePath:instancePath+"/Retry",parentData:data,parentDataProperty:"Retry",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.Catch !== undefined){
if(!(validate39(data.Catch, {instancePath:instancePath+"/Catch",parentData:data,parentDataProperty:"Catch",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
if(data.Assign !== undefined){
let data14 = data.Assign;
if(!(data14 && typeof data14 == "object" && !Array.isArray(data14))){
const err23 = {instancePath:instancePath+"/Assign",schemaPath:"#/$defs/assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data14};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.InputPath !== undefined){
const err24 = {instancePath:instancePath+"/InputPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.InputPath};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data.OutputPath !== undefined){
const err25 = {instancePath:instancePath+"/OutputPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.OutputPath};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data.Parameters !== undefined){
const err26 = {instancePath:instancePath+"/Parameters",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.Parameters};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data.ResultSelector !== undefined){
const err27 = {instancePath:instancePath+"/ResultSelector",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.ResultSelector};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data.ResultPath !== undefined){
const err28 = {instancePath:instancePath+"/ResultPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.ResultPath};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data.TimeoutSecondsPath !== undefined){
const err29 = {instancePath:instancePath+"/TimeoutSecondsPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.TimeoutSecondsPath};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data.HeartbeatSecondsPath !== undefined){
const err30 = {instancePath:instancePath+"/HeartbeatSecondsPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.HeartbeatSecondsPath};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.type,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema117 = {"type":"object","required":["Choices"],"properties":{"Type":{"const":"Choice"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Choices":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/jsonpathChoiceRule"}},"Default":{"$ref":"#/$defs/stateName"},"InputPath":{"$ref":"#/$defs/nullablePath"},"OutputPath":{"$ref":"#/$defs/nullablePath"},"Assign":{"$ref":"#/$defs/assign"},"Output":{"$ref":"#/$defs/onlyJsonata"}},"additionalProperties":false};
const schema120 = {"type":"object","required":["Next"],"properties":{"Next":{"$ref":"#/$defs/stateName"},"Assign":{"$ref":"#/$defs/assign"},"Output":{"$ref":"#/$defs/onlyJsonata"},"Condition":{"$ref":"#/$defs/onlyJsonata"}},"allOf":[{"$ref":"#/$defs/jsonpathComparison"}],"unevaluatedProperties":false};
const schema121 = {"properties":{"Comment":{"$ref":"#/$defs/comment"},"Variable":{"$ref":"#/$defs/path"},"And":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/jsonpathNestedChoiceRule"}},"Or":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/jsonpathNestedChoiceRule"}},"Not":{"$ref":"#/$defs/jsonpathNestedChoiceRule"},"StringEquals":{"type":"string"},"StringLessThan":{"type":"string"},"StringGreaterThan":{"type":"string"},"StringLessThanEquals":{"type":"string"},"StringGreaterThanEquals":{"type":"string"},"StringMatches":{"type":"string"},"NumericEquals":{"type":"number"},"NumericLessThan":{"type":"number"},"NumericGreaterThan":{"type":"number"},"NumericLessThanEquals":{"type":"number"},"NumericGreaterThanEquals":{"type":"number"},"BooleanEquals":{"type":"boolean"},"TimestampEquals":{"type":"string"},"TimestampLessThan":{"type":"string"},"TimestampGreaterThan":{"type":"string"},"TimestampLessThanEquals":{"type":"string"},"TimestampGreaterThanEquals":{"type":"string"},"StringEqualsPath":{"$ref":"#/$defs/path"},"StringLessThanPath":{"$ref":"#/$defs/path"},"StringGreaterThanPath":{"$ref":"#/$defs/path"},"StringLessThanEqualsPath":{"$ref":"#/$defs/path"},"StringGreaterThanEqualsPath":{"$ref":"#/$defs/path"},"NumericEqualsPath":{"$ref":"#/$defs/path"},"NumericLessThanPath":{"$ref":"#/$defs/path"},"NumericGreaterThanPath":{"$ref":"#/$defs/path"},"NumericLessThanEqualsPath":{"$ref":"#/$defs/path"},"NumericGreaterThanEqualsPath":{"$ref":"#/$defs/path"},"BooleanEqualsPath":{"$ref":"#/$defs/path"},"TimestampEqualsPath":{"$ref":"#/$defs/path"},"TimestampLessThanPath":{"$ref":"#/$defs/path"},"TimestampGreaterThanPath":{"$ref":"#/$defs/path"},"TimestampLessThanEqualsPath":{"$ref":"#/$defs/path"},"TimestampGreaterThanEqualsPath":{"$ref":"#/$defs/path"},"IsNull":{"type":"boolean"},"IsPresent":{"type":"boolean"},"IsNumeric":{"type":"boolean"},"IsString":{"type":"boolean"},"IsBoolean":{"type":"boolean"},"IsTimestamp":{"type":"boolean"}}};
const schema124 = {"type":"object","allOf":[{"$ref":"#/$defs/jsonpathComparison"}],"unevaluatedProperties":false};
const wrapper0 = {validate: validate46};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(wrapper0.validate(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
errors = vErrors.length;
}
else {
var props0 = wrapper0.validate.evaluated.props;
var items0 = wrapper0.validate.evaluated.items;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(props0 !== true){
for(const key0 in data){
if(!props0 || !props0[key0]){
const err0 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema124,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema124.type,parentSchema:schema124,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate47.errors = vErrors;
evaluated0.items = items0;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":true};


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Comment !== undefined){
let data0 = data.Comment;
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Variable !== undefined){
let data1 = data.Variable;
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/Variable",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.And !== undefined){
let data2 = data.And;
if(Array.isArray(data2)){
if(data2.length < 1){
const err2 = {instancePath:instancePath+"/And",schemaPath:"#/properties/And/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema121.properties.And,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate47(data2[i0], {instancePath:instancePath+"/And/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/And",schemaPath:"#/properties/And/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema121.properties.And.type,parentSchema:schema121.properties.And,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Or !== undefined){
let data4 = data.Or;
if(Array.isArray(data4)){
if(data4.length < 1){
const err4 = {instancePath:instancePath+"/Or",schemaPath:"#/properties/Or/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema121.properties.Or,data:data4};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(!(validate47(data4[i1], {instancePath:instancePath+"/Or/" + i1,parentData:data4,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/Or",schemaPath:"#/properties/Or/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema121.properties.Or.type,parentSchema:schema121.properties.Or,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.Not !== undefined){
if(!(validate47(data.Not, {instancePath:instancePath+"/Not",parentData:data,parentDataProperty:"Not",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
if(data.StringEquals !== undefined){
let data7 = data.StringEquals;
if(typeof data7 !== "string"){
const err6 = {instancePath:instancePath+"/StringEquals",schemaPath:"#/properties/StringEquals/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema121.properties.StringEquals.type,parentSchema:schema121.properties.StringEquals,data:data7};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.StringLessThan !== undefined){
let data8 = data.StringLessThan;
if(typeof data8 !== "string"){
const err7 = {instancePath:instancePath+"/StringLessThan",schemaPath:"#/properties/StringLessThan/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema121.properties.StringLessThan.type,parentSchema:schema121.properties.StringLessThan,data:data8};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.StringGreaterThan !== undefined){
let data9 = data.StringGreaterThan;
if(typeof data9 !== "string"){
const err8 = {instancePath:instancePath+"/StringGreaterThan",schemaPath:"#/properties/StringGreaterThan/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema121.properties.StringGreaterThan.type,parentSchema:schema121.properties.StringGreaterThan,data:data9};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.StringLessThanEquals !== undefined){
let data10 = data.StringLessThanEquals;
if(typeof data10 !== "string"){
const err9 = {instancePath:instancePath+"/StringLessThanEquals",schemaPath:"#/properties/StringLessThanEquals/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema121.properties.StringLessThanEquals.type,parentSchema:schema121.properties.StringLessThanEquals,data:data10};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.StringGreaterThanEquals !== undefined){
let data11 = data.StringGreaterThanEquals;
if(typeof data11 !== "string"){
const err10 = {instancePath:instancePath+"/StringGreaterThanEquals",schemaPath:"#/properties/StringGreaterThanEquals/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema121.properties.StringGreaterThanEquals.type,parentSchema:schema121.properties.StringGreaterThanEquals,data:data11};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.StringMatches !== undefined){
let data12 = data.StringMatches;
if(typeof data12 !== "string"){
const err11 = {instancePath:instancePath+"/StringMatches",schemaPath:"#/properties/StringMatches/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema121.properties.StringMatches.type,parentSchema:schema121.properties.StringMatches,data:data12};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.NumericEquals !== undefined){
let data13 = data.NumericEquals;
if(!((typeof data13 == "number") && (isFinite(data13)))){
const err12 = {instancePath:instancePath+"/NumericEquals",schemaPath:"#/properties/NumericEquals/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema121.properties.NumericEquals.type,parentSchema:schema121.properties.NumericEquals,data:data13};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.NumericLessThan !== undefined){
let data14 = data.NumericLessThan;
if(!((typeof data14 == "number") && (isFinite(data14)))){
const err13 = {instancePath:instancePath+"/NumericLessThan",schemaPath:"#/properties/NumericLessThan/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema121.properties.NumericLessThan.type,parentSchema:schema121.properties.NumericLessThan,data:data14};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.NumericGreaterThan !== undefined){
let data15 = data.NumericGreaterThan;
if(!((typeof data15 == "number") && (isFinite(data15)))){
const err14 = {instancePath:instancePath+"/NumericGreaterThan",schemaPath:"#/properties/NumericGreaterThan/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema121.properties.NumericGreaterThan.type,parentSchema:schema121.properties.NumericGreaterThan,data:data15};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.NumericLessThanEquals !== undefined){
let data16 = data.NumericLessThanEquals;
if(!((typeof data16 == "number") && (isFinite(data16)))){
const err15 = {instancePath:instancePath+"/NumericLessThanEquals",schemaPath:"#/properties/NumericLessThanEquals/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema121.properties.NumericLessThanEquals.type,parentSchema:schema121.properties.NumericLessThanEquals,data:data16};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.NumericGreaterThanEquals !== undefined){
let data17 = data.NumericGreaterThanEquals;
if(!((typeof data17 == "number") && (isFinite(data17)))){
const err16 = {instancePath:instancePath+"/NumericGreaterThanEquals",schemaPath:"#/properties/NumericGreaterThanEquals/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema121.properties.NumericGreaterThanEquals.type,parentSchema:schema121.properties.NumericGreaterThanEquals,data:data17};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.BooleanEquals !== undefined){
let data18 = data.BooleanEquals;
if(typeof data18 !== "boolean"){
const err17 = {instancePath:instancePath+"/BooleanEquals",schemaPath:"#/properties/BooleanEquals/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema121.properties.BooleanEquals.type,parentSchema:schema121.properties.BooleanEquals,data:data18};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.TimestampEquals !== undefined){
let data19 = data.TimestampEquals;
if(typeof data19 !== "string"){
const err18 = {instancePath:instancePath+"/TimestampEquals",schemaPath:"#/properties/TimestampEquals/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema121.properties.TimestampEquals.type,parentSchema:schema121.properties.TimestampEquals,data:data19};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.TimestampLessThan !== undefined){
let data20 = data.TimestampLessThan;
if(typeof data20 !== "string"){
const err19 = {instancePath:instancePath+"/TimestampLessThan",schemaPath:"#/properties/TimestampLessThan/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema121.properties.TimestampLessThan.type,parentSchema:schema121.properties.TimestampLessThan,data:data20};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.TimestampGreaterThan !== undefined){
let data21 = data.TimestampGreaterThan;
if(typeof data21 !== "string"){
const err20 = {instancePath:instancePath+"/TimestampGreaterThan",schemaPath:"#/properties/TimestampGreaterThan/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema121.properties.TimestampGreaterThan.type,parentSchema:schema121.properties.TimestampGreaterThan,data:data21};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.TimestampLessThanEquals !== undefined){
let data22 = data.TimestampLessThanEquals;
if(typeof data22 !== "string"){
const err21 = {instancePath:instancePath+"/TimestampLessThanEquals",schemaPath:"#/properties/TimestampLessThanEquals/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema121.properties.TimestampLessThanEquals.type,parentSchema:schema121.properties.TimestampLessThanEquals,data:data22};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.TimestampGreaterThanEquals !== undefined){
let data23 = data.TimestampGreaterThanEquals;
if(typeof data23 !== "string"){
const err22 = {instancePath:instancePath+"/TimestampGreaterThanEquals",schemaPath:"#/properties/TimestampGreaterThanEquals/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema121.properties.TimestampGreaterThanEquals.type,parentSchema:schema121.properties.TimestampGreaterThanEquals,data:data23};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.StringEqualsPath !== undefined){
let data24 = data.StringEqualsPath;
if(typeof data24 !== "string"){
const err23 = {instancePath:instancePath+"/StringEqualsPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data24};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.StringLessThanPath !== undefined){
let data25 = data.StringLessThanPath;
if(typeof data25 !== "string"){
const err24 = {instancePath:instancePath+"/StringLessThanPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data25};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.StringGreaterThanPath !== undefined){
let data26 = data.StringGreaterThanPath;
if(typeof data26 !== "string"){
const err25 = {instancePath:instancePath+"/StringGreaterThanPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data26};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.StringLessThanEqualsPath !== undefined){
let data27 = data.StringLessThanEqualsPath;
if(typeof data27 !== "string"){
const err26 = {instancePath:instancePath+"/StringLessThanEqualsPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data27};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.StringGreaterThanEqualsPath !== undefined){
let data28 = data.StringGreaterThanEqualsPath;
if(typeof data28 !== "string"){
const err27 = {instancePath:instancePath+"/StringGreaterThanEqualsPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data28};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.NumericEqualsPath !== undefined){
let data29 = data.NumericEqualsPath;
if(typeof data29 !== "string"){
const err28 = {instancePath:instancePath+"/NumericEqualsPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data29};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.NumericLessThanPath !== undefined){
let data30 = data.NumericLessThanPath;
if(typeof data30 !== "string"){
const err29 = {instancePath:instancePath+"/NumericLessThanPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data30};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.NumericGreaterThanPath !== undefined){
let data31 = data.NumericGreaterThanPath;
if(typeof data31 !== "string"){
const err30 = {instancePath:instancePath+"/NumericGreaterThanPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data31};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.NumericLessThanEqualsPath !== undefined){
let data32 = data.NumericLessThanEqualsPath;
if(typeof data32 !== "string"){
const err31 = {instancePath:instancePath+"/NumericLessThanEqualsPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data32};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.NumericGreaterThanEqualsPath !== undefined){
let data33 = data.NumericGreaterThanEqualsPath;
if(typeof data33 !== "string"){
const err32 = {instancePath:instancePath+"/NumericGreaterThanEqualsPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data33};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.BooleanEqualsPath !== undefined){
let data34 = data.BooleanEqualsPath;
if(typeof data34 !== "string"){
const err33 = {instancePath:instancePath+"/BooleanEqualsPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data34};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.TimestampEqualsPath !== undefined){
let data35 = data.TimestampEqualsPath;
if(typeof data35 !== "string"){
const err34 = {instancePath:instancePath+"/TimestampEqualsPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data35};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.TimestampLessThanPath !== undefined){
let data36 = data.TimestampLessThanPath;
if(typeof data36 !== "string"){
const err35 = {instancePath:instancePath+"/TimestampLessThanPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data36};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.TimestampGreaterThanPath !== undefined){
let data37 = data.TimestampGreaterThanPath;
if(typeof data37 !== "string"){
const err36 = {instancePath:instancePath+"/TimestampGreaterThanPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data37};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.TimestampLessThanEqualsPath !== undefined){
let data38 = data.TimestampLessThanEqualsPath;
if(typeof data38 !== "string"){
const err37 = {instancePath:instancePath+"/TimestampLessThanEqualsPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data38};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.TimestampGreaterThanEqualsPath !== undefined){
let data39 = data.TimestampGreaterThanEqualsPath;
if(typeof data39 !== "string"){
const err38 = {instancePath:instancePath+"/TimestampGreaterThanEqualsPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data39};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.IsNull !== undefined){
let data40 = data.IsNull;
if(typeof data40 !== "boolean"){
const err39 = {instancePath:instancePath+"/IsNull",schemaPath:"#/properties/IsNull/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema121.properties.IsNull.type,parentSchema:schema121.properties.IsNull,data:data40};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.IsPresent !== undefined){
let data41 = data.IsPresent;
if(typeof data41 !== "boolean"){
const err40 = {instancePath:instancePath+"/IsPresent",schemaPath:"#/properties/IsPresent/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema121.properties.IsPresent.type,parentSchema:schema121.properties.IsPresent,data:data41};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.IsNumeric !== undefined){
let data42 = data.IsNumeric;
if(typeof data42 !== "boolean"){
const err41 = {instancePath:instancePath+"/IsNumeric",schemaPath:"#/properties/IsNumeric/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema121.properties.IsNumeric.type,parentSchema:schema121.properties.IsNumeric,data:data42};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.IsString !== undefined){
let data43 = data.IsString;
if(typeof data43 !== "boolean"){
const err42 = {instancePath:instancePath+"/IsString",schemaPath:"#/properties/IsString/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema121.properties.IsString.type,parentSchema:schema121.properties.IsString,data:data43};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.IsBoolean !== undefined){
let data44 = data.IsBoolean;
if(typeof data44 !== "boolean"){
const err43 = {instancePath:instancePath+"/IsBoolean",schemaPath:"#/properties/IsBoolean/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema121.properties.IsBoolean.type,parentSchema:schema121.properties.IsBoolean,data:data44};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.IsTimestamp !== undefined){
let data45 = data.IsTimestamp;
if(typeof data45 !== "boolean"){
const err44 = {instancePath:instancePath+"/IsTimestamp",schemaPath:"#/properties/IsTimestamp/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema121.properties.IsTimestamp.type,parentSchema:schema121.properties.IsTimestamp,data:data45};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":{"Comment":true,"Variable":true,"And":true,"Or":true,"Not":true,"StringEquals":true,"StringLessThan":true,"StringGreaterThan":true,"StringLessThanEquals":true,"StringGreaterThanEquals":true,"StringMatches":true,"NumericEquals":true,"NumericLessThan":true,"NumericGreaterThan":true,"NumericLessThanEquals":true,"NumericGreaterThanEquals":true,"BooleanEquals":true,"TimestampEquals":true,"TimestampLessThan":true,"TimestampGreaterThan":true,"TimestampLessThanEquals":true,"TimestampGreaterThanEquals":true,"StringEqualsPath":true,"StringLessThanPath":true,"StringGreaterThanPath":true,"StringLessThanEqualsPath":true,"StringGreaterThanEqualsPath":true,"NumericEqualsPath":true,"NumericLessThanPath":true,"NumericGreaterThanPath":true,"NumericLessThanEqualsPath":true,"NumericGreaterThanEqualsPath":true,"BooleanEqualsPath":true,"TimestampEqualsPath":true,"TimestampLessThanPath":true,"TimestampGreaterThanPath":true,"TimestampLessThanEqualsPath":true,"TimestampGreaterThanEqualsPath":true,"IsNull":true,"IsPresent":true,"IsNumeric":true,"IsString":true,"IsBoolean":true,"IsTimestamp":true},"dynamicProps":false,"dynamicItems":false};


function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate46(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Next === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Next"},message:"must have required property '"+"Next"+"'",schema:schema120.required,parentSchema:schema120,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Next !== undefined){
let data0 = data.Next;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err1 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Assign !== undefined){
let data1 = data.Assign;
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
const err3 = {instancePath:instancePath+"/Assign",schemaPath:"#/$defs/assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Output !== undefined){
const err4 = {instancePath:instancePath+"/Output",schemaPath:"#/$defs/onlyJsonata/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema46.not,parentSchema:schema46,data:data.Output};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.Condition !== undefined){
const err5 = {instancePath:instancePath+"/Condition",schemaPath:"#/$defs/onlyJsonata/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema46.not,parentSchema:schema46,data:data.Condition};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if((((((((((((((((((((((((((((((((((((((((((((((((key0 !== "Next") && (key0 !== "Assign")) && (key0 !== "Output")) && (key0 !== "Condition")) && (key0 !== "Comment")) && (key0 !== "Variable")) && (key0 !== "And")) && (key0 !== "Or")) && (key0 !== "Not")) && (key0 !== "StringEquals")) && (key0 !== "StringLessThan")) && (key0 !== "StringGreaterThan")) && (key0 !== "StringLessThanEquals")) && (key0 !== "StringGreaterThanEquals")) && (key0 !== "StringMatches")) && (key0 !== "NumericEquals")) && (key0 !== "NumericLessThan")) && (key0 !== "NumericGreaterThan")) && (key0 !== "NumericLessThanEquals")) && (key0 !== "NumericGreaterThanEquals")) && (key0 !== "BooleanEquals")) && (key0 !== "TimestampEquals")) && (key0 !== "TimestampLessThan")) && (key0 !== "TimestampGreaterThan")) && (key0 !== "TimestampLessThanEquals")) && (key0 !== "TimestampGreaterThanEquals")) && (key0 !== "StringEqualsPath")) && (key0 !== "StringLessThanPath")) && (key0 !== "StringGreaterThanPath")) && (key0 !== "StringLessThanEqualsPath")) && (key0 !== "StringGreaterThanEqualsPath")) && (key0 !== "NumericEqualsPath")) && (key0 !== "NumericLessThanPath")) && (key0 !== "NumericGreaterThanPath")) && (key0 !== "NumericLessThanEqualsPath")) && (key0 !== "NumericGreaterThanEqualsPath")) && (key0 !== "BooleanEqualsPath")) && (key0 !== "TimestampEqualsPath")) && (key0 !== "TimestampLessThanPath")) && (key0 !== "TimestampGreaterThanPath")) && (key0 !== "TimestampLessThanEqualsPath")) && (key0 !== "TimestampGreaterThanEqualsPath")) && (key0 !== "IsNull")) && (key0 !== "IsPresent")) && (key0 !== "IsNumeric")) && (key0 !== "IsString")) && (key0 !== "IsBoolean")) && (key0 !== "IsTimestamp")){
const err6 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema120,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema120.type,parentSchema:schema120,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Choices === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Choices"},message:"must have required property '"+"Choices"+"'",schema:schema117.required,parentSchema:schema117,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema117.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema117,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if("Choice" !== data0){
const err2 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/const",keyword:"const",params:{allowedValue: "Choice"},message:"must be equal to constant",schema:"Choice",parentSchema:schema117.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/$defs/queryLanguage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.Choices !== undefined){
let data3 = data.Choices;
if(Array.isArray(data3)){
if(data3.length < 1){
const err5 = {instancePath:instancePath+"/Choices",schemaPath:"#/properties/Choices/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema117.properties.Choices,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate45(data3[i0], {instancePath:instancePath+"/Choices/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/Choices",schemaPath:"#/properties/Choices/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema117.properties.Choices.type,parentSchema:schema117.properties.Choices,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.Default !== undefined){
let data5 = data.Default;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err7 = {instancePath:instancePath+"/Default",schemaPath:"#/$defs/stateName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/Default",schemaPath:"#/$defs/stateName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.InputPath !== undefined){
let data6 = data.InputPath;
if((typeof data6 !== "string") && (data6 !== null)){
const err9 = {instancePath:instancePath+"/InputPath",schemaPath:"#/$defs/nullablePath/type",keyword:"type",params:{type: schema41.type},message:"must be string,null",schema:schema41.type,parentSchema:schema41,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.OutputPath !== undefined){
let data7 = data.OutputPath;
if((typeof data7 !== "string") && (data7 !== null)){
const err10 = {instancePath:instancePath+"/OutputPath",schemaPath:"#/$defs/nullablePath/type",keyword:"type",params:{type: schema41.type},message:"must be string,null",schema:schema41.type,parentSchema:schema41,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.Assign !== undefined){
let data8 = data.Assign;
if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){
const err11 = {instancePath:instancePath+"/Assign",schemaPath:"#/$defs/assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.Output !== undefined){
const err12 = {instancePath:instancePath+"/Output",schemaPath:"#/$defs/onlyJsonata/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema46.not,parentSchema:schema46,data:data.Output};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema117.type,parentSchema:schema117,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema150 = {"type":"object","required":["Choices"],"properties":{"Type":{"const":"Choice"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Choices":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/jsonataChoiceRule"}},"Default":{"$ref":"#/$defs/stateName"},"Output":{"$ref":"#/$defs/jsonataTemplate"},"Assign":{"$ref":"#/$defs/assign"},"InputPath":{"$ref":"#/$defs/onlyJsonPath"},"OutputPath":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false};
const schema153 = {"type":"object","required":["Condition","Next"],"properties":{"Condition":{"type":["boolean","string"],"pattern":"^\\{%[\\s\\S]*%\\}$","description":"A JSONata expression that evaluates to a boolean."},"Next":{"$ref":"#/$defs/stateName"},"Comment":{"$ref":"#/$defs/comment"},"Assign":{"$ref":"#/$defs/assign"},"Output":{"$ref":"#/$defs/jsonataTemplate"},"Variable":{"$ref":"#/$defs/onlyJsonPath"},"And":{"$ref":"#/$defs/onlyJsonPath"},"Or":{"$ref":"#/$defs/onlyJsonPath"},"Not":{"$ref":"#/$defs/onlyJsonPath"}},"patternProperties":{"^(String|Numeric|Boolean|Timestamp)(Equals|LessThan|GreaterThan|LessThanEquals|GreaterThanEquals)(Path)?$|^StringMatches$|^Is(Null|Present|Numeric|String|Boolean|Timestamp)$":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false};
const pattern7 = new RegExp("^(String|Numeric|Boolean|Timestamp)(Equals|LessThan|GreaterThan|LessThanEquals|GreaterThanEquals)(Path)?$|^StringMatches$|^Is(Null|Present|Numeric|String|Boolean|Timestamp)$", "u");

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Condition === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Condition"},message:"must have required property '"+"Condition"+"'",schema:schema153.required,parentSchema:schema153,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Next === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Next"},message:"must have required property '"+"Next"+"'",schema:schema153.required,parentSchema:schema153,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((func1.call(schema153.properties, key0)) || (pattern7.test(key0)))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema153,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Condition !== undefined){
let data0 = data.Condition;
if((typeof data0 !== "boolean") && (typeof data0 !== "string")){
const err3 = {instancePath:instancePath+"/Condition",schemaPath:"#/properties/Condition/type",keyword:"type",params:{type: schema153.properties.Condition.type},message:"must be boolean,string",schema:schema153.properties.Condition.type,parentSchema:schema153.properties.Condition,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/Condition",schemaPath:"#/properties/Condition/pattern",keyword:"pattern",params:{pattern: "^\\{%[\\s\\S]*%\\}$"},message:"must match pattern \""+"^\\{%[\\s\\S]*%\\}$"+"\"",schema:"^\\{%[\\s\\S]*%\\}$",parentSchema:schema153.properties.Condition,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.Next !== undefined){
let data1 = data.Next;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.Comment !== undefined){
let data2 = data.Comment;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.Assign !== undefined){
let data3 = data.Assign;
if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){
const err8 = {instancePath:instancePath+"/Assign",schemaPath:"#/$defs/assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.Variable !== undefined){
const err9 = {instancePath:instancePath+"/Variable",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.Variable};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.And !== undefined){
const err10 = {instancePath:instancePath+"/And",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.And};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.Or !== undefined){
const err11 = {instancePath:instancePath+"/Or",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.Or};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.Not !== undefined){
const err12 = {instancePath:instancePath+"/Not",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.Not};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data){
if(pattern7.test(key1)){
const err13 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data[key1]};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema153.type,parentSchema:schema153,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Choices === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Choices"},message:"must have required property '"+"Choices"+"'",schema:schema150.required,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema150.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if("Choice" !== data0){
const err2 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/const",keyword:"const",params:{allowedValue: "Choice"},message:"must be equal to constant",schema:"Choice",parentSchema:schema150.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/$defs/queryLanguage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.Choices !== undefined){
let data3 = data.Choices;
if(Array.isArray(data3)){
if(data3.length < 1){
const err5 = {instancePath:instancePath+"/Choices",schemaPath:"#/properties/Choices/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema150.properties.Choices,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate55(data3[i0], {instancePath:instancePath+"/Choices/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/Choices",schemaPath:"#/properties/Choices/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema150.properties.Choices.type,parentSchema:schema150.properties.Choices,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.Default !== undefined){
let data5 = data.Default;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err7 = {instancePath:instancePath+"/Default",schemaPath:"#/$defs/stateName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/Default",schemaPath:"#/$defs/stateName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.Assign !== undefined){
let data7 = data.Assign;
if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){
const err9 = {instancePath:instancePath+"/Assign",schemaPath:"#/$defs/assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.InputPath !== undefined){
const err10 = {instancePath:instancePath+"/InputPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.InputPath};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.OutputPath !== undefined){
const err11 = {instancePath:instancePath+"/OutputPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.OutputPath};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema150.type,parentSchema:schema150,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema170 = {"type":"object","properties":{"Type":{"const":"Wait"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Next":{"$ref":"#/$defs/stateName"},"End":{"type":"boolean"},"Seconds":{"type":"integer","minimum":0,"maximum":99999999},"SecondsPath":{"$ref":"#/$defs/path"},"Timestamp":{"$ref":"#/$defs/timestamp"},"TimestampPath":{"$ref":"#/$defs/path"},"InputPath":{"$ref":"#/$defs/nullablePath"},"OutputPath":{"$ref":"#/$defs/nullablePath"},"Assign":{"$ref":"#/$defs/assign"},"Output":{"$ref":"#/$defs/onlyJsonata"}},"additionalProperties":false};
const schema175 = {"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$","description":"An RFC 3339 timestamp with an uppercase T and Z, e.g. 2026-03-14T01:59:00Z."};
const pattern10 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$", "u");

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema170.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema170,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if("Wait" !== data0){
const err1 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/const",keyword:"const",params:{allowedValue: "Wait"},message:"must be equal to constant",schema:"Wait",parentSchema:schema170.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/$defs/queryLanguage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Next !== undefined){
let data3 = data.Next;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err4 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.End !== undefined){
let data4 = data.End;
if(typeof data4 !== "boolean"){
const err6 = {instancePath:instancePath+"/End",schemaPath:"#/properties/End/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema170.properties.End.type,parentSchema:schema170.properties.End,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.Seconds !== undefined){
let data5 = data.Seconds;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err7 = {instancePath:instancePath+"/Seconds",schemaPath:"#/properties/Seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema170.properties.Seconds.type,parentSchema:schema170.properties.Seconds,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 99999999 || isNaN(data5)){
const err8 = {instancePath:instancePath+"/Seconds",schemaPath:"#/properties/Seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99999999},message:"must be <= 99999999",schema:99999999,parentSchema:schema170.properties.Seconds,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err9 = {instancePath:instancePath+"/Seconds",schemaPath:"#/properties/Seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema170.properties.Seconds,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.SecondsPath !== undefined){
let data6 = data.SecondsPath;
if(typeof data6 !== "string"){
const err10 = {instancePath:instancePath+"/SecondsPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.Timestamp !== undefined){
let data7 = data.Timestamp;
if(typeof data7 === "string"){
if(!pattern10.test(data7)){
const err11 = {instancePath:instancePath+"/Timestamp",schemaPath:"#/$defs/timestamp/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$",parentSchema:schema175,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/Timestamp",schemaPath:"#/$defs/timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema175.type,parentSchema:schema175,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.TimestampPath !== undefined){
let data8 = data.TimestampPath;
if(typeof data8 !== "string"){
const err13 = {instancePath:instancePath+"/TimestampPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.InputPath !== undefined){
let data9 = data.InputPath;
if((typeof data9 !== "string") && (data9 !== null)){
const err14 = {instancePath:instancePath+"/InputPath",schemaPath:"#/$defs/nullablePath/type",keyword:"type",params:{type: schema41.type},message:"must be string,null",schema:schema41.type,parentSchema:schema41,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.OutputPath !== undefined){
let data10 = data.OutputPath;
if((typeof data10 !== "string") && (data10 !== null)){
const err15 = {instancePath:instancePath+"/OutputPath",schemaPath:"#/$defs/nullablePath/type",keyword:"type",params:{type: schema41.type},message:"must be string,null",schema:schema41.type,parentSchema:schema41,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.Assign !== undefined){
let data11 = data.Assign;
if(!(data11 && typeof data11 == "object" && !Array.isArray(data11))){
const err16 = {instancePath:instancePath+"/Assign",schemaPath:"#/$defs/assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data11};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.Output !== undefined){
const err17 = {instancePath:instancePath+"/Output",schemaPath:"#/$defs/onlyJsonata/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema46.not,parentSchema:schema46,data:data.Output};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema170.type,parentSchema:schema170,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema181 = {"type":"object","properties":{"Type":{"const":"Wait"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Next":{"$ref":"#/$defs/stateName"},"End":{"type":"boolean"},"Seconds":{"type":["integer","string"],"minimum":0,"maximum":99999999,"pattern":"^\\{%[\\s\\S]*%\\}$"},"Timestamp":{"type":"string","pattern":"^(\\{%[\\s\\S]*%\\}|[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2}))$"},"Output":{"$ref":"#/$defs/jsonataTemplate"},"Assign":{"$ref":"#/$defs/assign"},"SecondsPath":{"$ref":"#/$defs/onlyJsonPath"},"TimestampPath":{"$ref":"#/$defs/onlyJsonPath"},"InputPath":{"$ref":"#/$defs/onlyJsonPath"},"OutputPath":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false};
const pattern12 = new RegExp("^(\\{%[\\s\\S]*%\\}|[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2}))$", "u");

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema181.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema181,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if("Wait" !== data0){
const err1 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/const",keyword:"const",params:{allowedValue: "Wait"},message:"must be equal to constant",schema:"Wait",parentSchema:schema181.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/$defs/queryLanguage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Next !== undefined){
let data3 = data.Next;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err4 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.End !== undefined){
let data4 = data.End;
if(typeof data4 !== "boolean"){
const err6 = {instancePath:instancePath+"/End",schemaPath:"#/properties/End/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema181.properties.End.type,parentSchema:schema181.properties.End,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.Seconds !== undefined){
let data5 = data.Seconds;
if((!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) && (typeof data5 !== "string")){
const err7 = {instancePath:instancePath+"/Seconds",schemaPath:"#/properties/Seconds/type",keyword:"type",params:{type: schema181.properties.Seconds.type},message:"must be integer,string",schema:schema181.properties.Seconds.type,parentSchema:schema181.properties.Seconds,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 99999999 || isNaN(data5)){
const err8 = {instancePath:instancePath+"/Seconds",schemaPath:"#/properties/Seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99999999},message:"must be <= 99999999",schema:99999999,parentSchema:schema181.properties.Seconds,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err9 = {instancePath:instancePath+"/Seconds",schemaPath:"#/properties/Seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema181.properties.Seconds,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err10 = {instancePath:instancePath+"/Seconds",schemaPath:"#/properties/Seconds/pattern",keyword:"pattern",params:{pattern: "^\\{%[\\s\\S]*%\\}$"},message:"must match pattern \""+"^\\{%[\\s\\S]*%\\}$"+"\"",schema:"^\\{%[\\s\\S]*%\\}$",parentSchema:schema181.properties.Seconds,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.Timestamp !== undefined){
let data6 = data.Timestamp;
if(typeof data6 === "string"){
if(!pattern12.test(data6)){
const err11 = {instancePath:instancePath+"/Timestamp",schemaPath:"#/properties/Timestamp/pattern",keyword:"pattern",params:{pattern: "^(\\{%[\\s\\S]*%\\}|[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2}))$"},message:"must match pattern \""+"^(\\{%[\\s\\S]*%\\}|[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2}))$"+"\"",schema:"^(\\{%[\\s\\S]*%\\}|[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2}))$",parentSchema:schema181.properties.Timestamp,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/Timestamp",schemaPath:"#/properties/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema181.properties.Timestamp.type,parentSchema:schema181.properties.Timestamp,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.Assign !== undefined){
let data8 = data.Assign;
if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){
const err13 = {instancePath:instancePath+"/Assign",schemaPath:"#/$defs/assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.SecondsPath !== undefined){
const err14 = {instancePath:instancePath+"/SecondsPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.SecondsPath};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.TimestampPath !== undefined){
const err15 = {instancePath:instancePath+"/TimestampPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.TimestampPath};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.InputPath !== undefined){
const err16 = {instancePath:instancePath+"/InputPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.InputPath};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.OutputPath !== undefined){
const err17 = {instancePath:instancePath+"/OutputPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.OutputPath};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema181.type,parentSchema:schema181,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema193 = {"type":"object","properties":{"Type":{"const":"Succeed"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"InputPath":{"$ref":"#/$defs/nullablePath"},"OutputPath":{"$ref":"#/$defs/nullablePath"},"Output":{"$ref":"#/$defs/onlyJsonata"}},"additionalProperties":false};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "Type") || (key0 === "Comment")) || (key0 === "QueryLanguage")) || (key0 === "InputPath")) || (key0 === "OutputPath")) || (key0 === "Output"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema193,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if("Succeed" !== data0){
const err1 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/const",keyword:"const",params:{allowedValue: "Succeed"},message:"must be equal to constant",schema:"Succeed",parentSchema:schema193.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/$defs/queryLanguage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.InputPath !== undefined){
let data3 = data.InputPath;
if((typeof data3 !== "string") && (data3 !== null)){
const err4 = {instancePath:instancePath+"/InputPath",schemaPath:"#/$defs/nullablePath/type",keyword:"type",params:{type: schema41.type},message:"must be string,null",schema:schema41.type,parentSchema:schema41,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.OutputPath !== undefined){
let data4 = data.OutputPath;
if((typeof data4 !== "string") && (data4 !== null)){
const err5 = {instancePath:instancePath+"/OutputPath",schemaPath:"#/$defs/nullablePath/type",keyword:"type",params:{type: schema41.type},message:"must be string,null",schema:schema41.type,parentSchema:schema41,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.Output !== undefined){
const err6 = {instancePath:instancePath+"/Output",schemaPath:"#/$defs/onlyJsonata/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema46.not,parentSchema:schema46,data:data.Output};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema193.type,parentSchema:schema193,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema199 = {"type":"object","properties":{"Type":{"const":"Succeed"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Output":{"$ref":"#/$defs/jsonataTemplate"},"InputPath":{"$ref":"#/$defs/onlyJsonPath"},"OutputPath":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "Type") || (key0 === "Comment")) || (key0 === "QueryLanguage")) || (key0 === "Output")) || (key0 === "InputPath")) || (key0 === "OutputPath"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema199,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if("Succeed" !== data0){
const err1 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/const",keyword:"const",params:{allowedValue: "Succeed"},message:"must be equal to constant",schema:"Succeed",parentSchema:schema199.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/$defs/queryLanguage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.InputPath !== undefined){
const err4 = {instancePath:instancePath+"/InputPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.InputPath};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.OutputPath !== undefined){
const err5 = {instancePath:instancePath+"/OutputPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.OutputPath};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema199.type,parentSchema:schema199,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema207 = {"type":"object","properties":{"Type":{"const":"Fail"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Error":{"type":"string"},"ErrorPath":{"type":"string"},"Cause":{"type":"string"},"CausePath":{"type":"string"}},"additionalProperties":false};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "Type") || (key0 === "Comment")) || (key0 === "QueryLanguage")) || (key0 === "Error")) || (key0 === "ErrorPath")) || (key0 === "Cause")) || (key0 === "CausePath"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema207,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if("Fail" !== data0){
const err1 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/const",keyword:"const",params:{allowedValue: "Fail"},message:"must be equal to constant",schema:"Fail",parentSchema:schema207.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/$defs/queryLanguage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Error !== undefined){
let data3 = data.Error;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/Error",schemaPath:"#/properties/Error/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema207.properties.Error.type,parentSchema:schema207.properties.Error,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.ErrorPath !== undefined){
let data4 = data.ErrorPath;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/ErrorPath",schemaPath:"#/properties/ErrorPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema207.properties.ErrorPath.type,parentSchema:schema207.properties.ErrorPath,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.Cause !== undefined){
let data5 = data.Cause;
if(typeof data5 !== "string"){
const err6 = {instancePath:instancePath+"/Cause",schemaPath:"#/properties/Cause/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema207.properties.Cause.type,parentSchema:schema207.properties.Cause,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.CausePath !== undefined){
let data6 = data.CausePath;
if(typeof data6 !== "string"){
const err7 = {instancePath:instancePath+"/CausePath",schemaPath:"#/properties/CausePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema207.properties.CausePath.type,parentSchema:schema207.properties.CausePath,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema207.type,parentSchema:schema207,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema210 = {"type":"object","properties":{"Type":{"const":"Fail"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Error":{"type":"string"},"Cause":{"type":"string"},"ErrorPath":{"$ref":"#/$defs/onlyJsonPath"},"CausePath":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "Type") || (key0 === "Comment")) || (key0 === "QueryLanguage")) || (key0 === "Error")) || (key0 === "Cause")) || (key0 === "ErrorPath")) || (key0 === "CausePath"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema210,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if("Fail" !== data0){
const err1 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/const",keyword:"const",params:{allowedValue: "Fail"},message:"must be equal to constant",schema:"Fail",parentSchema:schema210.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/$defs/queryLanguage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Error !== undefined){
let data3 = data.Error;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/Error",schemaPath:"#/properties/Error/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema210.properties.Error.type,parentSchema:schema210.properties.Error,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.Cause !== undefined){
let data4 = data.Cause;
if(typeof data4 !== "string"){
const err5 = {instancePath:instancePath+"/Cause",schemaPath:"#/properties/Cause/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema210.properties.Cause.type,parentSchema:schema210.properties.Cause,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.ErrorPath !== undefined){
const err6 = {instancePath:instancePath+"/ErrorPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.ErrorPath};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.CausePath !== undefined){
const err7 = {instancePath:instancePath+"/CausePath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.CausePath};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema210.type,parentSchema:schema210,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema217 = {"type":"object","required":["Branches"],"properties":{"Type":{"const":"Parallel"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Next":{"$ref":"#/$defs/stateName"},"End":{"type":"boolean"},"Branches":{"type":"array","minItems":1},"InputPath":{"$ref":"#/$defs/nullablePath"},"OutputPath":{"$ref":"#/$defs/nullablePath"},"Parameters":{"$ref":"#/$defs/payloadTemplate"},"ResultSelector":{"$ref":"#/$defs/payloadTemplate"},"ResultPath":{"$ref":"#/$defs/nullablePath"},"Retry":{"$ref":"#/$defs/retry"},"Catch":{"$ref":"#/$defs/jsonpathCatch"},"Assign":{"$ref":"#/$defs/assign"},"Arguments":{"$ref":"#/$defs/onlyJsonata"},"Output":{"$ref":"#/$defs/onlyJsonata"}},"additionalProperties":false};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Branches === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Branches"},message:"must have required property '"+"Branches"+"'",schema:schema217.required,parentSchema:schema217,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema217.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema217,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if("Parallel" !== data0){
const err2 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/const",keyword:"const",params:{allowedValue: "Parallel"},message:"must be equal to constant",schema:"Parallel",parentSchema:schema217.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/$defs/queryLanguage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.Next !== undefined){
let data3 = data.Next;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err5 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.End !== undefined){
let data4 = data.End;
if(typeof data4 !== "boolean"){
const err7 = {instancePath:instancePath+"/End",schemaPath:"#/properties/End/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema217.properties.End.type,parentSchema:schema217.properties.End,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.Branches !== undefined){
let data5 = data.Branches;
if(Array.isArray(data5)){
if(data5.length < 1){
const err8 = {instancePath:instancePath+"/Branches",schemaPath:"#/properties/Branches/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema217.properties.Branches,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/Branches",schemaPath:"#/properties/Branches/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema217.properties.Branches.type,parentSchema:schema217.properties.Branches,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.InputPath !== undefined){
let data6 = data.InputPath;
if((typeof data6 !== "string") && (data6 !== null)){
const err10 = {instancePath:instancePath+"/InputPath",schemaPath:"#/$defs/nullablePath/type",keyword:"type",params:{type: schema41.type},message:"must be string,null",schema:schema41.type,parentSchema:schema41,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.OutputPath !== undefined){
let data7 = data.OutputPath;
if((typeof data7 !== "string") && (data7 !== null)){
const err11 = {instancePath:instancePath+"/OutputPath",schemaPath:"#/$defs/nullablePath/type",keyword:"type",params:{type: schema41.type},message:"must be string,null",schema:schema41.type,parentSchema:schema41,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.Parameters !== undefined){
let data8 = data.Parameters;
if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){
const err12 = {instancePath:instancePath+"/Parameters",schemaPath:"#/$defs/payloadTemplate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.ResultSelector !== undefined){
let data9 = data.ResultSelector;
if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
const err13 = {instancePath:instancePath+"/ResultSelector",schemaPath:"#/$defs/payloadTemplate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.ResultPath !== undefined){
let data10 = data.ResultPath;
if((typeof data10 !== "string") && (data10 !== null)){
const err14 = {instancePath:instancePath+"/ResultPath",schemaPath:"#/$defs/nullablePath/type",keyword:"type",params:{type: schema41.type},message:"must be string,null",schema:schema41.type,parentSchema:schema41,data:data10};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.Retry !== undefined){
if(!(validate28(data.Retry, {instancePath:instancePath+"/Retry",parentData:data,parentDataProperty:"Retry",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.Catch !== undefined){
if(!(validate32(data.Catch, {instancePath:instancePath+"/Catch",parentData:data,parentDataProperty:"Catch",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.Assign !== undefined){
let data13 = data.Assign;
if(!(data13 && typeof data13 == "object" && !Array.isArray(data13))){
const err15 = {instancePath:instancePath+"/Assign",schemaPath:"#/$defs/assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data13};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.Arguments !== undefined){
const err16 = {instancePath:instancePath+"/Arguments",schemaPath:"#/$defs/onlyJsonata/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema46.not,parentSchema:schema46,data:data.Arguments};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.Output !== undefined){
const err17 = {instancePath:instancePath+"/Output",schemaPath:"#/$defs/onlyJsonata/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema46.not,parentSchema:schema46,data:data.Output};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema217.type,parentSchema:schema217,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}
validate70.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema229 = {"type":"object","required":["Branches"],"properties":{"Type":{"const":"Parallel"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Next":{"$ref":"#/$defs/stateName"},"End":{"type":"boolean"},"Branches":{"type":"array","minItems":1},"Arguments":{"$ref":"#/$defs/jsonataObject"},"Output":{"$ref":"#/$defs/jsonataTemplate"},"Retry":{"$ref":"#/$defs/retry"},"Catch":{"$ref":"#/$defs/jsonataCatch"},"Assign":{"$ref":"#/$defs/assign"},"InputPath":{"$ref":"#/$defs/onlyJsonPath"},"OutputPath":{"$ref":"#/$defs/onlyJsonPath"},"Parameters":{"$ref":"#/$defs/onlyJsonPath"},"ResultSelector":{"$ref":"#/$defs/onlyJsonPath"},"ResultPath":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false};

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate74.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Branches === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Branches"},message:"must have required property '"+"Branches"+"'",schema:schema229.required,parentSchema:schema229,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema229.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema229,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if("Parallel" !== data0){
const err2 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/const",keyword:"const",params:{allowedValue: "Parallel"},message:"must be equal to constant",schema:"Parallel",parentSchema:schema229.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/$defs/queryLanguage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.Next !== undefined){
let data3 = data.Next;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err5 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.End !== undefined){
let data4 = data.End;
if(typeof data4 !== "boolean"){
const err7 = {instancePath:instancePath+"/End",schemaPath:"#/properties/End/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema229.properties.End.type,parentSchema:schema229.properties.End,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.Branches !== undefined){
let data5 = data.Branches;
if(Array.isArray(data5)){
if(data5.length < 1){
const err8 = {instancePath:instancePath+"/Branches",schemaPath:"#/properties/Branches/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema229.properties.Branches,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/Branches",schemaPath:"#/properties/Branches/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema229.properties.Branches.type,parentSchema:schema229.properties.Branches,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.Arguments !== undefined){
let data6 = data.Arguments;
if((!(data6 && typeof data6 == "object" && !Array.isArray(data6))) && (typeof data6 !== "string")){
const err10 = {instancePath:instancePath+"/Arguments",schemaPath:"#/$defs/jsonataObject/type",keyword:"type",params:{type: schema95.type},message:"must be object,string",schema:schema95.type,parentSchema:schema95,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
const err11 = {instancePath:instancePath+"/Arguments",schemaPath:"#/$defs/jsonataObject/pattern",keyword:"pattern",params:{pattern: "^\\{%[\\s\\S]*%\\}$"},message:"must match pattern \""+"^\\{%[\\s\\S]*%\\}$"+"\"",schema:"^\\{%[\\s\\S]*%\\}$",parentSchema:schema95,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.Retry !== undefined){
if(!(validate28(data.Retry, {instancePath:instancePath+"/Retry",parentData:data,parentDataProperty:"Retry",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.Catch !== undefined){
if(!(validate39(data.Catch, {instancePath:instancePath+"/Catch",parentData:data,parentDataProperty:"Catch",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
if(data.Assign !== undefined){
let data10 = data.Assign;
if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){
const err12 = {instancePath:instancePath+"/Assign",schemaPath:"#/$defs/assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data10};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.InputPath !== undefined){
const err13 = {instancePath:instancePath+"/InputPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.InputPath};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data.OutputPath !== undefined){
const err14 = {instancePath:instancePath+"/OutputPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.OutputPath};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data.Parameters !== undefined){
const err15 = {instancePath:instancePath+"/Parameters",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.Parameters};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data.ResultSelector !== undefined){
const err16 = {instancePath:instancePath+"/ResultSelector",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.ResultSelector};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data.ResultPath !== undefined){
const err17 = {instancePath:instancePath+"/ResultPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.ResultPath};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema229.type,parentSchema:schema229,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate74.errors = vErrors;
return errors === 0;
}
validate74.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema241 = {"type":"object","required":["StartAt","States"],"properties":{"Comment":{"$ref":"#/$defs/comment"},"StartAt":{"$ref":"#/$defs/stateName"},"States":{"$ref":"#/$defs/jsonataMachineStates"}},"additionalProperties":false};
const wrapper1 = {validate: validate21};

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.StartAt === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "StartAt"},message:"must have required property '"+"StartAt"+"'",schema:schema241.required,parentSchema:schema241,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.States === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "States"},message:"must have required property '"+"States"+"'",schema:schema241.required,parentSchema:schema241,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "Comment") || (key0 === "StartAt")) || (key0 === "States"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema241,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Comment !== undefined){
let data0 = data.Comment;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.StartAt !== undefined){
let data1 = data.StartAt;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/StartAt",schemaPath:"#/$defs/stateName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/StartAt",schemaPath:"#/$defs/stateName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.States !== undefined){
if(!(wrapper1.validate(data.States, {instancePath:instancePath+"/States",parentData:data,parentDataProperty:"States",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema241.type,parentSchema:schema241,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema246 = {"type":"object","properties":{"Type":{"const":"Map"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Next":{"$ref":"#/$defs/stateName"},"End":{"type":"boolean"},"ItemProcessor":{"type":"object"},"Iterator":{"type":"object","description":"Deprecated: use ItemProcessor."},"ItemsPath":{"$ref":"#/$defs/nullablePath"},"ItemSelector":{"$ref":"#/$defs/payloadTemplate"},"Parameters":{"$ref":"#/$defs/payloadTemplate","description":"Deprecated: use ItemSelector."},"ItemReader":{"$ref":"#/$defs/jsonpathItemReader"},"ItemBatcher":{"$ref":"#/$defs/jsonpathItemBatcher"},"ResultWriter":{"$ref":"#/$defs/jsonpathResultWriter"},"MaxConcurrency":{"type":"integer","minimum":0},"MaxConcurrencyPath":{"$ref":"#/$defs/path"},"ToleratedFailureCount":{"type":"integer","minimum":0},"ToleratedFailureCountPath":{"$ref":"#/$defs/path"},"ToleratedFailurePercentage":{"type":"number","minimum":0,"maximum":100},"ToleratedFailurePercentagePath":{"$ref":"#/$defs/path"},"Label":{"type":"string"},"InputPath":{"$ref":"#/$defs/nullablePath"},"OutputPath":{"$ref":"#/$defs/nullablePath"},"ResultSelector":{"$ref":"#/$defs/payloadTemplate"},"ResultPath":{"$ref":"#/$defs/nullablePath"},"Retry":{"$ref":"#/$defs/retry"},"Catch":{"$ref":"#/$defs/jsonpathCatch"},"Assign":{"$ref":"#/$defs/assign"},"Items":{"$ref":"#/$defs/onlyJsonata"},"Output":{"$ref":"#/$defs/onlyJsonata"}},"additionalProperties":false};
const schema253 = {"type":"object","required":["Resource"],"properties":{"Resource":{"type":"string"},"Parameters":{"$ref":"#/$defs/payloadTemplate"},"ReaderConfig":{"$ref":"#/$defs/jsonpathReaderConfig"},"Arguments":{"$ref":"#/$defs/onlyJsonata"}},"additionalProperties":false};
const schema255 = {"type":"object","properties":{"InputType":{"enum":["CSV","JSON","JSONL","PARQUET","MANIFEST"]},"CSVHeaderLocation":{"enum":["FIRST_ROW","GIVEN"]},"CSVHeaders":{"type":"array","items":{"type":"string"}},"CSVDelimiter":{"enum":["COMMA","PIPE","SEMICOLON","SPACE","TAB"]},"ItemsPointer":{"type":"string"},"MaxItems":{"type":"integer","minimum":0,"maximum":100000000},"MaxItemsPath":{"$ref":"#/$defs/path"},"ManifestType":{"enum":["ATHENA_DATA","S3_INVENTORY"]},"Transformation":{"enum":["NONE","LOAD_AND_FLATTEN"]}},"additionalProperties":false};

function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate82.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema255.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema255,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.InputType !== undefined){
let data0 = data.InputType;
if(!(((((data0 === "CSV") || (data0 === "JSON")) || (data0 === "JSONL")) || (data0 === "PARQUET")) || (data0 === "MANIFEST"))){
const err1 = {instancePath:instancePath+"/InputType",schemaPath:"#/properties/InputType/enum",keyword:"enum",params:{allowedValues: schema255.properties.InputType.enum},message:"must be equal to one of the allowed values",schema:schema255.properties.InputType.enum,parentSchema:schema255.properties.InputType,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.CSVHeaderLocation !== undefined){
let data1 = data.CSVHeaderLocation;
if(!((data1 === "FIRST_ROW") || (data1 === "GIVEN"))){
const err2 = {instancePath:instancePath+"/CSVHeaderLocation",schemaPath:"#/properties/CSVHeaderLocation/enum",keyword:"enum",params:{allowedValues: schema255.properties.CSVHeaderLocation.enum},message:"must be equal to one of the allowed values",schema:schema255.properties.CSVHeaderLocation.enum,parentSchema:schema255.properties.CSVHeaderLocation,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.CSVHeaders !== undefined){
let data2 = data.CSVHeaders;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 !== "string"){
const err3 = {instancePath:instancePath+"/CSVHeaders/" + i0,schemaPath:"#/properties/CSVHeaders/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema255.properties.CSVHeaders.items.type,parentSchema:schema255.properties.CSVHeaders.items,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/CSVHeaders",schemaPath:"#/properties/CSVHeaders/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema255.properties.CSVHeaders.type,parentSchema:schema255.properties.CSVHeaders,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.CSVDelimiter !== undefined){
let data4 = data.CSVDelimiter;
if(!(((((data4 === "COMMA") || (data4 === "PIPE")) || (data4 === "SEMICOLON")) || (data4 === "SPACE")) || (data4 === "TAB"))){
const err5 = {instancePath:instancePath+"/CSVDelimiter",schemaPath:"#/properties/CSVDelimiter/enum",keyword:"enum",params:{allowedValues: schema255.properties.CSVDelimiter.enum},message:"must be equal to one of the allowed values",schema:schema255.properties.CSVDelimiter.enum,parentSchema:schema255.properties.CSVDelimiter,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.ItemsPointer !== undefined){
let data5 = data.ItemsPointer;
if(typeof data5 !== "string"){
const err6 = {instancePath:instancePath+"/ItemsPointer",schemaPath:"#/properties/ItemsPointer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema255.properties.ItemsPointer.type,parentSchema:schema255.properties.ItemsPointer,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.MaxItems !== undefined){
let data6 = data.MaxItems;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err7 = {instancePath:instancePath+"/MaxItems",schemaPath:"#/properties/MaxItems/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema255.properties.MaxItems.type,parentSchema:schema255.properties.MaxItems,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 100000000 || isNaN(data6)){
const err8 = {instancePath:instancePath+"/MaxItems",schemaPath:"#/properties/MaxItems/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000",schema:100000000,parentSchema:schema255.properties.MaxItems,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err9 = {instancePath:instancePath+"/MaxItems",schemaPath:"#/properties/MaxItems/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema255.properties.MaxItems,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.MaxItemsPath !== undefined){
let data7 = data.MaxItemsPath;
if(typeof data7 !== "string"){
const err10 = {instancePath:instancePath+"/MaxItemsPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.ManifestType !== undefined){
let data8 = data.ManifestType;
if(!((data8 === "ATHENA_DATA") || (data8 === "S3_INVENTORY"))){
const err11 = {instancePath:instancePath+"/ManifestType",schemaPath:"#/properties/ManifestType/enum",keyword:"enum",params:{allowedValues: schema255.properties.ManifestType.enum},message:"must be equal to one of the allowed values",schema:schema255.properties.ManifestType.enum,parentSchema:schema255.properties.ManifestType,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.Transformation !== undefined){
let data9 = data.Transformation;
if(!((data9 === "NONE") || (data9 === "LOAD_AND_FLATTEN"))){
const err12 = {instancePath:instancePath+"/Transformation",schemaPath:"#/properties/Transformation/enum",keyword:"enum",params:{allowedValues: schema255.properties.Transformation.enum},message:"must be equal to one of the allowed values",schema:schema255.properties.Transformation.enum,parentSchema:schema255.properties.Transformation,data:data9};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema255.type,parentSchema:schema255,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate82.errors = vErrors;
return errors === 0;
}
validate82.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate81.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Resource === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Resource"},message:"must have required property '"+"Resource"+"'",schema:schema253.required,parentSchema:schema253,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "Resource") || (key0 === "Parameters")) || (key0 === "ReaderConfig")) || (key0 === "Arguments"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema253,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Resource !== undefined){
let data0 = data.Resource;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/Resource",schemaPath:"#/properties/Resource/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema253.properties.Resource.type,parentSchema:schema253.properties.Resource,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Parameters !== undefined){
let data1 = data.Parameters;
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
const err3 = {instancePath:instancePath+"/Parameters",schemaPath:"#/$defs/payloadTemplate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.ReaderConfig !== undefined){
if(!(validate82(data.ReaderConfig, {instancePath:instancePath+"/ReaderConfig",parentData:data,parentDataProperty:"ReaderConfig",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
}
if(data.Arguments !== undefined){
const err4 = {instancePath:instancePath+"/Arguments",schemaPath:"#/$defs/onlyJsonata/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema46.not,parentSchema:schema46,data:data.Arguments};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema253.type,parentSchema:schema253,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate81.errors = vErrors;
return errors === 0;
}
validate81.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema258 = {"type":"object","properties":{"MaxItemsPerBatch":{"type":"integer","minimum":0},"MaxItemsPerBatchPath":{"$ref":"#/$defs/path"},"MaxInputBytesPerBatch":{"type":"integer","minimum":0,"maximum":262144},"MaxInputBytesPerBatchPath":{"$ref":"#/$defs/path"},"BatchInput":{"$ref":"#/$defs/payloadTemplate"}},"additionalProperties":false};

function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate85.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "MaxItemsPerBatch") || (key0 === "MaxItemsPerBatchPath")) || (key0 === "MaxInputBytesPerBatch")) || (key0 === "MaxInputBytesPerBatchPath")) || (key0 === "BatchInput"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema258,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.MaxItemsPerBatch !== undefined){
let data0 = data.MaxItemsPerBatch;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/MaxItemsPerBatch",schemaPath:"#/properties/MaxItemsPerBatch/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema258.properties.MaxItemsPerBatch.type,parentSchema:schema258.properties.MaxItemsPerBatch,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/MaxItemsPerBatch",schemaPath:"#/properties/MaxItemsPerBatch/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema258.properties.MaxItemsPerBatch,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.MaxItemsPerBatchPath !== undefined){
let data1 = data.MaxItemsPerBatchPath;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/MaxItemsPerBatchPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.MaxInputBytesPerBatch !== undefined){
let data2 = data.MaxInputBytesPerBatch;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/MaxInputBytesPerBatch",schemaPath:"#/properties/MaxInputBytesPerBatch/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema258.properties.MaxInputBytesPerBatch.type,parentSchema:schema258.properties.MaxInputBytesPerBatch,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 262144 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/MaxInputBytesPerBatch",schemaPath:"#/properties/MaxInputBytesPerBatch/maximum",keyword:"maximum",params:{comparison: "<=", limit: 262144},message:"must be <= 262144",schema:262144,parentSchema:schema258.properties.MaxInputBytesPerBatch,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/MaxInputBytesPerBatch",schemaPath:"#/properties/MaxInputBytesPerBatch/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema258.properties.MaxInputBytesPerBatch,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.MaxInputBytesPerBatchPath !== undefined){
let data3 = data.MaxInputBytesPerBatchPath;
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/MaxInputBytesPerBatchPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.BatchInput !== undefined){
let data4 = data.BatchInput;
if(!(data4 && typeof data4 == "object" && !Array.isArray(data4))){
const err8 = {instancePath:instancePath+"/BatchInput",schemaPath:"#/$defs/payloadTemplate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema258.type,parentSchema:schema258,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate85.errors = vErrors;
return errors === 0;
}
validate85.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema262 = {"type":"object","minProperties":1,"properties":{"Resource":{"type":"string"},"Parameters":{"$ref":"#/$defs/payloadTemplate"},"WriterConfig":{"$ref":"#/$defs/writerConfig"},"Arguments":{"$ref":"#/$defs/onlyJsonata"}},"additionalProperties":false};
const schema264 = {"type":"object","properties":{"Transformation":{"enum":["NONE","COMPACT","FLATTEN"]},"OutputType":{"enum":["JSON","JSONL"]}},"additionalProperties":false};

function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate87.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema262,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "Resource") || (key0 === "Parameters")) || (key0 === "WriterConfig")) || (key0 === "Arguments"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema262,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Resource !== undefined){
let data0 = data.Resource;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/Resource",schemaPath:"#/properties/Resource/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema262.properties.Resource.type,parentSchema:schema262.properties.Resource,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Parameters !== undefined){
let data1 = data.Parameters;
if(!(data1 && typeof data1 == "object" && !Array.isArray(data1))){
const err3 = {instancePath:instancePath+"/Parameters",schemaPath:"#/$defs/payloadTemplate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.WriterConfig !== undefined){
let data2 = data.WriterConfig;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!((key1 === "Transformation") || (key1 === "OutputType"))){
const err4 = {instancePath:instancePath+"/WriterConfig",schemaPath:"#/$defs/writerConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema264,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.Transformation !== undefined){
let data3 = data2.Transformation;
if(!(((data3 === "NONE") || (data3 === "COMPACT")) || (data3 === "FLATTEN"))){
const err5 = {instancePath:instancePath+"/WriterConfig/Transformation",schemaPath:"#/$defs/writerConfig/properties/Transformation/enum",keyword:"enum",params:{allowedValues: schema264.properties.Transformation.enum},message:"must be equal to one of the allowed values",schema:schema264.properties.Transformation.enum,parentSchema:schema264.properties.Transformation,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.OutputType !== undefined){
let data4 = data2.OutputType;
if(!((data4 === "JSON") || (data4 === "JSONL"))){
const err6 = {instancePath:instancePath+"/WriterConfig/OutputType",schemaPath:"#/$defs/writerConfig/properties/OutputType/enum",keyword:"enum",params:{allowedValues: schema264.properties.OutputType.enum},message:"must be equal to one of the allowed values",schema:schema264.properties.OutputType.enum,parentSchema:schema264.properties.OutputType,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/WriterConfig",schemaPath:"#/$defs/writerConfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema264.type,parentSchema:schema264,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.Arguments !== undefined){
const err8 = {instancePath:instancePath+"/Arguments",schemaPath:"#/$defs/onlyJsonata/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema46.not,parentSchema:schema46,data:data.Arguments};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema262.type,parentSchema:schema262,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate87.errors = vErrors;
return errors === 0;
}
validate87.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate80.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema246.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema246,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if("Map" !== data0){
const err1 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/const",keyword:"const",params:{allowedValue: "Map"},message:"must be equal to constant",schema:"Map",parentSchema:schema246.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/$defs/queryLanguage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Next !== undefined){
let data3 = data.Next;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err4 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.End !== undefined){
let data4 = data.End;
if(typeof data4 !== "boolean"){
const err6 = {instancePath:instancePath+"/End",schemaPath:"#/properties/End/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema246.properties.End.type,parentSchema:schema246.properties.End,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.ItemProcessor !== undefined){
let data5 = data.ItemProcessor;
if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){
const err7 = {instancePath:instancePath+"/ItemProcessor",schemaPath:"#/properties/ItemProcessor/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema246.properties.ItemProcessor.type,parentSchema:schema246.properties.ItemProcessor,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.Iterator !== undefined){
let data6 = data.Iterator;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
const err8 = {instancePath:instancePath+"/Iterator",schemaPath:"#/properties/Iterator/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema246.properties.Iterator.type,parentSchema:schema246.properties.Iterator,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.ItemsPath !== undefined){
let data7 = data.ItemsPath;
if((typeof data7 !== "string") && (data7 !== null)){
const err9 = {instancePath:instancePath+"/ItemsPath",schemaPath:"#/$defs/nullablePath/type",keyword:"type",params:{type: schema41.type},message:"must be string,null",schema:schema41.type,parentSchema:schema41,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.ItemSelector !== undefined){
let data8 = data.ItemSelector;
if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){
const err10 = {instancePath:instancePath+"/ItemSelector",schemaPath:"#/$defs/payloadTemplate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.Parameters !== undefined){
let data9 = data.Parameters;
if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
const err11 = {instancePath:instancePath+"/Parameters",schemaPath:"#/$defs/payloadTemplate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data9};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.ItemReader !== undefined){
if(!(validate81(data.ItemReader, {instancePath:instancePath+"/ItemReader",parentData:data,parentDataProperty:"ItemReader",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
}
if(data.ItemBatcher !== undefined){
if(!(validate85(data.ItemBatcher, {instancePath:instancePath+"/ItemBatcher",parentData:data,parentDataProperty:"ItemBatcher",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
}
if(data.ResultWriter !== undefined){
if(!(validate87(data.ResultWriter, {instancePath:instancePath+"/ResultWriter",parentData:data,parentDataProperty:"ResultWriter",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
if(data.MaxConcurrency !== undefined){
let data13 = data.MaxConcurrency;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err12 = {instancePath:instancePath+"/MaxConcurrency",schemaPath:"#/properties/MaxConcurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema246.properties.MaxConcurrency.type,parentSchema:schema246.properties.MaxConcurrency,data:data13};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err13 = {instancePath:instancePath+"/MaxConcurrency",schemaPath:"#/properties/MaxConcurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema246.properties.MaxConcurrency,data:data13};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.MaxConcurrencyPath !== undefined){
let data14 = data.MaxConcurrencyPath;
if(typeof data14 !== "string"){
const err14 = {instancePath:instancePath+"/MaxConcurrencyPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data14};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.ToleratedFailureCount !== undefined){
let data15 = data.ToleratedFailureCount;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err15 = {instancePath:instancePath+"/ToleratedFailureCount",schemaPath:"#/properties/ToleratedFailureCount/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema246.properties.ToleratedFailureCount.type,parentSchema:schema246.properties.ToleratedFailureCount,data:data15};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err16 = {instancePath:instancePath+"/ToleratedFailureCount",schemaPath:"#/properties/ToleratedFailureCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema246.properties.ToleratedFailureCount,data:data15};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.ToleratedFailureCountPath !== undefined){
let data16 = data.ToleratedFailureCountPath;
if(typeof data16 !== "string"){
const err17 = {instancePath:instancePath+"/ToleratedFailureCountPath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data16};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.ToleratedFailurePercentage !== undefined){
let data17 = data.ToleratedFailurePercentage;
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 100 || isNaN(data17)){
const err18 = {instancePath:instancePath+"/ToleratedFailurePercentage",schemaPath:"#/properties/ToleratedFailurePercentage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema246.properties.ToleratedFailurePercentage,data:data17};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data17 < 0 || isNaN(data17)){
const err19 = {instancePath:instancePath+"/ToleratedFailurePercentage",schemaPath:"#/properties/ToleratedFailurePercentage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema246.properties.ToleratedFailurePercentage,data:data17};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/ToleratedFailurePercentage",schemaPath:"#/properties/ToleratedFailurePercentage/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema246.properties.ToleratedFailurePercentage.type,parentSchema:schema246.properties.ToleratedFailurePercentage,data:data17};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.ToleratedFailurePercentagePath !== undefined){
let data18 = data.ToleratedFailurePercentagePath;
if(typeof data18 !== "string"){
const err21 = {instancePath:instancePath+"/ToleratedFailurePercentagePath",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema71.type,parentSchema:schema71,data:data18};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.Label !== undefined){
let data19 = data.Label;
if(typeof data19 !== "string"){
const err22 = {instancePath:instancePath+"/Label",schemaPath:"#/properties/Label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema246.properties.Label.type,parentSchema:schema246.properties.Label,data:data19};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.InputPath !== undefined){
let data20 = data.InputPath;
if((typeof data20 !== "string") && (data20 !== null)){
const err23 = {instancePath:instancePath+"/InputPath",schemaPath:"#/$defs/nullablePath/type",keyword:"type",params:{type: schema41.type},message:"must be string,null",schema:schema41.type,parentSchema:schema41,data:data20};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.OutputPath !== undefined){
let data21 = data.OutputPath;
if((typeof data21 !== "string") && (data21 !== null)){
const err24 = {instancePath:instancePath+"/OutputPath",schemaPath:"#/$defs/nullablePath/type",keyword:"type",params:{type: schema41.type},message:"must be string,null",schema:schema41.type,parentSchema:schema41,data:data21};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.ResultSelector !== undefined){
let data22 = data.ResultSelector;
if(!(data22 && typeof data22 == "object" && !Array.isArray(data22))){
const err25 = {instancePath:instancePath+"/ResultSelector",schemaPath:"#/$defs/payloadTemplate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data22};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.ResultPath !== undefined){
let data23 = data.ResultPath;
if((typeof data23 !== "string") && (data23 !== null)){
const err26 = {instancePath:instancePath+"/ResultPath",schemaPath:"#/$defs/nullablePath/type",keyword:"type",params:{type: schema41.type},message:"must be string,null",schema:schema41.type,parentSchema:schema41,data:data23};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.Retry !== undefined){
if(!(validate28(data.Retry, {instancePath:instancePath+"/Retry",parentData:data,parentDataProperty:"Retry",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.Catch !== undefined){
if(!(validate32(data.Catch, {instancePath:instancePath+"/Catch",parentData:data,parentDataProperty:"Catch",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.Assign !== undefined){
let data26 = data.Assign;
if(!(data26 && typeof data26 == "object" && !Array.isArray(data26))){
const err27 = {instancePath:instancePath+"/Assign",schemaPath:"#/$defs/assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data26};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.Items !== undefined){
const err28 = {instancePath:instancePath+"/Items",schemaPath:"#/$defs/onlyJsonata/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema46.not,parentSchema:schema46,data:data.Items};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data.Output !== undefined){
const err29 = {instancePath:instancePath+"/Output",schemaPath:"#/$defs/onlyJsonata/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema46.not,parentSchema:schema46,data:data.Output};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema246.type,parentSchema:schema246,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate80.errors = vErrors;
return errors === 0;
}
validate80.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema276 = {"type":"object","properties":{"Type":{"const":"Map"},"Comment":{"$ref":"#/$defs/comment"},"QueryLanguage":{"$ref":"#/$defs/queryLanguage"},"Next":{"$ref":"#/$defs/stateName"},"End":{"type":"boolean"},"ItemProcessor":{"type":"object"},"Iterator":{"type":"object","description":"Deprecated: use ItemProcessor."},"Items":{"type":["array","string"],"pattern":"^\\{%[\\s\\S]*%\\}$","description":"The items to process: an array or a JSONata expression."},"ItemSelector":{"$ref":"#/$defs/jsonataObject"},"ItemReader":{"$ref":"#/$defs/jsonataItemReader"},"ItemBatcher":{"$ref":"#/$defs/jsonataItemBatcher"},"ResultWriter":{"$ref":"#/$defs/jsonataResultWriter"},"MaxConcurrency":{"type":["integer","string"],"minimum":0,"pattern":"^\\{%[\\s\\S]*%\\}$"},"ToleratedFailureCount":{"type":["integer","string"],"minimum":0,"pattern":"^\\{%[\\s\\S]*%\\}$"},"ToleratedFailurePercentage":{"type":["number","string"],"minimum":0,"maximum":100,"pattern":"^\\{%[\\s\\S]*%\\}$"},"Label":{"type":"string"},"Output":{"$ref":"#/$defs/jsonataTemplate"},"Retry":{"$ref":"#/$defs/retry"},"Catch":{"$ref":"#/$defs/jsonataCatch"},"Assign":{"$ref":"#/$defs/assign"},"ItemsPath":{"$ref":"#/$defs/onlyJsonPath"},"Parameters":{"$ref":"#/$defs/onlyJsonPath"},"MaxConcurrencyPath":{"$ref":"#/$defs/onlyJsonPath"},"ToleratedFailureCountPath":{"$ref":"#/$defs/onlyJsonPath"},"ToleratedFailurePercentagePath":{"$ref":"#/$defs/onlyJsonPath"},"InputPath":{"$ref":"#/$defs/onlyJsonPath"},"OutputPath":{"$ref":"#/$defs/onlyJsonPath"},"ResultSelector":{"$ref":"#/$defs/onlyJsonPath"},"ResultPath":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false};
const schema281 = {"type":"object","required":["Resource"],"properties":{"Resource":{"type":"string"},"Arguments":{"$ref":"#/$defs/jsonataObject"},"ReaderConfig":{"$ref":"#/$defs/jsonataReaderConfig"},"Parameters":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false};
const schema283 = {"type":"object","properties":{"InputType":{"enum":["CSV","JSON","JSONL","PARQUET","MANIFEST"]},"CSVHeaderLocation":{"enum":["FIRST_ROW","GIVEN"]},"CSVHeaders":{"type":"array","items":{"type":"string"}},"CSVDelimiter":{"enum":["COMMA","PIPE","SEMICOLON","SPACE","TAB"]},"ItemsPointer":{"type":"string"},"MaxItems":{"type":["integer","string"],"minimum":0,"maximum":100000000,"pattern":"^\\{%[\\s\\S]*%\\}$"},"MaxItemsPath":{"$ref":"#/$defs/onlyJsonPath"},"ManifestType":{"enum":["ATHENA_DATA","S3_INVENTORY"]},"Transformation":{"enum":["NONE","LOAD_AND_FLATTEN"]}},"additionalProperties":false};

function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate94.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema283.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema283,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.InputType !== undefined){
let data0 = data.InputType;
if(!(((((data0 === "CSV") || (data0 === "JSON")) || (data0 === "JSONL")) || (data0 === "PARQUET")) || (data0 === "MANIFEST"))){
const err1 = {instancePath:instancePath+"/InputType",schemaPath:"#/properties/InputType/enum",keyword:"enum",params:{allowedValues: schema283.properties.InputType.enum},message:"must be equal to one of the allowed values",schema:schema283.properties.InputType.enum,parentSchema:schema283.properties.InputType,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.CSVHeaderLocation !== undefined){
let data1 = data.CSVHeaderLocation;
if(!((data1 === "FIRST_ROW") || (data1 === "GIVEN"))){
const err2 = {instancePath:instancePath+"/CSVHeaderLocation",schemaPath:"#/properties/CSVHeaderLocation/enum",keyword:"enum",params:{allowedValues: schema283.properties.CSVHeaderLocation.enum},message:"must be equal to one of the allowed values",schema:schema283.properties.CSVHeaderLocation.enum,parentSchema:schema283.properties.CSVHeaderLocation,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.CSVHeaders !== undefined){
let data2 = data.CSVHeaders;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 !== "string"){
const err3 = {instancePath:instancePath+"/CSVHeaders/" + i0,schemaPath:"#/properties/CSVHeaders/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema283.properties.CSVHeaders.items.type,parentSchema:schema283.properties.CSVHeaders.items,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/CSVHeaders",schemaPath:"#/properties/CSVHeaders/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema283.properties.CSVHeaders.type,parentSchema:schema283.properties.CSVHeaders,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.CSVDelimiter !== undefined){
let data4 = data.CSVDelimiter;
if(!(((((data4 === "COMMA") || (data4 === "PIPE")) || (data4 === "SEMICOLON")) || (data4 === "SPACE")) || (data4 === "TAB"))){
const err5 = {instancePath:instancePath+"/CSVDelimiter",schemaPath:"#/properties/CSVDelimiter/enum",keyword:"enum",params:{allowedValues: schema283.properties.CSVDelimiter.enum},message:"must be equal to one of the allowed values",schema:schema283.properties.CSVDelimiter.enum,parentSchema:schema283.properties.CSVDelimiter,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.ItemsPointer !== undefined){
let data5 = data.ItemsPointer;
if(typeof data5 !== "string"){
const err6 = {instancePath:instancePath+"/ItemsPointer",schemaPath:"#/properties/ItemsPointer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema283.properties.ItemsPointer.type,parentSchema:schema283.properties.ItemsPointer,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.MaxItems !== undefined){
let data6 = data.MaxItems;
if((!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) && (typeof data6 !== "string")){
const err7 = {instancePath:instancePath+"/MaxItems",schemaPath:"#/properties/MaxItems/type",keyword:"type",params:{type: schema283.properties.MaxItems.type},message:"must be integer,string",schema:schema283.properties.MaxItems.type,parentSchema:schema283.properties.MaxItems,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 100000000 || isNaN(data6)){
const err8 = {instancePath:instancePath+"/MaxItems",schemaPath:"#/properties/MaxItems/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000000},message:"must be <= 100000000",schema:100000000,parentSchema:schema283.properties.MaxItems,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err9 = {instancePath:instancePath+"/MaxItems",schemaPath:"#/properties/MaxItems/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema283.properties.MaxItems,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
const err10 = {instancePath:instancePath+"/MaxItems",schemaPath:"#/properties/MaxItems/pattern",keyword:"pattern",params:{pattern: "^\\{%[\\s\\S]*%\\}$"},message:"must match pattern \""+"^\\{%[\\s\\S]*%\\}$"+"\"",schema:"^\\{%[\\s\\S]*%\\}$",parentSchema:schema283.properties.MaxItems,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.MaxItemsPath !== undefined){
const err11 = {instancePath:instancePath+"/MaxItemsPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.MaxItemsPath};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.ManifestType !== undefined){
let data8 = data.ManifestType;
if(!((data8 === "ATHENA_DATA") || (data8 === "S3_INVENTORY"))){
const err12 = {instancePath:instancePath+"/ManifestType",schemaPath:"#/properties/ManifestType/enum",keyword:"enum",params:{allowedValues: schema283.properties.ManifestType.enum},message:"must be equal to one of the allowed values",schema:schema283.properties.ManifestType.enum,parentSchema:schema283.properties.ManifestType,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.Transformation !== undefined){
let data9 = data.Transformation;
if(!((data9 === "NONE") || (data9 === "LOAD_AND_FLATTEN"))){
const err13 = {instancePath:instancePath+"/Transformation",schemaPath:"#/properties/Transformation/enum",keyword:"enum",params:{allowedValues: schema283.properties.Transformation.enum},message:"must be equal to one of the allowed values",schema:schema283.properties.Transformation.enum,parentSchema:schema283.properties.Transformation,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema283.type,parentSchema:schema283,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate94.errors = vErrors;
return errors === 0;
}
validate94.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate93(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate93.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Resource === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Resource"},message:"must have required property '"+"Resource"+"'",schema:schema281.required,parentSchema:schema281,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "Resource") || (key0 === "Arguments")) || (key0 === "ReaderConfig")) || (key0 === "Parameters"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema281,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Resource !== undefined){
let data0 = data.Resource;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/Resource",schemaPath:"#/properties/Resource/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema281.properties.Resource.type,parentSchema:schema281.properties.Resource,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Arguments !== undefined){
let data1 = data.Arguments;
if((!(data1 && typeof data1 == "object" && !Array.isArray(data1))) && (typeof data1 !== "string")){
const err3 = {instancePath:instancePath+"/Arguments",schemaPath:"#/$defs/jsonataObject/type",keyword:"type",params:{type: schema95.type},message:"must be object,string",schema:schema95.type,parentSchema:schema95,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err4 = {instancePath:instancePath+"/Arguments",schemaPath:"#/$defs/jsonataObject/pattern",keyword:"pattern",params:{pattern: "^\\{%[\\s\\S]*%\\}$"},message:"must match pattern \""+"^\\{%[\\s\\S]*%\\}$"+"\"",schema:"^\\{%[\\s\\S]*%\\}$",parentSchema:schema95,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.ReaderConfig !== undefined){
if(!(validate94(data.ReaderConfig, {instancePath:instancePath+"/ReaderConfig",parentData:data,parentDataProperty:"ReaderConfig",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
}
if(data.Parameters !== undefined){
const err5 = {instancePath:instancePath+"/Parameters",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.Parameters};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema281.type,parentSchema:schema281,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate93.errors = vErrors;
return errors === 0;
}
validate93.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema286 = {"type":"object","properties":{"MaxItemsPerBatch":{"type":["integer","string"],"minimum":0,"pattern":"^\\{%[\\s\\S]*%\\}$"},"MaxInputBytesPerBatch":{"type":["integer","string"],"minimum":0,"maximum":262144,"pattern":"^\\{%[\\s\\S]*%\\}$"},"BatchInput":{"$ref":"#/$defs/jsonataObject"},"MaxItemsPerBatchPath":{"$ref":"#/$defs/onlyJsonPath"},"MaxInputBytesPerBatchPath":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false};

function validate97(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate97.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "MaxItemsPerBatch") || (key0 === "MaxInputBytesPerBatch")) || (key0 === "BatchInput")) || (key0 === "MaxItemsPerBatchPath")) || (key0 === "MaxInputBytesPerBatchPath"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema286,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.MaxItemsPerBatch !== undefined){
let data0 = data.MaxItemsPerBatch;
if((!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) && (typeof data0 !== "string")){
const err1 = {instancePath:instancePath+"/MaxItemsPerBatch",schemaPath:"#/properties/MaxItemsPerBatch/type",keyword:"type",params:{type: schema286.properties.MaxItemsPerBatch.type},message:"must be integer,string",schema:schema286.properties.MaxItemsPerBatch.type,parentSchema:schema286.properties.MaxItemsPerBatch,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/MaxItemsPerBatch",schemaPath:"#/properties/MaxItemsPerBatch/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema286.properties.MaxItemsPerBatch,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err3 = {instancePath:instancePath+"/MaxItemsPerBatch",schemaPath:"#/properties/MaxItemsPerBatch/pattern",keyword:"pattern",params:{pattern: "^\\{%[\\s\\S]*%\\}$"},message:"must match pattern \""+"^\\{%[\\s\\S]*%\\}$"+"\"",schema:"^\\{%[\\s\\S]*%\\}$",parentSchema:schema286.properties.MaxItemsPerBatch,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.MaxInputBytesPerBatch !== undefined){
let data1 = data.MaxInputBytesPerBatch;
if((!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) && (typeof data1 !== "string")){
const err4 = {instancePath:instancePath+"/MaxInputBytesPerBatch",schemaPath:"#/properties/MaxInputBytesPerBatch/type",keyword:"type",params:{type: schema286.properties.MaxInputBytesPerBatch.type},message:"must be integer,string",schema:schema286.properties.MaxInputBytesPerBatch.type,parentSchema:schema286.properties.MaxInputBytesPerBatch,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 262144 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/MaxInputBytesPerBatch",schemaPath:"#/properties/MaxInputBytesPerBatch/maximum",keyword:"maximum",params:{comparison: "<=", limit: 262144},message:"must be <= 262144",schema:262144,parentSchema:schema286.properties.MaxInputBytesPerBatch,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/MaxInputBytesPerBatch",schemaPath:"#/properties/MaxInputBytesPerBatch/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema286.properties.MaxInputBytesPerBatch,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err7 = {instancePath:instancePath+"/MaxInputBytesPerBatch",schemaPath:"#/properties/MaxInputBytesPerBatch/pattern",keyword:"pattern",params:{pattern: "^\\{%[\\s\\S]*%\\}$"},message:"must match pattern \""+"^\\{%[\\s\\S]*%\\}$"+"\"",schema:"^\\{%[\\s\\S]*%\\}$",parentSchema:schema286.properties.MaxInputBytesPerBatch,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.BatchInput !== undefined){
let data2 = data.BatchInput;
if((!(data2 && typeof data2 == "object" && !Array.isArray(data2))) && (typeof data2 !== "string")){
const err8 = {instancePath:instancePath+"/BatchInput",schemaPath:"#/$defs/jsonataObject/type",keyword:"type",params:{type: schema95.type},message:"must be object,string",schema:schema95.type,parentSchema:schema95,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err9 = {instancePath:instancePath+"/BatchInput",schemaPath:"#/$defs/jsonataObject/pattern",keyword:"pattern",params:{pattern: "^\\{%[\\s\\S]*%\\}$"},message:"must match pattern \""+"^\\{%[\\s\\S]*%\\}$"+"\"",schema:"^\\{%[\\s\\S]*%\\}$",parentSchema:schema95,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.MaxItemsPerBatchPath !== undefined){
const err10 = {instancePath:instancePath+"/MaxItemsPerBatchPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.MaxItemsPerBatchPath};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.MaxInputBytesPerBatchPath !== undefined){
const err11 = {instancePath:instancePath+"/MaxInputBytesPerBatchPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.MaxInputBytesPerBatchPath};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema286.type,parentSchema:schema286,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate97.errors = vErrors;
return errors === 0;
}
validate97.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema290 = {"type":"object","minProperties":1,"properties":{"Resource":{"type":"string"},"Arguments":{"$ref":"#/$defs/jsonataObject"},"WriterConfig":{"$ref":"#/$defs/writerConfig"},"Parameters":{"$ref":"#/$defs/onlyJsonPath"}},"additionalProperties":false};

function validate99(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate99.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema290,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "Resource") || (key0 === "Arguments")) || (key0 === "WriterConfig")) || (key0 === "Parameters"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema290,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Resource !== undefined){
let data0 = data.Resource;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/Resource",schemaPath:"#/properties/Resource/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema290.properties.Resource.type,parentSchema:schema290.properties.Resource,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Arguments !== undefined){
let data1 = data.Arguments;
if((!(data1 && typeof data1 == "object" && !Array.isArray(data1))) && (typeof data1 !== "string")){
const err3 = {instancePath:instancePath+"/Arguments",schemaPath:"#/$defs/jsonataObject/type",keyword:"type",params:{type: schema95.type},message:"must be object,string",schema:schema95.type,parentSchema:schema95,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err4 = {instancePath:instancePath+"/Arguments",schemaPath:"#/$defs/jsonataObject/pattern",keyword:"pattern",params:{pattern: "^\\{%[\\s\\S]*%\\}$"},message:"must match pattern \""+"^\\{%[\\s\\S]*%\\}$"+"\"",schema:"^\\{%[\\s\\S]*%\\}$",parentSchema:schema95,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.WriterConfig !== undefined){
let data2 = data.WriterConfig;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!((key1 === "Transformation") || (key1 === "OutputType"))){
const err5 = {instancePath:instancePath+"/WriterConfig",schemaPath:"#/$defs/writerConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema264,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.Transformation !== undefined){
let data3 = data2.Transformation;
if(!(((data3 === "NONE") || (data3 === "COMPACT")) || (data3 === "FLATTEN"))){
const err6 = {instancePath:instancePath+"/WriterConfig/Transformation",schemaPath:"#/$defs/writerConfig/properties/Transformation/enum",keyword:"enum",params:{allowedValues: schema264.properties.Transformation.enum},message:"must be equal to one of the allowed values",schema:schema264.properties.Transformation.enum,parentSchema:schema264.properties.Transformation,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.OutputType !== undefined){
let data4 = data2.OutputType;
if(!((data4 === "JSON") || (data4 === "JSONL"))){
const err7 = {instancePath:instancePath+"/WriterConfig/OutputType",schemaPath:"#/$defs/writerConfig/properties/OutputType/enum",keyword:"enum",params:{allowedValues: schema264.properties.OutputType.enum},message:"must be equal to one of the allowed values",schema:schema264.properties.OutputType.enum,parentSchema:schema264.properties.OutputType,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/WriterConfig",schemaPath:"#/$defs/writerConfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema264.type,parentSchema:schema264,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.Parameters !== undefined){
const err9 = {instancePath:instancePath+"/Parameters",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.Parameters};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema290.type,parentSchema:schema290,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate99.errors = vErrors;
return errors === 0;
}
validate99.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate92.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema276.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema276,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.Type !== undefined){
let data0 = data.Type;
if("Map" !== data0){
const err1 = {instancePath:instancePath+"/Type",schemaPath:"#/properties/Type/const",keyword:"const",params:{allowedValue: "Map"},message:"must be equal to constant",schema:"Map",parentSchema:schema276.properties.Type,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.Comment !== undefined){
let data1 = data.Comment;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data2 = data.QueryLanguage;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/$defs/queryLanguage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.Next !== undefined){
let data3 = data.Next;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err4 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/Next",schemaPath:"#/$defs/stateName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.End !== undefined){
let data4 = data.End;
if(typeof data4 !== "boolean"){
const err6 = {instancePath:instancePath+"/End",schemaPath:"#/properties/End/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema276.properties.End.type,parentSchema:schema276.properties.End,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.ItemProcessor !== undefined){
let data5 = data.ItemProcessor;
if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){
const err7 = {instancePath:instancePath+"/ItemProcessor",schemaPath:"#/properties/ItemProcessor/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema276.properties.ItemProcessor.type,parentSchema:schema276.properties.ItemProcessor,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.Iterator !== undefined){
let data6 = data.Iterator;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
const err8 = {instancePath:instancePath+"/Iterator",schemaPath:"#/properties/Iterator/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema276.properties.Iterator.type,parentSchema:schema276.properties.Iterator,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.Items !== undefined){
let data7 = data.Items;
if((!(Array.isArray(data7))) && (typeof data7 !== "string")){
const err9 = {instancePath:instancePath+"/Items",schemaPath:"#/properties/Items/type",keyword:"type",params:{type: schema276.properties.Items.type},message:"must be array,string",schema:schema276.properties.Items.type,parentSchema:schema276.properties.Items,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
const err10 = {instancePath:instancePath+"/Items",schemaPath:"#/properties/Items/pattern",keyword:"pattern",params:{pattern: "^\\{%[\\s\\S]*%\\}$"},message:"must match pattern \""+"^\\{%[\\s\\S]*%\\}$"+"\"",schema:"^\\{%[\\s\\S]*%\\}$",parentSchema:schema276.properties.Items,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.ItemSelector !== undefined){
let data8 = data.ItemSelector;
if((!(data8 && typeof data8 == "object" && !Array.isArray(data8))) && (typeof data8 !== "string")){
const err11 = {instancePath:instancePath+"/ItemSelector",schemaPath:"#/$defs/jsonataObject/type",keyword:"type",params:{type: schema95.type},message:"must be object,string",schema:schema95.type,parentSchema:schema95,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
const err12 = {instancePath:instancePath+"/ItemSelector",schemaPath:"#/$defs/jsonataObject/pattern",keyword:"pattern",params:{pattern: "^\\{%[\\s\\S]*%\\}$"},message:"must match pattern \""+"^\\{%[\\s\\S]*%\\}$"+"\"",schema:"^\\{%[\\s\\S]*%\\}$",parentSchema:schema95,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.ItemReader !== undefined){
if(!(validate93(data.ItemReader, {instancePath:instancePath+"/ItemReader",parentData:data,parentDataProperty:"ItemReader",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
errors = vErrors.length;
}
}
if(data.ItemBatcher !== undefined){
if(!(validate97(data.ItemBatcher, {instancePath:instancePath+"/ItemBatcher",parentData:data,parentDataProperty:"ItemBatcher",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
}
if(data.ResultWriter !== undefined){
if(!(validate99(data.ResultWriter, {instancePath:instancePath+"/ResultWriter",parentData:data,parentDataProperty:"ResultWriter",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
}
if(data.MaxConcurrency !== undefined){
let data12 = data.MaxConcurrency;
if((!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))) && (typeof data12 !== "string")){
const err13 = {instancePath:instancePath+"/MaxConcurrency",schemaPath:"#/properties/MaxConcurrency/type",keyword:"type",params:{type: schema276.properties.MaxConcurrency.type},message:"must be integer,string",schema:schema276.properties.MaxConcurrency.type,parentSchema:schema276.properties.MaxConcurrency,data:data12};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err14 = {instancePath:instancePath+"/MaxConcurrency",schemaPath:"#/properties/MaxConcurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema276.properties.MaxConcurrency,data:data12};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(typeof data12 === "string"){
if(!pattern4.test(data12)){
const err15 = {instancePath:instancePath+"/MaxConcurrency",schemaPath:"#/properties/MaxConcurrency/pattern",keyword:"pattern",params:{pattern: "^\\{%[\\s\\S]*%\\}$"},message:"must match pattern \""+"^\\{%[\\s\\S]*%\\}$"+"\"",schema:"^\\{%[\\s\\S]*%\\}$",parentSchema:schema276.properties.MaxConcurrency,data:data12};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.ToleratedFailureCount !== undefined){
let data13 = data.ToleratedFailureCount;
if((!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) && (typeof data13 !== "string")){
const err16 = {instancePath:instancePath+"/ToleratedFailureCount",schemaPath:"#/properties/ToleratedFailureCount/type",keyword:"type",params:{type: schema276.properties.ToleratedFailureCount.type},message:"must be integer,string",schema:schema276.properties.ToleratedFailureCount.type,parentSchema:schema276.properties.ToleratedFailureCount,data:data13};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err17 = {instancePath:instancePath+"/ToleratedFailureCount",schemaPath:"#/properties/ToleratedFailureCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema276.properties.ToleratedFailureCount,data:data13};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(typeof data13 === "string"){
if(!pattern4.test(data13)){
const err18 = {instancePath:instancePath+"/ToleratedFailureCount",schemaPath:"#/properties/ToleratedFailureCount/pattern",keyword:"pattern",params:{pattern: "^\\{%[\\s\\S]*%\\}$"},message:"must match pattern \""+"^\\{%[\\s\\S]*%\\}$"+"\"",schema:"^\\{%[\\s\\S]*%\\}$",parentSchema:schema276.properties.ToleratedFailureCount,data:data13};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.ToleratedFailurePercentage !== undefined){
let data14 = data.ToleratedFailurePercentage;
if((!((typeof data14 == "number") && (isFinite(data14)))) && (typeof data14 !== "string")){
const err19 = {instancePath:instancePath+"/ToleratedFailurePercentage",schemaPath:"#/properties/ToleratedFailurePercentage/type",keyword:"type",params:{type: schema276.properties.ToleratedFailurePercentage.type},message:"must be number,string",schema:schema276.properties.ToleratedFailurePercentage.type,parentSchema:schema276.properties.ToleratedFailurePercentage,data:data14};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 100 || isNaN(data14)){
const err20 = {instancePath:instancePath+"/ToleratedFailurePercentage",schemaPath:"#/properties/ToleratedFailurePercentage/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema276.properties.ToleratedFailurePercentage,data:data14};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data14 < 0 || isNaN(data14)){
const err21 = {instancePath:instancePath+"/ToleratedFailurePercentage",schemaPath:"#/properties/ToleratedFailurePercentage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema276.properties.ToleratedFailurePercentage,data:data14};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(typeof data14 === "string"){
if(!pattern4.test(data14)){
const err22 = {instancePath:instancePath+"/ToleratedFailurePercentage",schemaPath:"#/properties/ToleratedFailurePercentage/pattern",keyword:"pattern",params:{pattern: "^\\{%[\\s\\S]*%\\}$"},message:"must match pattern \""+"^\\{%[\\s\\S]*%\\}$"+"\"",schema:"^\\{%[\\s\\S]*%\\}$",parentSchema:schema276.properties.ToleratedFailurePercentage,data:data14};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data.Label !== undefined){
let data15 = data.Label;
if(typeof data15 !== "string"){
const err23 = {instancePath:instancePath+"/Label",schemaPath:"#/properties/Label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema276.properties.Label.type,parentSchema:schema276.properties.Label,data:data15};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.Retry !== undefined){
if(!(validate28(data.Retry, {instancePath:instancePath+"/Retry",parentData:data,parentDataProperty:"Retry",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.Catch !== undefined){
if(!(validate39(data.Catch, {instancePath:instancePath+"/Catch",parentData:data,parentDataProperty:"Catch",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
if(data.Assign !== undefined){
let data19 = data.Assign;
if(!(data19 && typeof data19 == "object" && !Array.isArray(data19))){
const err24 = {instancePath:instancePath+"/Assign",schemaPath:"#/$defs/assign/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data19};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.ItemsPath !== undefined){
const err25 = {instancePath:instancePath+"/ItemsPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.ItemsPath};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data.Parameters !== undefined){
const err26 = {instancePath:instancePath+"/Parameters",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.Parameters};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data.MaxConcurrencyPath !== undefined){
const err27 = {instancePath:instancePath+"/MaxConcurrencyPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.MaxConcurrencyPath};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data.ToleratedFailureCountPath !== undefined){
const err28 = {instancePath:instancePath+"/ToleratedFailureCountPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.ToleratedFailureCountPath};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data.ToleratedFailurePercentagePath !== undefined){
const err29 = {instancePath:instancePath+"/ToleratedFailurePercentagePath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.ToleratedFailurePercentagePath};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data.InputPath !== undefined){
const err30 = {instancePath:instancePath+"/InputPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.InputPath};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data.OutputPath !== undefined){
const err31 = {instancePath:instancePath+"/OutputPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.OutputPath};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data.ResultSelector !== undefined){
const err32 = {instancePath:instancePath+"/ResultSelector",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.ResultSelector};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data.ResultPath !== undefined){
const err33 = {instancePath:instancePath+"/ResultPath",schemaPath:"#/$defs/onlyJsonPath/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema53.not,parentSchema:schema53,data:data.ResultPath};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema276.type,parentSchema:schema276,data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate92.errors = vErrors;
return errors === 0;
}
validate92.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema305 = {"type":"object","required":["StartAt","States"],"properties":{"Comment":{"$ref":"#/$defs/comment"},"ProcessorConfig":{"$ref":"#/$defs/processorConfig"},"StartAt":{"$ref":"#/$defs/stateName"},"States":{"$ref":"#/$defs/jsonataMachineStates"}},"additionalProperties":false};
const schema307 = {"type":"object","properties":{"Mode":{"enum":["INLINE","DISTRIBUTED"]},"ExecutionType":{"enum":["STANDARD","EXPRESS"]}},"additionalProperties":false};

function validate104(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate104.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.StartAt === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "StartAt"},message:"must have required property '"+"StartAt"+"'",schema:schema305.required,parentSchema:schema305,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.States === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "States"},message:"must have required property '"+"States"+"'",schema:schema305.required,parentSchema:schema305,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "Comment") || (key0 === "ProcessorConfig")) || (key0 === "StartAt")) || (key0 === "States"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema305,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Comment !== undefined){
let data0 = data.Comment;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.ProcessorConfig !== undefined){
let data1 = data.ProcessorConfig;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!((key1 === "Mode") || (key1 === "ExecutionType"))){
const err4 = {instancePath:instancePath+"/ProcessorConfig",schemaPath:"#/$defs/processorConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema307,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.Mode !== undefined){
let data2 = data1.Mode;
if(!((data2 === "INLINE") || (data2 === "DISTRIBUTED"))){
const err5 = {instancePath:instancePath+"/ProcessorConfig/Mode",schemaPath:"#/$defs/processorConfig/properties/Mode/enum",keyword:"enum",params:{allowedValues: schema307.properties.Mode.enum},message:"must be equal to one of the allowed values",schema:schema307.properties.Mode.enum,parentSchema:schema307.properties.Mode,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.ExecutionType !== undefined){
let data3 = data1.ExecutionType;
if(!((data3 === "STANDARD") || (data3 === "EXPRESS"))){
const err6 = {instancePath:instancePath+"/ProcessorConfig/ExecutionType",schemaPath:"#/$defs/processorConfig/properties/ExecutionType/enum",keyword:"enum",params:{allowedValues: schema307.properties.ExecutionType.enum},message:"must be equal to one of the allowed values",schema:schema307.properties.ExecutionType.enum,parentSchema:schema307.properties.ExecutionType,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/ProcessorConfig",schemaPath:"#/$defs/processorConfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema307.type,parentSchema:schema307,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.StartAt !== undefined){
let data4 = data.StartAt;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err8 = {instancePath:instancePath+"/StartAt",schemaPath:"#/$defs/stateName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/StartAt",schemaPath:"#/$defs/stateName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.States !== undefined){
if(!(wrapper1.validate(data.States, {instancePath:instancePath+"/States",parentData:data,parentDataProperty:"States",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema305.type,parentSchema:schema305,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate104.errors = vErrors;
return errors === 0;
}
validate104.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Type === undefined) && (missing0 = "Type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.Type !== undefined){
if("Pass" !== data.Type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
const _errs7 = errors;
let valid4 = true;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.QueryLanguage === undefined) && (missing1 = "QueryLanguage")){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
if(data.QueryLanguage !== undefined){
if("JSONPath" !== data.QueryLanguage){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
var _valid1 = _errs8 === errors;
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid1){
const _errs11 = errors;
if(!(validate23(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var _valid1 = _errs11 === errors;
valid4 = _valid1;
if(valid4){
var props0 = true;
}
ifClause0 = "then";
}
else {
const _errs12 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid1 = _errs12 === errors;
valid4 = _valid1;
if(valid4){
if(props0 !== true){
props0 = true;
}
}
ifClause0 = "else";
}
if(!valid4){
const err4 = {instancePath,schemaPath:"#/allOf/0/then/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema34.allOf[0].then.if,parentSchema:schema34.allOf[0].then,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
if(valid1){
if(props0 !== true){
props0 = props0 || {};
props0.Type = true;
}
}
}
if(!valid1){
const err5 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[0].if,parentSchema:schema34.allOf[0],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const _errs14 = errors;
let valid7 = true;
const _errs15 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.Type === undefined) && (missing2 = "Type")){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
if(data.Type !== undefined){
if("Task" !== data.Type){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
var _valid2 = _errs15 === errors;
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs18 = errors;
const _errs19 = errors;
let valid10 = true;
const _errs20 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.QueryLanguage === undefined) && (missing3 = "QueryLanguage")){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if(data.QueryLanguage !== undefined){
if("JSONPath" !== data.QueryLanguage){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
var _valid3 = _errs20 === errors;
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid3){
const _errs23 = errors;
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var _valid3 = _errs23 === errors;
valid10 = _valid3;
if(valid10){
var props1 = true;
}
ifClause1 = "then";
}
else {
const _errs24 = errors;
if(!(validate37(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var _valid3 = _errs24 === errors;
valid10 = _valid3;
if(valid10){
if(props1 !== true){
props1 = true;
}
}
ifClause1 = "else";
}
if(!valid10){
const err10 = {instancePath,schemaPath:"#/allOf/1/then/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema",schema:schema34.allOf[1].then.if,parentSchema:schema34.allOf[1].then,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid2 = _errs18 === errors;
valid7 = _valid2;
if(valid7){
if(props1 !== true){
props1 = props1 || {};
props1.Type = true;
}
}
}
if(!valid7){
const err11 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[1].if,parentSchema:schema34.allOf[1],data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs26 = errors;
let valid13 = true;
const _errs27 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.Type === undefined) && (missing4 = "Type")){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
if(data.Type !== undefined){
if("Choice" !== data.Type){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
var _valid4 = _errs27 === errors;
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs30 = errors;
const _errs31 = errors;
let valid16 = true;
const _errs32 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.QueryLanguage === undefined) && (missing5 = "QueryLanguage")){
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
if(data.QueryLanguage !== undefined){
if("JSONPath" !== data.QueryLanguage){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
}
var _valid5 = _errs32 === errors;
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
let ifClause2;
if(_valid5){
const _errs35 = errors;
if(!(validate44(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
var _valid5 = _errs35 === errors;
valid16 = _valid5;
if(valid16){
var props2 = true;
}
ifClause2 = "then";
}
else {
const _errs36 = errors;
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var _valid5 = _errs36 === errors;
valid16 = _valid5;
if(valid16){
if(props2 !== true){
props2 = true;
}
}
ifClause2 = "else";
}
if(!valid16){
const err16 = {instancePath,schemaPath:"#/allOf/2/then/if",keyword:"if",params:{failingKeyword: ifClause2},message:"must match \""+ifClause2+"\" schema",schema:schema34.allOf[2].then.if,parentSchema:schema34.allOf[2].then,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid4 = _errs30 === errors;
valid13 = _valid4;
if(valid13){
if(props2 !== true){
props2 = props2 || {};
props2.Type = true;
}
}
}
if(!valid13){
const err17 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[2].if,parentSchema:schema34.allOf[2],data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs38 = errors;
let valid19 = true;
const _errs39 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.Type === undefined) && (missing6 = "Type")){
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
if(data.Type !== undefined){
if("Wait" !== data.Type){
const err19 = {};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
}
var _valid6 = _errs39 === errors;
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs42 = errors;
const _errs43 = errors;
let valid22 = true;
const _errs44 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.QueryLanguage === undefined) && (missing7 = "QueryLanguage")){
const err20 = {};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
if(data.QueryLanguage !== undefined){
if("JSONPath" !== data.QueryLanguage){
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
var _valid7 = _errs44 === errors;
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
let ifClause3;
if(_valid7){
const _errs47 = errors;
if(!(validate58(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var _valid7 = _errs47 === errors;
valid22 = _valid7;
if(valid22){
var props3 = true;
}
ifClause3 = "then";
}
else {
const _errs48 = errors;
if(!(validate60(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
var _valid7 = _errs48 === errors;
valid22 = _valid7;
if(valid22){
if(props3 !== true){
props3 = true;
}
}
ifClause3 = "else";
}
if(!valid22){
const err22 = {instancePath,schemaPath:"#/allOf/3/then/if",keyword:"if",params:{failingKeyword: ifClause3},message:"must match \""+ifClause3+"\" schema",schema:schema34.allOf[3].then.if,parentSchema:schema34.allOf[3].then,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid6 = _errs42 === errors;
valid19 = _valid6;
if(valid19){
if(props3 !== true){
props3 = props3 || {};
props3.Type = true;
}
}
}
if(!valid19){
const err23 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[3].if,parentSchema:schema34.allOf[3],data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
const _errs50 = errors;
let valid25 = true;
const _errs51 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if((data.Type === undefined) && (missing8 = "Type")){
const err24 = {};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
if(data.Type !== undefined){
if("Succeed" !== data.Type){
const err25 = {};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
}
var _valid8 = _errs51 === errors;
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs54 = errors;
const _errs55 = errors;
let valid28 = true;
const _errs56 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((data.QueryLanguage === undefined) && (missing9 = "QueryLanguage")){
const err26 = {};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
if(data.QueryLanguage !== undefined){
if("JSONPath" !== data.QueryLanguage){
const err27 = {};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
}
var _valid9 = _errs56 === errors;
errors = _errs55;
if(vErrors !== null){
if(_errs55){
vErrors.length = _errs55;
}
else {
vErrors = null;
}
}
let ifClause4;
if(_valid9){
const _errs59 = errors;
if(!(validate62(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
var _valid9 = _errs59 === errors;
valid28 = _valid9;
if(valid28){
var props4 = true;
}
ifClause4 = "then";
}
else {
const _errs60 = errors;
if(!(validate64(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
var _valid9 = _errs60 === errors;
valid28 = _valid9;
if(valid28){
if(props4 !== true){
props4 = true;
}
}
ifClause4 = "else";
}
if(!valid28){
const err28 = {instancePath,schemaPath:"#/allOf/4/then/if",keyword:"if",params:{failingKeyword: ifClause4},message:"must match \""+ifClause4+"\" schema",schema:schema34.allOf[4].then.if,parentSchema:schema34.allOf[4].then,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid8 = _errs54 === errors;
valid25 = _valid8;
if(valid25){
if(props4 !== true){
props4 = props4 || {};
props4.Type = true;
}
}
}
if(!valid25){
const err29 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[4].if,parentSchema:schema34.allOf[4],data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(props0 !== true && props4 !== undefined){
if(props4 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props4);
}
}
const _errs62 = errors;
let valid31 = true;
const _errs63 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing10;
if((data.Type === undefined) && (missing10 = "Type")){
const err30 = {};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
if(data.Type !== undefined){
if("Fail" !== data.Type){
const err31 = {};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
}
var _valid10 = _errs63 === errors;
errors = _errs62;
if(vErrors !== null){
if(_errs62){
vErrors.length = _errs62;
}
else {
vErrors = null;
}
}
if(_valid10){
const _errs66 = errors;
const _errs67 = errors;
let valid34 = true;
const _errs68 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing11;
if((data.QueryLanguage === undefined) && (missing11 = "QueryLanguage")){
const err32 = {};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
if(data.QueryLanguage !== undefined){
if("JSONPath" !== data.QueryLanguage){
const err33 = {};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
}
var _valid11 = _errs68 === errors;
errors = _errs67;
if(vErrors !== null){
if(_errs67){
vErrors.length = _errs67;
}
else {
vErrors = null;
}
}
let ifClause5;
if(_valid11){
const _errs71 = errors;
if(!(validate66(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
var _valid11 = _errs71 === errors;
valid34 = _valid11;
if(valid34){
var props5 = true;
}
ifClause5 = "then";
}
else {
const _errs72 = errors;
if(!(validate68(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
var _valid11 = _errs72 === errors;
valid34 = _valid11;
if(valid34){
if(props5 !== true){
props5 = true;
}
}
ifClause5 = "else";
}
if(!valid34){
const err34 = {instancePath,schemaPath:"#/allOf/5/then/if",keyword:"if",params:{failingKeyword: ifClause5},message:"must match \""+ifClause5+"\" schema",schema:schema34.allOf[5].then.if,parentSchema:schema34.allOf[5].then,data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid10 = _errs66 === errors;
valid31 = _valid10;
if(valid31){
if(props5 !== true){
props5 = props5 || {};
props5.Type = true;
}
}
}
if(!valid31){
const err35 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[5].if,parentSchema:schema34.allOf[5],data};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(props0 !== true && props5 !== undefined){
if(props5 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props5);
}
}
const _errs74 = errors;
let valid37 = true;
const _errs75 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing12;
if((data.Type === undefined) && (missing12 = "Type")){
const err36 = {};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
else {
if(data.Type !== undefined){
if("Parallel" !== data.Type){
const err37 = {};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
}
var _valid12 = _errs75 === errors;
errors = _errs74;
if(vErrors !== null){
if(_errs74){
vErrors.length = _errs74;
}
else {
vErrors = null;
}
}
if(_valid12){
const _errs78 = errors;
const _errs79 = errors;
let valid40 = true;
const _errs80 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing13;
if((data.QueryLanguage === undefined) && (missing13 = "QueryLanguage")){
const err38 = {};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
if(data.QueryLanguage !== undefined){
if("JSONPath" !== data.QueryLanguage){
const err39 = {};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
}
var _valid13 = _errs80 === errors;
errors = _errs79;
if(vErrors !== null){
if(_errs79){
vErrors.length = _errs79;
}
else {
vErrors = null;
}
}
let ifClause6;
if(_valid13){
const _errs83 = errors;
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var _valid13 = _errs83 === errors;
valid40 = _valid13;
if(valid40){
var props6 = true;
}
ifClause6 = "then";
}
else {
const _errs84 = errors;
if(!(validate74(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
var _valid13 = _errs84 === errors;
valid40 = _valid13;
if(valid40){
if(props6 !== true){
props6 = true;
}
}
ifClause6 = "else";
}
if(!valid40){
const err40 = {instancePath,schemaPath:"#/allOf/6/then/if",keyword:"if",params:{failingKeyword: ifClause6},message:"must match \""+ifClause6+"\" schema",schema:schema34.allOf[6].then.if,parentSchema:schema34.allOf[6].then,data};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(props6 !== true){
props6 = props6 || {};
props6.Branches = true;
}
if(data.Branches !== undefined){
let data14 = data.Branches;
if(Array.isArray(data14)){
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
if(!(validate78(data14[i0], {instancePath:instancePath+"/Branches/" + i0,parentData:data14,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
}
}
}
var _valid12 = _errs78 === errors;
valid37 = _valid12;
if(valid37){
if(props6 !== true){
props6 = props6 || {};
props6.Type = true;
}
}
}
if(!valid37){
const err41 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[6].if,parentSchema:schema34.allOf[6],data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(props0 !== true && props6 !== undefined){
if(props6 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props6);
}
}
const _errs88 = errors;
let valid46 = true;
const _errs89 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing14;
if((data.Type === undefined) && (missing14 = "Type")){
const err42 = {};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
else {
if(data.Type !== undefined){
if("Map" !== data.Type){
const err43 = {};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
}
var _valid14 = _errs89 === errors;
errors = _errs88;
if(vErrors !== null){
if(_errs88){
vErrors.length = _errs88;
}
else {
vErrors = null;
}
}
if(_valid14){
const _errs92 = errors;
const _errs93 = errors;
let valid49 = true;
const _errs94 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing15;
if((data.QueryLanguage === undefined) && (missing15 = "QueryLanguage")){
const err44 = {};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
else {
if(data.QueryLanguage !== undefined){
if("JSONPath" !== data.QueryLanguage){
const err45 = {};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
}
var _valid15 = _errs94 === errors;
errors = _errs93;
if(vErrors !== null){
if(_errs93){
vErrors.length = _errs93;
}
else {
vErrors = null;
}
}
let ifClause7;
if(_valid15){
const _errs97 = errors;
if(!(validate80(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
var _valid15 = _errs97 === errors;
valid49 = _valid15;
if(valid49){
var props7 = true;
}
ifClause7 = "then";
}
else {
const _errs98 = errors;
if(!(validate92(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
var _valid15 = _errs98 === errors;
valid49 = _valid15;
if(valid49){
if(props7 !== true){
props7 = true;
}
}
ifClause7 = "else";
}
if(!valid49){
const err46 = {instancePath,schemaPath:"#/allOf/7/then/if",keyword:"if",params:{failingKeyword: ifClause7},message:"must match \""+ifClause7+"\" schema",schema:schema34.allOf[7].then.if,parentSchema:schema34.allOf[7].then,data};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(props7 !== true){
props7 = props7 || {};
props7.ItemProcessor = true;
props7.Iterator = true;
}
if(data.ItemProcessor !== undefined){
if(!(validate104(data.ItemProcessor, {instancePath:instancePath+"/ItemProcessor",parentData:data,parentDataProperty:"ItemProcessor",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
errors = vErrors.length;
}
}
if(data.Iterator !== undefined){
if(!(validate104(data.Iterator, {instancePath:instancePath+"/Iterator",parentData:data,parentDataProperty:"Iterator",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
errors = vErrors.length;
}
}
}
var _valid14 = _errs92 === errors;
valid46 = _valid14;
if(valid46){
if(props7 !== true){
props7 = props7 || {};
props7.Type = true;
}
}
}
if(!valid46){
const err47 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[7].if,parentSchema:schema34.allOf[7],data};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(props0 !== true && props7 !== undefined){
if(props7 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props7);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Type === undefined){
const err48 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Type"},message:"must have required property '"+"Type"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.Type = true;
}
if(data.Type !== undefined){
let data20 = data.Type;
if(!((((((((data20 === "Pass") || (data20 === "Task")) || (data20 === "Choice")) || (data20 === "Wait")) || (data20 === "Succeed")) || (data20 === "Fail")) || (data20 === "Parallel")) || (data20 === "Map"))){
const err49 = {instancePath:instancePath+"/Type",schemaPath:"#/$defs/stateType/enum",keyword:"enum",params:{allowedValues: schema309.enum},message:"must be equal to one of the allowed values",schema:schema309.enum,parentSchema:schema309,data:data20};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
validate22.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate22.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(validate22(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema310 = {"type":"object","additionalProperties":{"$ref":"#/$defs/jsonpathMachineState"}};
const schema311 = {"description":"A state of a machine whose QueryLanguage is JSONPath (the default).","type":"object","required":["Type"],"properties":{"Type":{"$ref":"#/$defs/stateType"}},"allOf":[{"if":{"$ref":"#/$defs/isPass"},"then":{"if":{"$ref":"#/$defs/declaresJsonata"},"then":{"$ref":"#/$defs/jsonataPass"},"else":{"$ref":"#/$defs/jsonpathPass"}}},{"if":{"$ref":"#/$defs/isTask"},"then":{"if":{"$ref":"#/$defs/declaresJsonata"},"then":{"$ref":"#/$defs/jsonataTask"},"else":{"$ref":"#/$defs/jsonpathTask"}}},{"if":{"$ref":"#/$defs/isChoice"},"then":{"if":{"$ref":"#/$defs/declaresJsonata"},"then":{"$ref":"#/$defs/jsonataChoice"},"else":{"$ref":"#/$defs/jsonpathChoice"}}},{"if":{"$ref":"#/$defs/isWait"},"then":{"if":{"$ref":"#/$defs/declaresJsonata"},"then":{"$ref":"#/$defs/jsonataWait"},"else":{"$ref":"#/$defs/jsonpathWait"}}},{"if":{"$ref":"#/$defs/isSucceed"},"then":{"if":{"$ref":"#/$defs/declaresJsonata"},"then":{"$ref":"#/$defs/jsonataSucceed"},"else":{"$ref":"#/$defs/jsonpathSucceed"}}},{"if":{"$ref":"#/$defs/isFail"},"then":{"if":{"$ref":"#/$defs/declaresJsonata"},"then":{"$ref":"#/$defs/jsonataFail"},"else":{"$ref":"#/$defs/jsonpathFail"}}},{"if":{"$ref":"#/$defs/isParallel"},"then":{"properties":{"Branches":{"items":{"$ref":"#/$defs/jsonpathMachineBranch"}}},"if":{"$ref":"#/$defs/declaresJsonata"},"then":{"$ref":"#/$defs/jsonataParallel"},"else":{"$ref":"#/$defs/jsonpathParallel"}}},{"if":{"$ref":"#/$defs/isMap"},"then":{"properties":{"ItemProcessor":{"$ref":"#/$defs/jsonpathMachineProcessor"},"Iterator":{"$ref":"#/$defs/jsonpathMachineProcessor"}},"if":{"$ref":"#/$defs/declaresJsonata"},"then":{"$ref":"#/$defs/jsonataMap"},"else":{"$ref":"#/$defs/jsonpathMap"}}}]};
const schema326 = {"type":"object","required":["StartAt","States"],"properties":{"Comment":{"$ref":"#/$defs/comment"},"StartAt":{"$ref":"#/$defs/stateName"},"States":{"$ref":"#/$defs/jsonpathMachineStates"}},"additionalProperties":false};
const wrapper3 = {validate: validate109};

function validate125(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate125.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.StartAt === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "StartAt"},message:"must have required property '"+"StartAt"+"'",schema:schema326.required,parentSchema:schema326,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.States === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "States"},message:"must have required property '"+"States"+"'",schema:schema326.required,parentSchema:schema326,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "Comment") || (key0 === "StartAt")) || (key0 === "States"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema326,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Comment !== undefined){
let data0 = data.Comment;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.StartAt !== undefined){
let data1 = data.StartAt;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/StartAt",schemaPath:"#/$defs/stateName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/StartAt",schemaPath:"#/$defs/stateName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.States !== undefined){
if(!(wrapper3.validate(data.States, {instancePath:instancePath+"/States",parentData:data,parentDataProperty:"States",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper3.validate.errors : vErrors.concat(wrapper3.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema326.type,parentSchema:schema326,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate125.errors = vErrors;
return errors === 0;
}
validate125.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema331 = {"type":"object","required":["StartAt","States"],"properties":{"Comment":{"$ref":"#/$defs/comment"},"ProcessorConfig":{"$ref":"#/$defs/processorConfig"},"StartAt":{"$ref":"#/$defs/stateName"},"States":{"$ref":"#/$defs/jsonpathMachineStates"}},"additionalProperties":false};

function validate129(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate129.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.StartAt === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "StartAt"},message:"must have required property '"+"StartAt"+"'",schema:schema331.required,parentSchema:schema331,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.States === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "States"},message:"must have required property '"+"States"+"'",schema:schema331.required,parentSchema:schema331,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "Comment") || (key0 === "ProcessorConfig")) || (key0 === "StartAt")) || (key0 === "States"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema331,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.Comment !== undefined){
let data0 = data.Comment;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.ProcessorConfig !== undefined){
let data1 = data.ProcessorConfig;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!((key1 === "Mode") || (key1 === "ExecutionType"))){
const err4 = {instancePath:instancePath+"/ProcessorConfig",schemaPath:"#/$defs/processorConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema307,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.Mode !== undefined){
let data2 = data1.Mode;
if(!((data2 === "INLINE") || (data2 === "DISTRIBUTED"))){
const err5 = {instancePath:instancePath+"/ProcessorConfig/Mode",schemaPath:"#/$defs/processorConfig/properties/Mode/enum",keyword:"enum",params:{allowedValues: schema307.properties.Mode.enum},message:"must be equal to one of the allowed values",schema:schema307.properties.Mode.enum,parentSchema:schema307.properties.Mode,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.ExecutionType !== undefined){
let data3 = data1.ExecutionType;
if(!((data3 === "STANDARD") || (data3 === "EXPRESS"))){
const err6 = {instancePath:instancePath+"/ProcessorConfig/ExecutionType",schemaPath:"#/$defs/processorConfig/properties/ExecutionType/enum",keyword:"enum",params:{allowedValues: schema307.properties.ExecutionType.enum},message:"must be equal to one of the allowed values",schema:schema307.properties.ExecutionType.enum,parentSchema:schema307.properties.ExecutionType,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/ProcessorConfig",schemaPath:"#/$defs/processorConfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema307.type,parentSchema:schema307,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.StartAt !== undefined){
let data4 = data.StartAt;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err8 = {instancePath:instancePath+"/StartAt",schemaPath:"#/$defs/stateName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/StartAt",schemaPath:"#/$defs/stateName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.States !== undefined){
if(!(wrapper3.validate(data.States, {instancePath:instancePath+"/States",parentData:data,parentDataProperty:"States",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? wrapper3.validate.errors : vErrors.concat(wrapper3.validate.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema331.type,parentSchema:schema331,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate129.errors = vErrors;
return errors === 0;
}
validate129.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate110.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.Type === undefined) && (missing0 = "Type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.Type !== undefined){
if("Pass" !== data.Type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
const _errs7 = errors;
let valid4 = true;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.QueryLanguage === undefined) && (missing1 = "QueryLanguage")){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
if(data.QueryLanguage !== undefined){
const _errs11 = errors;
const _errs12 = errors;
if("JSONPath" !== data.QueryLanguage){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var valid7 = _errs12 === errors;
if(valid7){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
}
}
}
var _valid1 = _errs8 === errors;
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid1){
const _errs13 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var _valid1 = _errs13 === errors;
valid4 = _valid1;
if(valid4){
var props0 = true;
}
ifClause0 = "then";
}
else {
const _errs14 = errors;
if(!(validate23(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var _valid1 = _errs14 === errors;
valid4 = _valid1;
if(valid4){
if(props0 !== true){
props0 = true;
}
}
ifClause0 = "else";
}
if(!valid4){
const err5 = {instancePath,schemaPath:"#/allOf/0/then/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema311.allOf[0].then.if,parentSchema:schema311.allOf[0].then,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
if(valid1){
if(props0 !== true){
props0 = props0 || {};
props0.Type = true;
}
}
}
if(!valid1){
const err6 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema311.allOf[0].if,parentSchema:schema311.allOf[0],data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const _errs16 = errors;
let valid8 = true;
const _errs17 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.Type === undefined) && (missing2 = "Type")){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
if(data.Type !== undefined){
if("Task" !== data.Type){
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
var _valid2 = _errs17 === errors;
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs20 = errors;
const _errs21 = errors;
let valid11 = true;
const _errs22 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.QueryLanguage === undefined) && (missing3 = "QueryLanguage")){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
if(data.QueryLanguage !== undefined){
const _errs25 = errors;
const _errs26 = errors;
if("JSONPath" !== data.QueryLanguage){
const err10 = {};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var valid14 = _errs26 === errors;
if(valid14){
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
}
}
}
}
var _valid3 = _errs22 === errors;
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid3){
const _errs27 = errors;
if(!(validate37(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var _valid3 = _errs27 === errors;
valid11 = _valid3;
if(valid11){
var props1 = true;
}
ifClause1 = "then";
}
else {
const _errs28 = errors;
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var _valid3 = _errs28 === errors;
valid11 = _valid3;
if(valid11){
if(props1 !== true){
props1 = true;
}
}
ifClause1 = "else";
}
if(!valid11){
const err12 = {instancePath,schemaPath:"#/allOf/1/then/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema",schema:schema311.allOf[1].then.if,parentSchema:schema311.allOf[1].then,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid2 = _errs20 === errors;
valid8 = _valid2;
if(valid8){
if(props1 !== true){
props1 = props1 || {};
props1.Type = true;
}
}
}
if(!valid8){
const err13 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema311.allOf[1].if,parentSchema:schema311.allOf[1],data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs30 = errors;
let valid15 = true;
const _errs31 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.Type === undefined) && (missing4 = "Type")){
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
if(data.Type !== undefined){
if("Choice" !== data.Type){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
}
var _valid4 = _errs31 === errors;
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs34 = errors;
const _errs35 = errors;
let valid18 = true;
const _errs36 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.QueryLanguage === undefined) && (missing5 = "QueryLanguage")){
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
if(data.QueryLanguage !== undefined){
const _errs39 = errors;
const _errs40 = errors;
if("JSONPath" !== data.QueryLanguage){
const err17 = {};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid21 = _errs40 === errors;
if(valid21){
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs39;
if(vErrors !== null){
if(_errs39){
vErrors.length = _errs39;
}
else {
vErrors = null;
}
}
}
}
}
}
var _valid5 = _errs36 === errors;
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
let ifClause2;
if(_valid5){
const _errs41 = errors;
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var _valid5 = _errs41 === errors;
valid18 = _valid5;
if(valid18){
var props2 = true;
}
ifClause2 = "then";
}
else {
const _errs42 = errors;
if(!(validate44(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
var _valid5 = _errs42 === errors;
valid18 = _valid5;
if(valid18){
if(props2 !== true){
props2 = true;
}
}
ifClause2 = "else";
}
if(!valid18){
const err19 = {instancePath,schemaPath:"#/allOf/2/then/if",keyword:"if",params:{failingKeyword: ifClause2},message:"must match \""+ifClause2+"\" schema",schema:schema311.allOf[2].then.if,parentSchema:schema311.allOf[2].then,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid4 = _errs34 === errors;
valid15 = _valid4;
if(valid15){
if(props2 !== true){
props2 = props2 || {};
props2.Type = true;
}
}
}
if(!valid15){
const err20 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema311.allOf[2].if,parentSchema:schema311.allOf[2],data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs44 = errors;
let valid22 = true;
const _errs45 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.Type === undefined) && (missing6 = "Type")){
const err21 = {};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
if(data.Type !== undefined){
if("Wait" !== data.Type){
const err22 = {};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
}
var _valid6 = _errs45 === errors;
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs48 = errors;
const _errs49 = errors;
let valid25 = true;
const _errs50 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.QueryLanguage === undefined) && (missing7 = "QueryLanguage")){
const err23 = {};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
if(data.QueryLanguage !== undefined){
const _errs53 = errors;
const _errs54 = errors;
if("JSONPath" !== data.QueryLanguage){
const err24 = {};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var valid28 = _errs54 === errors;
if(valid28){
const err25 = {};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs53;
if(vErrors !== null){
if(_errs53){
vErrors.length = _errs53;
}
else {
vErrors = null;
}
}
}
}
}
}
var _valid7 = _errs50 === errors;
errors = _errs49;
if(vErrors !== null){
if(_errs49){
vErrors.length = _errs49;
}
else {
vErrors = null;
}
}
let ifClause3;
if(_valid7){
const _errs55 = errors;
if(!(validate60(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
var _valid7 = _errs55 === errors;
valid25 = _valid7;
if(valid25){
var props3 = true;
}
ifClause3 = "then";
}
else {
const _errs56 = errors;
if(!(validate58(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var _valid7 = _errs56 === errors;
valid25 = _valid7;
if(valid25){
if(props3 !== true){
props3 = true;
}
}
ifClause3 = "else";
}
if(!valid25){
const err26 = {instancePath,schemaPath:"#/allOf/3/then/if",keyword:"if",params:{failingKeyword: ifClause3},message:"must match \""+ifClause3+"\" schema",schema:schema311.allOf[3].then.if,parentSchema:schema311.allOf[3].then,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid6 = _errs48 === errors;
valid22 = _valid6;
if(valid22){
if(props3 !== true){
props3 = props3 || {};
props3.Type = true;
}
}
}
if(!valid22){
const err27 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema311.allOf[3].if,parentSchema:schema311.allOf[3],data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
const _errs58 = errors;
let valid29 = true;
const _errs59 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if((data.Type === undefined) && (missing8 = "Type")){
const err28 = {};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
else {
if(data.Type !== undefined){
if("Succeed" !== data.Type){
const err29 = {};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
var _valid8 = _errs59 === errors;
errors = _errs58;
if(vErrors !== null){
if(_errs58){
vErrors.length = _errs58;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs62 = errors;
const _errs63 = errors;
let valid32 = true;
const _errs64 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((data.QueryLanguage === undefined) && (missing9 = "QueryLanguage")){
const err30 = {};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
if(data.QueryLanguage !== undefined){
const _errs67 = errors;
const _errs68 = errors;
if("JSONPath" !== data.QueryLanguage){
const err31 = {};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var valid35 = _errs68 === errors;
if(valid35){
const err32 = {};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs67;
if(vErrors !== null){
if(_errs67){
vErrors.length = _errs67;
}
else {
vErrors = null;
}
}
}
}
}
}
var _valid9 = _errs64 === errors;
errors = _errs63;
if(vErrors !== null){
if(_errs63){
vErrors.length = _errs63;
}
else {
vErrors = null;
}
}
let ifClause4;
if(_valid9){
const _errs69 = errors;
if(!(validate64(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
var _valid9 = _errs69 === errors;
valid32 = _valid9;
if(valid32){
var props4 = true;
}
ifClause4 = "then";
}
else {
const _errs70 = errors;
if(!(validate62(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
var _valid9 = _errs70 === errors;
valid32 = _valid9;
if(valid32){
if(props4 !== true){
props4 = true;
}
}
ifClause4 = "else";
}
if(!valid32){
const err33 = {instancePath,schemaPath:"#/allOf/4/then/if",keyword:"if",params:{failingKeyword: ifClause4},message:"must match \""+ifClause4+"\" schema",schema:schema311.allOf[4].then.if,parentSchema:schema311.allOf[4].then,data};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid8 = _errs62 === errors;
valid29 = _valid8;
if(valid29){
if(props4 !== true){
props4 = props4 || {};
props4.Type = true;
}
}
}
if(!valid29){
const err34 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema311.allOf[4].if,parentSchema:schema311.allOf[4],data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(props0 !== true && props4 !== undefined){
if(props4 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props4);
}
}
const _errs72 = errors;
let valid36 = true;
const _errs73 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing10;
if((data.Type === undefined) && (missing10 = "Type")){
const err35 = {};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
if(data.Type !== undefined){
if("Fail" !== data.Type){
const err36 = {};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
}
var _valid10 = _errs73 === errors;
errors = _errs72;
if(vErrors !== null){
if(_errs72){
vErrors.length = _errs72;
}
else {
vErrors = null;
}
}
if(_valid10){
const _errs76 = errors;
const _errs77 = errors;
let valid39 = true;
const _errs78 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing11;
if((data.QueryLanguage === undefined) && (missing11 = "QueryLanguage")){
const err37 = {};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
else {
if(data.QueryLanguage !== undefined){
const _errs81 = errors;
const _errs82 = errors;
if("JSONPath" !== data.QueryLanguage){
const err38 = {};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var valid42 = _errs82 === errors;
if(valid42){
const err39 = {};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
else {
errors = _errs81;
if(vErrors !== null){
if(_errs81){
vErrors.length = _errs81;
}
else {
vErrors = null;
}
}
}
}
}
}
var _valid11 = _errs78 === errors;
errors = _errs77;
if(vErrors !== null){
if(_errs77){
vErrors.length = _errs77;
}
else {
vErrors = null;
}
}
let ifClause5;
if(_valid11){
const _errs83 = errors;
if(!(validate68(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
var _valid11 = _errs83 === errors;
valid39 = _valid11;
if(valid39){
var props5 = true;
}
ifClause5 = "then";
}
else {
const _errs84 = errors;
if(!(validate66(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
var _valid11 = _errs84 === errors;
valid39 = _valid11;
if(valid39){
if(props5 !== true){
props5 = true;
}
}
ifClause5 = "else";
}
if(!valid39){
const err40 = {instancePath,schemaPath:"#/allOf/5/then/if",keyword:"if",params:{failingKeyword: ifClause5},message:"must match \""+ifClause5+"\" schema",schema:schema311.allOf[5].then.if,parentSchema:schema311.allOf[5].then,data};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid10 = _errs76 === errors;
valid36 = _valid10;
if(valid36){
if(props5 !== true){
props5 = props5 || {};
props5.Type = true;
}
}
}
if(!valid36){
const err41 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema311.allOf[5].if,parentSchema:schema311.allOf[5],data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(props0 !== true && props5 !== undefined){
if(props5 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props5);
}
}
const _errs86 = errors;
let valid43 = true;
const _errs87 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing12;
if((data.Type === undefined) && (missing12 = "Type")){
const err42 = {};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
else {
if(data.Type !== undefined){
if("Parallel" !== data.Type){
const err43 = {};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
}
var _valid12 = _errs87 === errors;
errors = _errs86;
if(vErrors !== null){
if(_errs86){
vErrors.length = _errs86;
}
else {
vErrors = null;
}
}
if(_valid12){
const _errs90 = errors;
const _errs91 = errors;
let valid46 = true;
const _errs92 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing13;
if((data.QueryLanguage === undefined) && (missing13 = "QueryLanguage")){
const err44 = {};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
else {
if(data.QueryLanguage !== undefined){
const _errs95 = errors;
const _errs96 = errors;
if("JSONPath" !== data.QueryLanguage){
const err45 = {};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var valid49 = _errs96 === errors;
if(valid49){
const err46 = {};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
else {
errors = _errs95;
if(vErrors !== null){
if(_errs95){
vErrors.length = _errs95;
}
else {
vErrors = null;
}
}
}
}
}
}
var _valid13 = _errs92 === errors;
errors = _errs91;
if(vErrors !== null){
if(_errs91){
vErrors.length = _errs91;
}
else {
vErrors = null;
}
}
let ifClause6;
if(_valid13){
const _errs97 = errors;
if(!(validate74(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
var _valid13 = _errs97 === errors;
valid46 = _valid13;
if(valid46){
var props6 = true;
}
ifClause6 = "then";
}
else {
const _errs98 = errors;
if(!(validate70(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var _valid13 = _errs98 === errors;
valid46 = _valid13;
if(valid46){
if(props6 !== true){
props6 = true;
}
}
ifClause6 = "else";
}
if(!valid46){
const err47 = {instancePath,schemaPath:"#/allOf/6/then/if",keyword:"if",params:{failingKeyword: ifClause6},message:"must match \""+ifClause6+"\" schema",schema:schema311.allOf[6].then.if,parentSchema:schema311.allOf[6].then,data};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(props6 !== true){
props6 = props6 || {};
props6.Branches = true;
}
if(data.Branches !== undefined){
let data14 = data.Branches;
if(Array.isArray(data14)){
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
if(!(validate125(data14[i0], {instancePath:instancePath+"/Branches/" + i0,parentData:data14,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate125.errors : vErrors.concat(validate125.errors);
errors = vErrors.length;
}
}
}
}
}
var _valid12 = _errs90 === errors;
valid43 = _valid12;
if(valid43){
if(props6 !== true){
props6 = props6 || {};
props6.Type = true;
}
}
}
if(!valid43){
const err48 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema311.allOf[6].if,parentSchema:schema311.allOf[6],data};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(props0 !== true && props6 !== undefined){
if(props6 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props6);
}
}
const _errs102 = errors;
let valid53 = true;
const _errs103 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing14;
if((data.Type === undefined) && (missing14 = "Type")){
const err49 = {};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
else {
if(data.Type !== undefined){
if("Map" !== data.Type){
const err50 = {};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
}
var _valid14 = _errs103 === errors;
errors = _errs102;
if(vErrors !== null){
if(_errs102){
vErrors.length = _errs102;
}
else {
vErrors = null;
}
}
if(_valid14){
const _errs106 = errors;
const _errs107 = errors;
let valid56 = true;
const _errs108 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing15;
if((data.QueryLanguage === undefined) && (missing15 = "QueryLanguage")){
const err51 = {};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
else {
if(data.QueryLanguage !== undefined){
const _errs111 = errors;
const _errs112 = errors;
if("JSONPath" !== data.QueryLanguage){
const err52 = {};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var valid59 = _errs112 === errors;
if(valid59){
const err53 = {};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
else {
errors = _errs111;
if(vErrors !== null){
if(_errs111){
vErrors.length = _errs111;
}
else {
vErrors = null;
}
}
}
}
}
}
var _valid15 = _errs108 === errors;
errors = _errs107;
if(vErrors !== null){
if(_errs107){
vErrors.length = _errs107;
}
else {
vErrors = null;
}
}
let ifClause7;
if(_valid15){
const _errs113 = errors;
if(!(validate92(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
var _valid15 = _errs113 === errors;
valid56 = _valid15;
if(valid56){
var props7 = true;
}
ifClause7 = "then";
}
else {
const _errs114 = errors;
if(!(validate80(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
var _valid15 = _errs114 === errors;
valid56 = _valid15;
if(valid56){
if(props7 !== true){
props7 = true;
}
}
ifClause7 = "else";
}
if(!valid56){
const err54 = {instancePath,schemaPath:"#/allOf/7/then/if",keyword:"if",params:{failingKeyword: ifClause7},message:"must match \""+ifClause7+"\" schema",schema:schema311.allOf[7].then.if,parentSchema:schema311.allOf[7].then,data};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(props7 !== true){
props7 = props7 || {};
props7.ItemProcessor = true;
props7.Iterator = true;
}
if(data.ItemProcessor !== undefined){
if(!(validate129(data.ItemProcessor, {instancePath:instancePath+"/ItemProcessor",parentData:data,parentDataProperty:"ItemProcessor",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
if(data.Iterator !== undefined){
if(!(validate129(data.Iterator, {instancePath:instancePath+"/Iterator",parentData:data,parentDataProperty:"Iterator",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
}
}
var _valid14 = _errs106 === errors;
valid53 = _valid14;
if(valid53){
if(props7 !== true){
props7 = props7 || {};
props7.Type = true;
}
}
}
if(!valid53){
const err55 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema311.allOf[7].if,parentSchema:schema311.allOf[7],data};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(props0 !== true && props7 !== undefined){
if(props7 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props7);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Type === undefined){
const err56 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Type"},message:"must have required property '"+"Type"+"'",schema:schema311.required,parentSchema:schema311,data};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.Type = true;
}
if(data.Type !== undefined){
let data20 = data.Type;
if(!((((((((data20 === "Pass") || (data20 === "Task")) || (data20 === "Choice")) || (data20 === "Wait")) || (data20 === "Succeed")) || (data20 === "Fail")) || (data20 === "Parallel")) || (data20 === "Map"))){
const err57 = {instancePath:instancePath+"/Type",schemaPath:"#/$defs/stateType/enum",keyword:"enum",params:{allowedValues: schema309.enum},message:"must be equal to one of the allowed values",schema:schema309.enum,parentSchema:schema309,data:data20};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema311.type,parentSchema:schema311,data};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
validate110.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate110.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate109(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate109.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(validate110(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema310.type,parentSchema:schema310,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate109.errors = vErrors;
return errors === 0;
}
validate109.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.QueryLanguage === undefined) && (missing0 = "QueryLanguage")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.QueryLanguage !== undefined){
const _errs5 = errors;
const _errs6 = errors;
if("JSONPath" !== data.QueryLanguage){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid3 = _errs6 === errors;
if(valid3){
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.States !== undefined){
if(!(validate21(data.States, {instancePath:instancePath+"/States",parentData:data,parentDataProperty:"States",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
var _valid0 = _errs7 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.States = true;
props0.QueryLanguage = true;
}
ifClause0 = "then";
}
else {
const _errs9 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.States !== undefined){
if(!(validate109(data.States, {instancePath:instancePath+"/States",parentData:data,parentDataProperty:"States",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
errors = vErrors.length;
}
}
}
var _valid0 = _errs9 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = props0 || {};
props0.States = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema31.if,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.StartAt === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "StartAt"},message:"must have required property '"+"StartAt"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.States === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "States"},message:"must have required property '"+"States"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "Comment") || (key0 === "Version")) || (key0 === "QueryLanguage")) || (key0 === "TimeoutSeconds")) || (key0 === "StartAt")) || (key0 === "States"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.Comment !== undefined){
let data3 = data.Comment;
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/Comment",schemaPath:"#/$defs/comment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.Version !== undefined){
let data4 = data.Version;
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/Version",schemaPath:"#/properties/Version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.Version.type,parentSchema:schema31.properties.Version,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.QueryLanguage !== undefined){
let data5 = data.QueryLanguage;
if(typeof data5 !== "string"){
const err9 = {instancePath:instancePath+"/QueryLanguage",schemaPath:"#/$defs/queryLanguage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.TimeoutSeconds !== undefined){
let data6 = data.TimeoutSeconds;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err10 = {instancePath:instancePath+"/TimeoutSeconds",schemaPath:"#/properties/TimeoutSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.TimeoutSeconds.type,parentSchema:schema31.properties.TimeoutSeconds,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 99999999 || isNaN(data6)){
const err11 = {instancePath:instancePath+"/TimeoutSeconds",schemaPath:"#/properties/TimeoutSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99999999},message:"must be <= 99999999",schema:99999999,parentSchema:schema31.properties.TimeoutSeconds,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/TimeoutSeconds",schemaPath:"#/properties/TimeoutSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.TimeoutSeconds,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.StartAt !== undefined){
let data7 = data.StartAt;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err13 = {instancePath:instancePath+"/StartAt",schemaPath:"#/$defs/stateName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/StartAt",schemaPath:"#/$defs/stateName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.States !== undefined){
let data8 = data.States;
if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){
const err15 = {instancePath:instancePath+"/States",schemaPath:"#/properties/States/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.States.type,parentSchema:schema31.properties.States,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

