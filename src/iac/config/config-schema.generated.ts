// @ts-nocheck
/* eslint-disable */
// GENERATED from schemas/aslc-config.schema.json by src/iac/config/config-schema-standalone.ts:
// do not edit. Regenerate with ASLC_UPDATE_GOLDEN=1 npx vitest run test/iac/config-schema-standalone.test.ts
// (a test fails while this file is out of date). Precompiling the schema saves ~100 ms of ajv
// compilation at the start of every aslc build.
function ucs2length(str) {
  let length = 0;
  for (let pos = 0; pos < str.length; ) {
    length++;
    const value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < str.length && (str.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++;
  }
  return length;
}
function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a !== a && b !== b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
}

export const projectConfig = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://aslc.dev/schemas/aslc-config.schema.json","title":"aslc project configuration (aslc.config.json)","description":"What `aslc build` compiles and writes: the workflow modules of a project, the output folder, the targets (asl, terraform, sam, cloudformation, serverless, iam) with their options, and the environments that give deploy-time placeholders their values. Relative paths are relative to the folder of this file.","type":"object","required":["workflows","targets"],"additionalProperties":false,"properties":{"$schema":{"type":"string","description":"Path or URL of this schema, for editors."},"workflows":{"type":"array","minItems":1,"description":"Workflow modules (.ts, .mts, .js, .mjs), folders searched recursively for modules (only modules: a folder's .asl.json files are not picked up), or plain ASL workflows, each *.asl.json file listed by its own path (its ${Name} placeholders are deploy-time values; named after the file). Each module's default export is a state machine (named after the file) or an object of state machines (named after their keys). Workflow names must be unique in a project.","items":{"oneOf":[{"$ref":"#/$defs/relativePath"},{"$ref":"#/$defs/workflowEntry"}],"x-error":"must be a path, or an object with a path"}},"outDir":{"type":"string","minLength":1,"default":"build","description":"Output folder; `{env}` is replaced by the environment name. Each target writes into its own sub-folder (its `dir` option)."},"environmentsDir":{"type":"string","minLength":1,"default":"environments","description":"Folder of environment files: `<environmentsDir>/<name>.json` defines (or completes) environment <name>."},"environments":{"type":"object","description":"Environments by name, with the values of the deploy-time placeholders.","propertyNames":{"$ref":"#/$defs/environmentName"},"additionalProperties":{"$ref":"#/$defs/environment"}},"defaultEnvironment":{"$ref":"#/$defs/environmentName","description":"The environment `aslc build` uses when `--env` is not given."},"targets":{"type":"object","minProperties":1,"additionalProperties":false,"description":"The targets to build, each with its options (an empty object takes the defaults).","properties":{"asl":{"$ref":"#/$defs/aslTarget"},"terraform":{"$ref":"#/$defs/terraformTarget"},"sam":{"$ref":"#/$defs/samTarget"},"cloudformation":{"$ref":"#/$defs/cloudformationTarget"},"serverless":{"$ref":"#/$defs/serverlessTarget"},"iam":{"$ref":"#/$defs/iamTarget"}}}},"$defs":{"relativePath":{"type":"string","minLength":1,"description":"A path relative to the folder of aslc.config.json."},"environmentName":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$","x-error":"must be 1 to 64 letters, digits, dashes or underscores, starting with a letter or digit"},"placeholderName":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*$","maxLength":128,"x-error":"must be a letter followed by letters, digits or underscores (or dotted segments of them, CDK style), at most 128 characters"},"placeholderValues":{"type":"object","description":"Placeholder name → value: a string (an ARN, a name, a URL…), or a CloudFormation reference that the sam and cloudformation targets place into DefinitionSubstitutions (resolved by CloudFormation at deploy time; the other targets refuse it, except in `keep` mode).","propertyNames":{"$ref":"#/$defs/placeholderName"},"additionalProperties":{"anyOf":[{"type":"string"},{"$ref":"#/$defs/cloudFormationReference"}],"x-error":"must be a string, or an object with exactly one of Ref, Fn::GetAtt, Fn::Sub, Fn::ImportValue"}},"environment":{"type":"object","additionalProperties":false,"properties":{"description":{"type":"string"},"placeholders":{"$ref":"#/$defs/placeholderValues"}}},"environmentFile":{"title":"aslc environment file (environments/<name>.json)","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string"},"description":{"type":"string"},"placeholders":{"$ref":"#/$defs/placeholderValues"}}},"workflowEntry":{"type":"object","required":["path"],"additionalProperties":false,"properties":{"path":{"$ref":"#/$defs/relativePath"},"type":{"$ref":"#/$defs/stateMachineType","description":"The state machine type of these workflows (default STANDARD); a target's `type` option wins."},"targets":{"type":"object","additionalProperties":false,"description":"Options for these workflows only, merged over the project's target options.","properties":{"asl":{"$ref":"#/$defs/aslTarget"},"terraform":{"$ref":"#/$defs/terraformTarget"},"sam":{"$ref":"#/$defs/samTarget"},"cloudformation":{"$ref":"#/$defs/cloudformationTarget"},"serverless":{"$ref":"#/$defs/serverlessTarget"},"iam":{"$ref":"#/$defs/iamTarget"}}}}},"stateMachineType":{"enum":["STANDARD","EXPRESS"]},"dir":{"type":"string","pattern":"^[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$","x-error":"must be a relative folder: names of letters, digits, dots, dashes and underscores separated by /, without ..","description":"Sub-folder of outDir for this target (default: the target's name)."},"namePattern":{"type":"string","minLength":1,"description":"A name, where `{workflow}` and `{env}` are replaced by the workflow and environment names (fitted to the field's characters)."},"arnOrPlaceholder":{"type":"string","pattern":"^(\\$\\{[A-Za-z][A-Za-z0-9_]*\\}|arn:[^$]+)$","x-error":"must be an ARN (arn:…) or ${Name}, the value of a placeholder"},"deployPlaceholders":{"enum":["substitutions","inline","keep"],"default":"substitutions","description":"substitutions: the environment's values are passed through the target's mechanism (Terraform templatefile() variables whose defaults are the values; CloudFormation/SAM DefinitionSubstitutions). inline: the values are written into the definition itself (no substitution at deploy time). keep: no environment values; placeholders become deploy-time inputs (Terraform variables without default; CloudFormation parameters)."},"logging":{"type":"object","additionalProperties":false,"properties":{"level":{"enum":["ALL","ERROR","FATAL","OFF"],"default":"ERROR"},"includeExecutionData":{"type":"boolean","default":false},"logGroupArn":{"$ref":"#/$defs/arnOrPlaceholder","description":"ARN of an existing CloudWatch Logs log group, ending with `:*`. Without it, the target creates one."},"retentionInDays":{"enum":[1,3,5,7,14,30,60,90,120,150,180,365,400,545,731,1096,1827,2192,2557,2922,3288,3653],"description":"Retention of the log group the target creates (default: never expire). Not allowed with logGroupArn."}},"description":"Logging to CloudWatch Logs: to the log group `logGroupArn`, or, without it, to a log group the target creates (`/aws/vendedlogs/states/<state machine name>`, kept `retentionInDays`)."},"commonOptions":{"type":"object","properties":{"dir":{"$ref":"#/$defs/dir"},"type":{"$ref":"#/$defs/stateMachineType"},"stateMachineName":{"$ref":"#/$defs/namePattern","description":"The state machine's name (default `{workflow}`): 1–80 of A-Z a-z 0-9 _ -."},"partition":{"type":"string","pattern":"^aws(-[a-z]+)*$","default":"aws","description":"Partition of the ARNs aslc builds (the state machine's own ARN in policies)."}}},"deployOptions":{"type":"object","properties":{"placeholders":{"$ref":"#/$defs/deployPlaceholders"},"roleArn":{"$ref":"#/$defs/arnOrPlaceholder","description":"The execution role (an ARN or `${Name}`). Without it, a role with the derived IAM policy is created."},"logging":{"$ref":"#/$defs/logging"},"tracing":{"type":"boolean","default":false,"description":"Enable AWS X-Ray tracing."},"permissionsBoundary":{"$ref":"#/$defs/arnOrPlaceholder","description":"ARN of the permissions boundary of the role the target creates (an ARN or `${Name}`). Not allowed with roleArn."},"tags":{"$ref":"#/$defs/tags"}}},"aslTarget":{"type":"object","additionalProperties":false,"description":"`<workflow>.asl.json`.","properties":{"dir":{"$ref":"#/$defs/dir"},"type":{"$ref":"#/$defs/stateMachineType"},"placeholders":{"enum":["inline","keep"],"default":"inline","description":"inline: the environment's values are written in; keep: placeholders stay `${Name}`."}}},"terraformTarget":{"type":"object","description":"A Terraform module: `versions.tf` (required_providers), `variables.tf` (one variable per placeholder, shared by the workflows), `<env>.auto.tfvars` (the environment's values), `outputs.tf`, and per workflow `<workflow>.tf` (an aws_sfn_state_machine whose definition is templatefile() or file() of `<workflow>.asl.json`, its role, log group and alias).","allOf":[{"$ref":"#/$defs/commonOptions"},{"$ref":"#/$defs/deployOptions"}],"properties":{"resourceName":{"$ref":"#/$defs/namePattern","description":"The Terraform resource name (default `{workflow}` in snake_case); also prefixes the variables."},"publish":{"type":"boolean","default":false,"description":"Publish a version of the state machine on every change (`publish = true`)."},"alias":{"type":"string","pattern":"^[A-Za-z0-9_-]{1,80}$","description":"Create an aws_sfn_alias of this name routing to the published version (implies publish).","x-error":"must be 1 to 80 letters, digits, dashes or underscores"},"environmentValues":{"enum":["tfvars","defaults"],"default":"tfvars","description":"Where the environment's values go in `substitutions` mode: `<env>.auto.tfvars` (read when the folder is the root module; a calling module passes its own values), or the variables' defaults."}},"unevaluatedProperties":false},"templateOptions":{"type":"object","properties":{"definition":{"enum":["uri","inline"],"default":"uri","description":"uri: the definition stays a file (`DefinitionUri` / `DefinitionS3Location`, uploaded by `sam package` / `aws cloudformation package`); inline: the `Definition` object."},"formats":{"type":"array","items":{"enum":["json","yaml"]},"minItems":1,"uniqueItems":true,"default":["json","yaml"]},"logicalId":{"$ref":"#/$defs/namePattern","description":"Logical ID of the state machine resource (default: the workflow's name in PascalCase followed by `StateMachine`, once: `orders` → `OrdersStateMachine`, `my-state-machine` → `MyStateMachine`)."}}},"samTarget":{"type":"object","description":"`<workflow>.sam.json` / `.sam.yaml` with an AWS::Serverless::StateMachine.","allOf":[{"$ref":"#/$defs/commonOptions"},{"$ref":"#/$defs/deployOptions"},{"$ref":"#/$defs/templateOptions"}],"unevaluatedProperties":false,"properties":{"events":{"type":"object","description":"Events that start the state machine (SAM `Events`), by name: a schedule (`ScheduleV2`, EventBridge Scheduler) or an EventBridge rule (`EventBridgeRule`).","propertyNames":{"pattern":"^[A-Za-z0-9]{1,64}$","x-error":"must be 1 to 64 letters or digits"},"additionalProperties":{"$ref":"#/$defs/samEvent"}}}},"cloudformationTarget":{"type":"object","description":"`<workflow>.cfn.json` / `.cfn.yaml` with an AWS::StepFunctions::StateMachine.","allOf":[{"$ref":"#/$defs/commonOptions"},{"$ref":"#/$defs/deployOptions"},{"$ref":"#/$defs/templateOptions"}],"unevaluatedProperties":false},"iamTarget":{"type":"object","description":"`<workflow>.iam.json`: the policy document the workflow's role needs.","allOf":[{"$ref":"#/$defs/commonOptions"}],"properties":{"placeholders":{"enum":["inline","keep"],"default":"inline","description":"inline: resources use the environment's values; keep: `${Name}`."},"logging":{"type":"boolean","default":false,"description":"Add the CloudWatch Logs delivery permissions."},"tracing":{"type":"boolean","default":false,"description":"Add the X-Ray permissions."}},"unevaluatedProperties":false},"cloudFormationReference":{"type":"object","description":"A CloudFormation reference evaluated at deploy time: {\"Ref\": \"MyFunction\"}, {\"Fn::GetAtt\": [\"MyFunction\", \"Arn\"]}, {\"Fn::Sub\": \"arn:${AWS::Partition}:s3:::${Bucket}\"}, {\"Fn::ImportValue\": \"shared-queue-arn\"}.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"Ref":{"type":"string","minLength":1},"Fn::GetAtt":{"anyOf":[{"type":"string","pattern":"^[A-Za-z0-9]+\\.[A-Za-z0-9.]+$"},{"type":"array","items":{"type":"string","minLength":1},"minItems":2,"maxItems":2}]},"Fn::Sub":{"anyOf":[{"type":"string","minLength":1},{"type":"array","prefixItems":[{"type":"string","minLength":1},{"type":"object"}],"items":false,"minItems":2}]},"Fn::ImportValue":{"anyOf":[{"type":"string","minLength":1},{"type":"object"}]}}},"tags":{"type":"object","description":"Tags of every resource the target writes (state machine, role, log group).","propertyNames":{"type":"string","minLength":1,"maxLength":128,"pattern":"^(?!aws:)(?!Fn::)(?!Ref$)(?!Condition$)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$","x-error":"must be 1 to 128 letters, digits, spaces or _ . : / = + - @ (what AWS accepts in a tag), not starting with aws: or Fn::, and not Ref or Condition (CloudFormation would evaluate such a key)"},"additionalProperties":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$","x-error":"must be at most 256 letters, digits, spaces or _ . : / = + - @ (what AWS accepts in a tag value)"}},"samEvent":{"oneOf":[{"type":"object","required":["schedule"],"additionalProperties":false,"properties":{"schedule":{"type":"string","pattern":"^(rate|cron|at)\\(.+\\)$","description":"rate(…), cron(…) or at(…)."},"timezone":{"type":"string","minLength":1},"description":{"type":"string"},"enabled":{"type":"boolean","default":true},"input":{"description":"The execution input (any JSON value; written as JSON text)."}}},{"type":"object","required":["pattern"],"additionalProperties":false,"properties":{"pattern":{"type":"object","minProperties":1,"description":"The EventBridge event pattern."},"eventBusName":{"type":"string","minLength":1},"input":{"description":"The execution input (any JSON value; written as JSON text); default: the event."}}}],"x-error":"must be a schedule ({\"schedule\": \"rate(1 day)\"}) or an EventBridge rule ({\"pattern\": {…}})"},"serverlessTarget":{"type":"object","description":"`step-functions.yml`: the `stepFunctions` section of serverless.yml for the serverless-step-functions plugin (`stepFunctions: ${file(…/step-functions.yml)}`), and `params.yml`, the environment's values as stage parameters (`params: ${file(…/params.yml)}`).","allOf":[{"$ref":"#/$defs/commonOptions"}],"properties":{"placeholders":{"enum":["substitutions","inline","keep"],"default":"substitutions","description":"substitutions: placeholders are Serverless variables `${param:Name}` and params.yml holds the environment's values; keep: the same without params.yml; inline: the values are written into the definition."},"roleArn":{"$ref":"#/$defs/arnOrPlaceholder","description":"The execution role; without it the plugin creates one, with the derived policy as iamRoleStatements."},"logging":{"$ref":"#/$defs/logging"},"tracing":{"type":"boolean","default":false},"tags":{"$ref":"#/$defs/tags"}},"unevaluatedProperties":false}}};
const schema32 = {"type":"string","minLength":1,"description":"A path relative to the folder of aslc.config.json."};
const schema61 = {"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$","x-error":"must be 1 to 64 letters, digits, dashes or underscores, starting with a letter or digit"};
const func1 = ucs2length;
const schema33 = {"type":"object","required":["path"],"additionalProperties":false,"properties":{"path":{"$ref":"#/$defs/relativePath"},"type":{"$ref":"#/$defs/stateMachineType","description":"The state machine type of these workflows (default STANDARD); a target's `type` option wins."},"targets":{"type":"object","additionalProperties":false,"description":"Options for these workflows only, merged over the project's target options.","properties":{"asl":{"$ref":"#/$defs/aslTarget"},"terraform":{"$ref":"#/$defs/terraformTarget"},"sam":{"$ref":"#/$defs/samTarget"},"cloudformation":{"$ref":"#/$defs/cloudformationTarget"},"serverless":{"$ref":"#/$defs/serverlessTarget"},"iam":{"$ref":"#/$defs/iamTarget"}}}}};
const schema35 = {"enum":["STANDARD","EXPRESS"]};
const schema36 = {"type":"object","additionalProperties":false,"description":"`<workflow>.asl.json`.","properties":{"dir":{"$ref":"#/$defs/dir"},"type":{"$ref":"#/$defs/stateMachineType"},"placeholders":{"enum":["inline","keep"],"default":"inline","description":"inline: the environment's values are written in; keep: placeholders stay `${Name}`."}}};
const schema37 = {"type":"string","pattern":"^[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$","x-error":"must be a relative folder: names of letters, digits, dots, dashes and underscores separated by /, without ..","description":"Sub-folder of outDir for this target (default: the target's name)."};
const pattern4 = new RegExp("^[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$", "u");

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
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "dir") || (key0 === "type")) || (key0 === "placeholders"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.dir !== undefined){
let data0 = data.dir;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err1 = {instancePath:instancePath+"/dir",schemaPath:"#/$defs/dir/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$"},message:"must match pattern \""+"^[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$"+"\"",schema:"^[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$",parentSchema:schema37,data:data0};
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
const err2 = {instancePath:instancePath+"/dir",schemaPath:"#/$defs/dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(!((data1 === "STANDARD") || (data1 === "EXPRESS"))){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/stateMachineType/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values",schema:schema35.enum,parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.placeholders !== undefined){
let data2 = data.placeholders;
if(!((data2 === "inline") || (data2 === "keep"))){
const err4 = {instancePath:instancePath+"/placeholders",schemaPath:"#/properties/placeholders/enum",keyword:"enum",params:{allowedValues: schema36.properties.placeholders.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.placeholders.enum,parentSchema:schema36.properties.placeholders,data:data2};
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
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema39 = {"type":"object","description":"A Terraform module: `versions.tf` (required_providers), `variables.tf` (one variable per placeholder, shared by the workflows), `<env>.auto.tfvars` (the environment's values), `outputs.tf`, and per workflow `<workflow>.tf` (an aws_sfn_state_machine whose definition is templatefile() or file() of `<workflow>.asl.json`, its role, log group and alias).","allOf":[{"$ref":"#/$defs/commonOptions"},{"$ref":"#/$defs/deployOptions"}],"properties":{"resourceName":{"$ref":"#/$defs/namePattern","description":"The Terraform resource name (default `{workflow}` in snake_case); also prefixes the variables."},"publish":{"type":"boolean","default":false,"description":"Publish a version of the state machine on every change (`publish = true`)."},"alias":{"type":"string","pattern":"^[A-Za-z0-9_-]{1,80}$","description":"Create an aws_sfn_alias of this name routing to the published version (implies publish).","x-error":"must be 1 to 80 letters, digits, dashes or underscores"},"environmentValues":{"enum":["tfvars","defaults"],"default":"tfvars","description":"Where the environment's values go in `substitutions` mode: `<env>.auto.tfvars` (read when the folder is the root module; a calling module passes its own values), or the variables' defaults."}},"unevaluatedProperties":false};
const schema43 = {"type":"string","minLength":1,"description":"A name, where `{workflow}` and `{env}` are replaced by the workflow and environment names (fitted to the field's characters)."};
const schema40 = {"type":"object","properties":{"dir":{"$ref":"#/$defs/dir"},"type":{"$ref":"#/$defs/stateMachineType"},"stateMachineName":{"$ref":"#/$defs/namePattern","description":"The state machine's name (default `{workflow}`): 1–80 of A-Z a-z 0-9 _ -."},"partition":{"type":"string","pattern":"^aws(-[a-z]+)*$","default":"aws","description":"Partition of the ARNs aslc builds (the state machine's own ARN in policies)."}}};
const pattern6 = new RegExp("^aws(-[a-z]+)*$", "u");

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
if(data.dir !== undefined){
let data0 = data.dir;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err0 = {instancePath:instancePath+"/dir",schemaPath:"#/$defs/dir/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$"},message:"must match pattern \""+"^[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$"+"\"",schema:"^[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$",parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/dir",schemaPath:"#/$defs/dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(!((data1 === "STANDARD") || (data1 === "EXPRESS"))){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/stateMachineType/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values",schema:schema35.enum,parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.stateMachineName !== undefined){
let data2 = data.stateMachineName;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err3 = {instancePath:instancePath+"/stateMachineName",schemaPath:"#/$defs/namePattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43,data:data2};
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
const err4 = {instancePath:instancePath+"/stateMachineName",schemaPath:"#/$defs/namePattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.partition !== undefined){
let data3 = data.partition;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err5 = {instancePath:instancePath+"/partition",schemaPath:"#/properties/partition/pattern",keyword:"pattern",params:{pattern: "^aws(-[a-z]+)*$"},message:"must match pattern \""+"^aws(-[a-z]+)*$"+"\"",schema:"^aws(-[a-z]+)*$",parentSchema:schema40.properties.partition,data:data3};
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
const err6 = {instancePath:instancePath+"/partition",schemaPath:"#/properties/partition/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.partition.type,parentSchema:schema40.properties.partition,data:data3};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"dir":true,"type":true,"stateMachineName":true,"partition":true},"dynamicProps":false,"dynamicItems":false};

const schema44 = {"type":"object","properties":{"placeholders":{"$ref":"#/$defs/deployPlaceholders"},"roleArn":{"$ref":"#/$defs/arnOrPlaceholder","description":"The execution role (an ARN or `${Name}`). Without it, a role with the derived IAM policy is created."},"logging":{"$ref":"#/$defs/logging"},"tracing":{"type":"boolean","default":false,"description":"Enable AWS X-Ray tracing."},"permissionsBoundary":{"$ref":"#/$defs/arnOrPlaceholder","description":"ARN of the permissions boundary of the role the target creates (an ARN or `${Name}`). Not allowed with roleArn."},"tags":{"$ref":"#/$defs/tags"}}};
const schema45 = {"enum":["substitutions","inline","keep"],"default":"substitutions","description":"substitutions: the environment's values are passed through the target's mechanism (Terraform templatefile() variables whose defaults are the values; CloudFormation/SAM DefinitionSubstitutions). inline: the values are written into the definition itself (no substitution at deploy time). keep: no environment values; placeholders become deploy-time inputs (Terraform variables without default; CloudFormation parameters)."};
const schema46 = {"type":"string","pattern":"^(\\$\\{[A-Za-z][A-Za-z0-9_]*\\}|arn:[^$]+)$","x-error":"must be an ARN (arn:…) or ${Name}, the value of a placeholder"};
const schema50 = {"type":"object","description":"Tags of every resource the target writes (state machine, role, log group).","propertyNames":{"type":"string","minLength":1,"maxLength":128,"pattern":"^(?!aws:)(?!Fn::)(?!Ref$)(?!Condition$)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$","x-error":"must be 1 to 128 letters, digits, spaces or _ . : / = + - @ (what AWS accepts in a tag), not starting with aws: or Fn::, and not Ref or Condition (CloudFormation would evaluate such a key)"},"additionalProperties":{"type":"string","minLength":1,"maxLength":256,"pattern":"^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$","x-error":"must be at most 256 letters, digits, spaces or _ . : / = + - @ (what AWS accepts in a tag value)"}};
const pattern7 = new RegExp("^(\\$\\{[A-Za-z][A-Za-z0-9_]*\\}|arn:[^$]+)$", "u");
const pattern10 = new RegExp("^(?!aws:)(?!Fn::)(?!Ref$)(?!Condition$)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$", "u");
const pattern11 = new RegExp("^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$", "u");
const schema47 = {"type":"object","additionalProperties":false,"properties":{"level":{"enum":["ALL","ERROR","FATAL","OFF"],"default":"ERROR"},"includeExecutionData":{"type":"boolean","default":false},"logGroupArn":{"$ref":"#/$defs/arnOrPlaceholder","description":"ARN of an existing CloudWatch Logs log group, ending with `:*`. Without it, the target creates one."},"retentionInDays":{"enum":[1,3,5,7,14,30,60,90,120,150,180,365,400,545,731,1096,1827,2192,2557,2922,3288,3653],"description":"Retention of the log group the target creates (default: never expire). Not allowed with logGroupArn."}},"description":"Logging to CloudWatch Logs: to the log group `logGroupArn`, or, without it, to a log group the target creates (`/aws/vendedlogs/states/<state machine name>`, kept `retentionInDays`)."};

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
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "level") || (key0 === "includeExecutionData")) || (key0 === "logGroupArn")) || (key0 === "retentionInDays"))){
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
if(data.level !== undefined){
let data0 = data.level;
if(!((((data0 === "ALL") || (data0 === "ERROR")) || (data0 === "FATAL")) || (data0 === "OFF"))){
const err1 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/enum",keyword:"enum",params:{allowedValues: schema47.properties.level.enum},message:"must be equal to one of the allowed values",schema:schema47.properties.level.enum,parentSchema:schema47.properties.level,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.includeExecutionData !== undefined){
let data1 = data.includeExecutionData;
if(typeof data1 !== "boolean"){
const err2 = {instancePath:instancePath+"/includeExecutionData",schemaPath:"#/properties/includeExecutionData/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema47.properties.includeExecutionData.type,parentSchema:schema47.properties.includeExecutionData,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.logGroupArn !== undefined){
let data2 = data.logGroupArn;
if(typeof data2 === "string"){
if(!pattern7.test(data2)){
const err3 = {instancePath:instancePath+"/logGroupArn",schemaPath:"#/$defs/arnOrPlaceholder/pattern",keyword:"pattern",params:{pattern: "^(\\$\\{[A-Za-z][A-Za-z0-9_]*\\}|arn:[^$]+)$"},message:"must match pattern \""+"^(\\$\\{[A-Za-z][A-Za-z0-9_]*\\}|arn:[^$]+)$"+"\"",schema:"^(\\$\\{[A-Za-z][A-Za-z0-9_]*\\}|arn:[^$]+)$",parentSchema:schema46,data:data2};
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
const err4 = {instancePath:instancePath+"/logGroupArn",schemaPath:"#/$defs/arnOrPlaceholder/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.retentionInDays !== undefined){
let data3 = data.retentionInDays;
if(!((((((((((((((((((((((data3 === 1) || (data3 === 3)) || (data3 === 5)) || (data3 === 7)) || (data3 === 14)) || (data3 === 30)) || (data3 === 60)) || (data3 === 90)) || (data3 === 120)) || (data3 === 150)) || (data3 === 180)) || (data3 === 365)) || (data3 === 400)) || (data3 === 545)) || (data3 === 731)) || (data3 === 1096)) || (data3 === 1827)) || (data3 === 2192)) || (data3 === 2557)) || (data3 === 2922)) || (data3 === 3288)) || (data3 === 3653))){
const err5 = {instancePath:instancePath+"/retentionInDays",schemaPath:"#/properties/retentionInDays/enum",keyword:"enum",params:{allowedValues: schema47.properties.retentionInDays.enum},message:"must be equal to one of the allowed values",schema:schema47.properties.retentionInDays.enum,parentSchema:schema47.properties.retentionInDays,data:data3};
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
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data.placeholders !== undefined){
let data0 = data.placeholders;
if(!(((data0 === "substitutions") || (data0 === "inline")) || (data0 === "keep"))){
const err0 = {instancePath:instancePath+"/placeholders",schemaPath:"#/$defs/deployPlaceholders/enum",keyword:"enum",params:{allowedValues: schema45.enum},message:"must be equal to one of the allowed values",schema:schema45.enum,parentSchema:schema45,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.roleArn !== undefined){
let data1 = data.roleArn;
if(typeof data1 === "string"){
if(!pattern7.test(data1)){
const err1 = {instancePath:instancePath+"/roleArn",schemaPath:"#/$defs/arnOrPlaceholder/pattern",keyword:"pattern",params:{pattern: "^(\\$\\{[A-Za-z][A-Za-z0-9_]*\\}|arn:[^$]+)$"},message:"must match pattern \""+"^(\\$\\{[A-Za-z][A-Za-z0-9_]*\\}|arn:[^$]+)$"+"\"",schema:"^(\\$\\{[A-Za-z][A-Za-z0-9_]*\\}|arn:[^$]+)$",parentSchema:schema46,data:data1};
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
const err2 = {instancePath:instancePath+"/roleArn",schemaPath:"#/$defs/arnOrPlaceholder/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.logging !== undefined){
if(!(validate28(data.logging, {instancePath:instancePath+"/logging",parentData:data,parentDataProperty:"logging",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.tracing !== undefined){
let data3 = data.tracing;
if(typeof data3 !== "boolean"){
const err3 = {instancePath:instancePath+"/tracing",schemaPath:"#/properties/tracing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema44.properties.tracing.type,parentSchema:schema44.properties.tracing,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.permissionsBoundary !== undefined){
let data4 = data.permissionsBoundary;
if(typeof data4 === "string"){
if(!pattern7.test(data4)){
const err4 = {instancePath:instancePath+"/permissionsBoundary",schemaPath:"#/$defs/arnOrPlaceholder/pattern",keyword:"pattern",params:{pattern: "^(\\$\\{[A-Za-z][A-Za-z0-9_]*\\}|arn:[^$]+)$"},message:"must match pattern \""+"^(\\$\\{[A-Za-z][A-Za-z0-9_]*\\}|arn:[^$]+)$"+"\"",schema:"^(\\$\\{[A-Za-z][A-Za-z0-9_]*\\}|arn:[^$]+)$",parentSchema:schema46,data:data4};
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
const err5 = {instancePath:instancePath+"/permissionsBoundary",schemaPath:"#/$defs/arnOrPlaceholder/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.tags !== undefined){
let data5 = data.tags;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key0 in data5){
const _errs17 = errors;
if(typeof key0 === "string"){
if(func1(key0) > 128){
const err6 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema50.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(key0) < 1){
const err7 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern10.test(key0)){
const err8 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(?!aws:)(?!Fn::)(?!Ref$)(?!Condition$)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"},message:"must match pattern \""+"^(?!aws:)(?!Fn::)(?!Ref$)(?!Condition$)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"+"\"",schema:"^(?!aws:)(?!Fn::)(?!Ref$)(?!Condition$)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$",parentSchema:schema50.propertyNames,data:key0,propertyName:key0};
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
const err9 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.propertyNames.type,parentSchema:schema50.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var valid5 = _errs17 === errors;
if(!valid5){
const err10 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema50.propertyNames,parentSchema:schema50,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
for(const key1 in data5){
let data6 = data5[key1];
if(typeof data6 === "string"){
if(func1(data6) > 256){
const err11 = {instancePath:instancePath+"/tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tags/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema50.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func1(data6) < 1){
const err12 = {instancePath:instancePath+"/tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tags/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern11.test(data6)){
const err13 = {instancePath:instancePath+"/tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tags/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"},message:"must match pattern \""+"^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"+"\"",schema:"^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$",parentSchema:schema50.additionalProperties,data:data6};
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
const err14 = {instancePath:instancePath+"/tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.additionalProperties.type,parentSchema:schema50.additionalProperties,data:data6};
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
else {
const err15 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data:data5};
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
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"placeholders":true,"roleArn":true,"logging":true,"tracing":true,"permissionsBoundary":true,"tags":true},"dynamicProps":false,"dynamicItems":false};

const pattern12 = new RegExp("^[A-Za-z0-9_-]{1,80}$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.resourceName !== undefined){
let data0 = data.resourceName;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err0 = {instancePath:instancePath+"/resourceName",schemaPath:"#/$defs/namePattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/resourceName",schemaPath:"#/$defs/namePattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.publish !== undefined){
let data1 = data.publish;
if(typeof data1 !== "boolean"){
const err2 = {instancePath:instancePath+"/publish",schemaPath:"#/properties/publish/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema39.properties.publish.type,parentSchema:schema39.properties.publish,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.alias !== undefined){
let data2 = data.alias;
if(typeof data2 === "string"){
if(!pattern12.test(data2)){
const err3 = {instancePath:instancePath+"/alias",schemaPath:"#/properties/alias/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,80}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,80}$"+"\"",schema:"^[A-Za-z0-9_-]{1,80}$",parentSchema:schema39.properties.alias,data:data2};
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
const err4 = {instancePath:instancePath+"/alias",schemaPath:"#/properties/alias/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.alias.type,parentSchema:schema39.properties.alias,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.environmentValues !== undefined){
let data3 = data.environmentValues;
if(!((data3 === "tfvars") || (data3 === "defaults"))){
const err5 = {instancePath:instancePath+"/environmentValues",schemaPath:"#/properties/environmentValues/enum",keyword:"enum",params:{allowedValues: schema39.properties.environmentValues.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.environmentValues.enum,parentSchema:schema39.properties.environmentValues,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
for(const key0 in data){
if((((((((((((((key0 !== "resourceName") && (key0 !== "publish")) && (key0 !== "alias")) && (key0 !== "environmentValues")) && (key0 !== "placeholders")) && (key0 !== "roleArn")) && (key0 !== "logging")) && (key0 !== "tracing")) && (key0 !== "permissionsBoundary")) && (key0 !== "tags")) && (key0 !== "dir")) && (key0 !== "type")) && (key0 !== "stateMachineName")) && (key0 !== "partition")){
const err6 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema39,data};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema52 = {"type":"object","description":"`<workflow>.sam.json` / `.sam.yaml` with an AWS::Serverless::StateMachine.","allOf":[{"$ref":"#/$defs/commonOptions"},{"$ref":"#/$defs/deployOptions"},{"$ref":"#/$defs/templateOptions"}],"unevaluatedProperties":false,"properties":{"events":{"type":"object","description":"Events that start the state machine (SAM `Events`), by name: a schedule (`ScheduleV2`, EventBridge Scheduler) or an EventBridge rule (`EventBridgeRule`).","propertyNames":{"pattern":"^[A-Za-z0-9]{1,64}$","x-error":"must be 1 to 64 letters or digits"},"additionalProperties":{"$ref":"#/$defs/samEvent"}}}};
const schema55 = {"oneOf":[{"type":"object","required":["schedule"],"additionalProperties":false,"properties":{"schedule":{"type":"string","pattern":"^(rate|cron|at)\\(.+\\)$","description":"rate(…), cron(…) or at(…)."},"timezone":{"type":"string","minLength":1},"description":{"type":"string"},"enabled":{"type":"boolean","default":true},"input":{"description":"The execution input (any JSON value; written as JSON text)."}}},{"type":"object","required":["pattern"],"additionalProperties":false,"properties":{"pattern":{"type":"object","minProperties":1,"description":"The EventBridge event pattern."},"eventBusName":{"type":"string","minLength":1},"input":{"description":"The execution input (any JSON value; written as JSON text); default: the event."}}}],"x-error":"must be a schedule ({\"schedule\": \"rate(1 day)\"}) or an EventBridge rule ({\"pattern\": {…}})"};
const schema53 = {"type":"object","properties":{"definition":{"enum":["uri","inline"],"default":"uri","description":"uri: the definition stays a file (`DefinitionUri` / `DefinitionS3Location`, uploaded by `sam package` / `aws cloudformation package`); inline: the `Definition` object."},"formats":{"type":"array","items":{"enum":["json","yaml"]},"minItems":1,"uniqueItems":true,"default":["json","yaml"]},"logicalId":{"$ref":"#/$defs/namePattern","description":"Logical ID of the state machine resource (default: the workflow's name in PascalCase followed by `StateMachine`, once: `orders` → `OrdersStateMachine`, `my-state-machine` → `MyStateMachine`)."}}};
const func0 = deepEqual;

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.definition !== undefined){
let data0 = data.definition;
if(!((data0 === "uri") || (data0 === "inline"))){
const err0 = {instancePath:instancePath+"/definition",schemaPath:"#/properties/definition/enum",keyword:"enum",params:{allowedValues: schema53.properties.definition.enum},message:"must be equal to one of the allowed values",schema:schema53.properties.definition.enum,parentSchema:schema53.properties.definition,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.formats !== undefined){
let data1 = data.formats;
if(Array.isArray(data1)){
if(data1.length < 1){
const err1 = {instancePath:instancePath+"/formats",schemaPath:"#/properties/formats/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema53.properties.formats,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(!((data2 === "json") || (data2 === "yaml"))){
const err2 = {instancePath:instancePath+"/formats/" + i0,schemaPath:"#/properties/formats/items/enum",keyword:"enum",params:{allowedValues: schema53.properties.formats.items.enum},message:"must be equal to one of the allowed values",schema:schema53.properties.formats.items.enum,parentSchema:schema53.properties.formats.items,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let i1 = data1.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data1[i1], data1[j0])){
const err3 = {instancePath:instancePath+"/formats",schemaPath:"#/properties/formats/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema53.properties.formats,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err4 = {instancePath:instancePath+"/formats",schemaPath:"#/properties/formats/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.formats.type,parentSchema:schema53.properties.formats,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.logicalId !== undefined){
let data3 = data.logicalId;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err5 = {instancePath:instancePath+"/logicalId",schemaPath:"#/$defs/namePattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43,data:data3};
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
const err6 = {instancePath:instancePath+"/logicalId",schemaPath:"#/$defs/namePattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data3};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":{"definition":true,"formats":true,"logicalId":true},"dynamicProps":false,"dynamicItems":false};

const pattern13 = new RegExp("^[A-Za-z0-9]{1,64}$", "u");
const pattern14 = new RegExp("^(rate|cron|at)\\(.+\\)$", "u");

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
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
if(!(validate35(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.events !== undefined){
let data0 = data.events;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key0 in data0){
const _errs6 = errors;
if(typeof key0 === "string"){
if(!pattern13.test(key0)){
const err0 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9]{1,64}$"+"\"",schema:"^[A-Za-z0-9]{1,64}$",parentSchema:schema52.properties.events.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid2 = _errs6 === errors;
if(!valid2){
const err1 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema52.properties.events.propertyNames,parentSchema:schema52.properties.events,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key1 in data0){
let data1 = data0[key1];
const _errs11 = errors;
let valid5 = false;
let passing0 = null;
const _errs12 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.schedule === undefined){
const err2 = {instancePath:instancePath+"/events/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/samEvent/oneOf/0/required",keyword:"required",params:{missingProperty: "schedule"},message:"must have required property '"+"schedule"+"'",schema:schema55.oneOf[0].required,parentSchema:schema55.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key2 in data1){
if(!(((((key2 === "schedule") || (key2 === "timezone")) || (key2 === "description")) || (key2 === "enabled")) || (key2 === "input"))){
const err3 = {instancePath:instancePath+"/events/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/samEvent/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema55.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.schedule !== undefined){
let data2 = data1.schedule;
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err4 = {instancePath:instancePath+"/events/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/schedule",schemaPath:"#/$defs/samEvent/oneOf/0/properties/schedule/pattern",keyword:"pattern",params:{pattern: "^(rate|cron|at)\\(.+\\)$"},message:"must match pattern \""+"^(rate|cron|at)\\(.+\\)$"+"\"",schema:"^(rate|cron|at)\\(.+\\)$",parentSchema:schema55.oneOf[0].properties.schedule,data:data2};
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
const err5 = {instancePath:instancePath+"/events/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/schedule",schemaPath:"#/$defs/samEvent/oneOf/0/properties/schedule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.oneOf[0].properties.schedule.type,parentSchema:schema55.oneOf[0].properties.schedule,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.timezone !== undefined){
let data3 = data1.timezone;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err6 = {instancePath:instancePath+"/events/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/timezone",schemaPath:"#/$defs/samEvent/oneOf/0/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.oneOf[0].properties.timezone,data:data3};
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
const err7 = {instancePath:instancePath+"/events/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/timezone",schemaPath:"#/$defs/samEvent/oneOf/0/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.oneOf[0].properties.timezone.type,parentSchema:schema55.oneOf[0].properties.timezone,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.description !== undefined){
let data4 = data1.description;
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/events/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/$defs/samEvent/oneOf/0/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.oneOf[0].properties.description.type,parentSchema:schema55.oneOf[0].properties.description,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data1.enabled !== undefined){
let data5 = data1.enabled;
if(typeof data5 !== "boolean"){
const err9 = {instancePath:instancePath+"/events/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/enabled",schemaPath:"#/$defs/samEvent/oneOf/0/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema55.oneOf[0].properties.enabled.type,parentSchema:schema55.oneOf[0].properties.enabled,data:data5};
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
else {
const err10 = {instancePath:instancePath+"/events/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/samEvent/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.oneOf[0].type,parentSchema:schema55.oneOf[0],data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
var props0 = true;
}
const _errs23 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.pattern === undefined){
const err11 = {instancePath:instancePath+"/events/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/samEvent/oneOf/1/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'",schema:schema55.oneOf[1].required,parentSchema:schema55.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key3 in data1){
if(!(((key3 === "pattern") || (key3 === "eventBusName")) || (key3 === "input"))){
const err12 = {instancePath:instancePath+"/events/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/samEvent/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema55.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.pattern !== undefined){
let data6 = data1.pattern;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(Object.keys(data6).length < 1){
const err13 = {instancePath:instancePath+"/events/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/pattern",schemaPath:"#/$defs/samEvent/oneOf/1/properties/pattern/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema55.oneOf[1].properties.pattern,data:data6};
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
const err14 = {instancePath:instancePath+"/events/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/pattern",schemaPath:"#/$defs/samEvent/oneOf/1/properties/pattern/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.oneOf[1].properties.pattern.type,parentSchema:schema55.oneOf[1].properties.pattern,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data1.eventBusName !== undefined){
let data7 = data1.eventBusName;
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err15 = {instancePath:instancePath+"/events/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/eventBusName",schemaPath:"#/$defs/samEvent/oneOf/1/properties/eventBusName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.oneOf[1].properties.eventBusName,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/events/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/eventBusName",schemaPath:"#/$defs/samEvent/oneOf/1/properties/eventBusName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.oneOf[1].properties.eventBusName.type,parentSchema:schema55.oneOf[1].properties.eventBusName,data:data7};
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
else {
const err17 = {instancePath:instancePath+"/events/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/samEvent/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.oneOf[1].type,parentSchema:schema55.oneOf[1],data:data1};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs23 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
}
if(!valid5){
const err18 = {instancePath:instancePath+"/events/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/samEvent/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema55.oneOf,parentSchema:schema55,data:data1};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
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
else {
const err19 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.properties.events.type,parentSchema:schema52.properties.events,data:data0};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key4 in data){
if((((((((((((((key4 !== "events") && (key4 !== "definition")) && (key4 !== "formats")) && (key4 !== "logicalId")) && (key4 !== "placeholders")) && (key4 !== "roleArn")) && (key4 !== "logging")) && (key4 !== "tracing")) && (key4 !== "permissionsBoundary")) && (key4 !== "tags")) && (key4 !== "dir")) && (key4 !== "type")) && (key4 !== "stateMachineName")) && (key4 !== "partition")){
const err20 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key4},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema56 = {"type":"object","description":"`<workflow>.cfn.json` / `.cfn.yaml` with an AWS::StepFunctions::StateMachine.","allOf":[{"$ref":"#/$defs/commonOptions"},{"$ref":"#/$defs/deployOptions"},{"$ref":"#/$defs/templateOptions"}],"unevaluatedProperties":false};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
if(!(validate27(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
if(!(validate35(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(((((((((((((key0 !== "definition") && (key0 !== "formats")) && (key0 !== "logicalId")) && (key0 !== "placeholders")) && (key0 !== "roleArn")) && (key0 !== "logging")) && (key0 !== "tracing")) && (key0 !== "permissionsBoundary")) && (key0 !== "tags")) && (key0 !== "dir")) && (key0 !== "type")) && (key0 !== "stateMachineName")) && (key0 !== "partition")){
const err0 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema56,data};
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
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema57 = {"type":"object","description":"`step-functions.yml`: the `stepFunctions` section of serverless.yml for the serverless-step-functions plugin (`stepFunctions: ${file(…/step-functions.yml)}`), and `params.yml`, the environment's values as stage parameters (`params: ${file(…/params.yml)}`).","allOf":[{"$ref":"#/$defs/commonOptions"}],"properties":{"placeholders":{"enum":["substitutions","inline","keep"],"default":"substitutions","description":"substitutions: placeholders are Serverless variables `${param:Name}` and params.yml holds the environment's values; keep: the same without params.yml; inline: the values are written into the definition."},"roleArn":{"$ref":"#/$defs/arnOrPlaceholder","description":"The execution role; without it the plugin creates one, with the derived policy as iamRoleStatements."},"logging":{"$ref":"#/$defs/logging"},"tracing":{"type":"boolean","default":false},"tags":{"$ref":"#/$defs/tags"}},"unevaluatedProperties":false};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.placeholders !== undefined){
let data0 = data.placeholders;
if(!(((data0 === "substitutions") || (data0 === "inline")) || (data0 === "keep"))){
const err0 = {instancePath:instancePath+"/placeholders",schemaPath:"#/properties/placeholders/enum",keyword:"enum",params:{allowedValues: schema57.properties.placeholders.enum},message:"must be equal to one of the allowed values",schema:schema57.properties.placeholders.enum,parentSchema:schema57.properties.placeholders,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.roleArn !== undefined){
let data1 = data.roleArn;
if(typeof data1 === "string"){
if(!pattern7.test(data1)){
const err1 = {instancePath:instancePath+"/roleArn",schemaPath:"#/$defs/arnOrPlaceholder/pattern",keyword:"pattern",params:{pattern: "^(\\$\\{[A-Za-z][A-Za-z0-9_]*\\}|arn:[^$]+)$"},message:"must match pattern \""+"^(\\$\\{[A-Za-z][A-Za-z0-9_]*\\}|arn:[^$]+)$"+"\"",schema:"^(\\$\\{[A-Za-z][A-Za-z0-9_]*\\}|arn:[^$]+)$",parentSchema:schema46,data:data1};
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
const err2 = {instancePath:instancePath+"/roleArn",schemaPath:"#/$defs/arnOrPlaceholder/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.logging !== undefined){
if(!(validate28(data.logging, {instancePath:instancePath+"/logging",parentData:data,parentDataProperty:"logging",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data.tracing !== undefined){
let data3 = data.tracing;
if(typeof data3 !== "boolean"){
const err3 = {instancePath:instancePath+"/tracing",schemaPath:"#/properties/tracing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema57.properties.tracing.type,parentSchema:schema57.properties.tracing,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.tags !== undefined){
let data4 = data.tags;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key0 in data4){
const _errs13 = errors;
if(typeof key0 === "string"){
if(func1(key0) > 128){
const err4 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema50.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func1(key0) < 1){
const err5 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern10.test(key0)){
const err6 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(?!aws:)(?!Fn::)(?!Ref$)(?!Condition$)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"},message:"must match pattern \""+"^(?!aws:)(?!Fn::)(?!Ref$)(?!Condition$)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"+"\"",schema:"^(?!aws:)(?!Fn::)(?!Ref$)(?!Condition$)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$",parentSchema:schema50.propertyNames,data:key0,propertyName:key0};
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
const err7 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.propertyNames.type,parentSchema:schema50.propertyNames,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid4 = _errs13 === errors;
if(!valid4){
const err8 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema50.propertyNames,parentSchema:schema50,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key1 in data4){
let data5 = data4[key1];
if(typeof data5 === "string"){
if(func1(data5) > 256){
const err9 = {instancePath:instancePath+"/tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tags/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema50.additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func1(data5) < 1){
const err10 = {instancePath:instancePath+"/tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tags/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern11.test(data5)){
const err11 = {instancePath:instancePath+"/tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tags/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"},message:"must match pattern \""+"^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"+"\"",schema:"^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$",parentSchema:schema50.additionalProperties,data:data5};
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
const err12 = {instancePath:instancePath+"/tags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.additionalProperties.type,parentSchema:schema50.additionalProperties,data:data5};
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
const err13 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
for(const key2 in data){
if(((((((((key2 !== "placeholders") && (key2 !== "roleArn")) && (key2 !== "logging")) && (key2 !== "tracing")) && (key2 !== "tags")) && (key2 !== "dir")) && (key2 !== "type")) && (key2 !== "stateMachineName")) && (key2 !== "partition")){
const err14 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key2},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema57,data};
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
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema60 = {"type":"object","description":"`<workflow>.iam.json`: the policy document the workflow's role needs.","allOf":[{"$ref":"#/$defs/commonOptions"}],"properties":{"placeholders":{"enum":["inline","keep"],"default":"inline","description":"inline: resources use the environment's values; keep: `${Name}`."},"logging":{"type":"boolean","default":false,"description":"Add the CloudWatch Logs delivery permissions."},"tracing":{"type":"boolean","default":false,"description":"Add the X-Ray permissions."}},"unevaluatedProperties":false};

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
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.placeholders !== undefined){
let data0 = data.placeholders;
if(!((data0 === "inline") || (data0 === "keep"))){
const err0 = {instancePath:instancePath+"/placeholders",schemaPath:"#/properties/placeholders/enum",keyword:"enum",params:{allowedValues: schema60.properties.placeholders.enum},message:"must be equal to one of the allowed values",schema:schema60.properties.placeholders.enum,parentSchema:schema60.properties.placeholders,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.logging !== undefined){
let data1 = data.logging;
if(typeof data1 !== "boolean"){
const err1 = {instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema60.properties.logging.type,parentSchema:schema60.properties.logging,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.tracing !== undefined){
let data2 = data.tracing;
if(typeof data2 !== "boolean"){
const err2 = {instancePath:instancePath+"/tracing",schemaPath:"#/properties/tracing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema60.properties.tracing.type,parentSchema:schema60.properties.tracing,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
for(const key0 in data){
if(((((((key0 !== "placeholders") && (key0 !== "logging")) && (key0 !== "tracing")) && (key0 !== "dir")) && (key0 !== "type")) && (key0 !== "stateMachineName")) && (key0 !== "partition")){
const err3 = {instancePath,schemaPath:"#/unevaluatedProperties",keyword:"unevaluatedProperties",params:{unevaluatedProperty: key0},message:"must NOT have unevaluated properties",schema:false,parentSchema:schema60,data};
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
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "path") || (key0 === "type")) || (key0 === "targets"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.path !== undefined){
let data0 = data.path;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/path",schemaPath:"#/$defs/relativePath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/path",schemaPath:"#/$defs/relativePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(!((data1 === "STANDARD") || (data1 === "EXPRESS"))){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/$defs/stateMachineType/enum",keyword:"enum",params:{allowedValues: schema35.enum},message:"must be equal to one of the allowed values",schema:schema35.enum,parentSchema:schema35,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.targets !== undefined){
let data2 = data.targets;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!((((((key1 === "asl") || (key1 === "terraform")) || (key1 === "sam")) || (key1 === "cloudformation")) || (key1 === "serverless")) || (key1 === "iam"))){
const err5 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema33.properties.targets,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.asl !== undefined){
if(!(validate22(data2.asl, {instancePath:instancePath+"/targets/asl",parentData:data2,parentDataProperty:"asl",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data2.terraform !== undefined){
if(!(validate24(data2.terraform, {instancePath:instancePath+"/targets/terraform",parentData:data2,parentDataProperty:"terraform",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data2.sam !== undefined){
if(!(validate32(data2.sam, {instancePath:instancePath+"/targets/sam",parentData:data2,parentDataProperty:"sam",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data2.cloudformation !== undefined){
if(!(validate38(data2.cloudformation, {instancePath:instancePath+"/targets/cloudformation",parentData:data2,parentDataProperty:"cloudformation",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data2.serverless !== undefined){
if(!(validate43(data2.serverless, {instancePath:instancePath+"/targets/serverless",parentData:data2,parentDataProperty:"serverless",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
if(data2.iam !== undefined){
if(!(validate47(data2.iam, {instancePath:instancePath+"/targets/iam",parentData:data2,parentDataProperty:"iam",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.properties.targets.type,parentSchema:schema33.properties.targets,data:data2};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema62 = {"type":"object","additionalProperties":false,"properties":{"description":{"type":"string"},"placeholders":{"$ref":"#/$defs/placeholderValues"}}};
const schema63 = {"type":"object","description":"Placeholder name → value: a string (an ARN, a name, a URL…), or a CloudFormation reference that the sam and cloudformation targets place into DefinitionSubstitutions (resolved by CloudFormation at deploy time; the other targets refuse it, except in `keep` mode).","propertyNames":{"$ref":"#/$defs/placeholderName"},"additionalProperties":{"anyOf":[{"type":"string"},{"$ref":"#/$defs/cloudFormationReference"}],"x-error":"must be a string, or an object with exactly one of Ref, Fn::GetAtt, Fn::Sub, Fn::ImportValue"}};
const schema64 = {"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*$","maxLength":128,"x-error":"must be a letter followed by letters, digits or underscores (or dotted segments of them, CDK style), at most 128 characters"};
const schema65 = {"type":"object","description":"A CloudFormation reference evaluated at deploy time: {\"Ref\": \"MyFunction\"}, {\"Fn::GetAtt\": [\"MyFunction\", \"Arn\"]}, {\"Fn::Sub\": \"arn:${AWS::Partition}:s3:::${Bucket}\"}, {\"Fn::ImportValue\": \"shared-queue-arn\"}.","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"Ref":{"type":"string","minLength":1},"Fn::GetAtt":{"anyOf":[{"type":"string","pattern":"^[A-Za-z0-9]+\\.[A-Za-z0-9.]+$"},{"type":"array","items":{"type":"string","minLength":1},"minItems":2,"maxItems":2}]},"Fn::Sub":{"anyOf":[{"type":"string","minLength":1},{"type":"array","prefixItems":[{"type":"string","minLength":1},{"type":"object"}],"items":false,"minItems":2}]},"Fn::ImportValue":{"anyOf":[{"type":"string","minLength":1},{"type":"object"}]}}};
const pattern19 = new RegExp("^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*$", "u");
const pattern20 = new RegExp("^[A-Za-z0-9]+\\.[A-Za-z0-9.]+$", "u");

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const _errs1 = errors;
if(typeof key0 === "string"){
if(func1(key0) > 128){
const err0 = {instancePath,schemaPath:"#/$defs/placeholderName/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema64,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern19.test(key0)){
const err1 = {instancePath,schemaPath:"#/$defs/placeholderName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*$",parentSchema:schema64,data:key0,propertyName:key0};
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
const err2 = {instancePath,schemaPath:"#/$defs/placeholderName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.type,parentSchema:schema64,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err3 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema63.propertyNames,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
for(const key1 in data){
let data0 = data[key1];
const _errs7 = errors;
let valid3 = false;
const _errs8 = errors;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.additionalProperties.anyOf[0].type,parentSchema:schema63.additionalProperties.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid3 = valid3 || _valid0;
const _errs10 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(Object.keys(data0).length > 1){
const err5 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/cloudFormationReference/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema65,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(Object.keys(data0).length < 1){
const err6 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/cloudFormationReference/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema65,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key2 in data0){
if(!((((key2 === "Ref") || (key2 === "Fn::GetAtt")) || (key2 === "Fn::Sub")) || (key2 === "Fn::ImportValue"))){
const err7 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/cloudFormationReference/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema65,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.Ref !== undefined){
let data1 = data0.Ref;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err8 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/Ref",schemaPath:"#/$defs/cloudFormationReference/properties/Ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.Ref,data:data1};
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
const err9 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/Ref",schemaPath:"#/$defs/cloudFormationReference/properties/Ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.Ref.type,parentSchema:schema65.properties.Ref,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0["Fn::GetAtt"] !== undefined){
let data2 = data0["Fn::GetAtt"];
const _errs17 = errors;
let valid6 = false;
const _errs18 = errors;
if(typeof data2 === "string"){
if(!pattern20.test(data2)){
const err10 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/Fn::GetAtt",schemaPath:"#/$defs/cloudFormationReference/properties/Fn%3A%3AGetAtt/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]+\\.[A-Za-z0-9.]+$"},message:"must match pattern \""+"^[A-Za-z0-9]+\\.[A-Za-z0-9.]+$"+"\"",schema:"^[A-Za-z0-9]+\\.[A-Za-z0-9.]+$",parentSchema:schema65.properties["Fn::GetAtt"].anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/Fn::GetAtt",schemaPath:"#/$defs/cloudFormationReference/properties/Fn%3A%3AGetAtt/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties["Fn::GetAtt"].anyOf[0].type,parentSchema:schema65.properties["Fn::GetAtt"].anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid6 = valid6 || _valid1;
const _errs20 = errors;
if(Array.isArray(data2)){
if(data2.length > 2){
const err12 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/Fn::GetAtt",schemaPath:"#/$defs/cloudFormationReference/properties/Fn%3A%3AGetAtt/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema65.properties["Fn::GetAtt"].anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2.length < 2){
const err13 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/Fn::GetAtt",schemaPath:"#/$defs/cloudFormationReference/properties/Fn%3A%3AGetAtt/anyOf/1/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema65.properties["Fn::GetAtt"].anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err14 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/Fn::GetAtt/" + i0,schemaPath:"#/$defs/cloudFormationReference/properties/Fn%3A%3AGetAtt/anyOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties["Fn::GetAtt"].anyOf[1].items,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/Fn::GetAtt/" + i0,schemaPath:"#/$defs/cloudFormationReference/properties/Fn%3A%3AGetAtt/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties["Fn::GetAtt"].anyOf[1].items.type,parentSchema:schema65.properties["Fn::GetAtt"].anyOf[1].items,data:data3};
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
const err16 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/Fn::GetAtt",schemaPath:"#/$defs/cloudFormationReference/properties/Fn%3A%3AGetAtt/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties["Fn::GetAtt"].anyOf[1].type,parentSchema:schema65.properties["Fn::GetAtt"].anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid1 = _errs20 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err17 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/Fn::GetAtt",schemaPath:"#/$defs/cloudFormationReference/properties/Fn%3A%3AGetAtt/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema65.properties["Fn::GetAtt"].anyOf,parentSchema:schema65.properties["Fn::GetAtt"],data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
if(data0["Fn::Sub"] !== undefined){
let data4 = data0["Fn::Sub"];
const _errs25 = errors;
let valid9 = false;
const _errs26 = errors;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err18 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/Fn::Sub",schemaPath:"#/$defs/cloudFormationReference/properties/Fn%3A%3ASub/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties["Fn::Sub"].anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/Fn::Sub",schemaPath:"#/$defs/cloudFormationReference/properties/Fn%3A%3ASub/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties["Fn::Sub"].anyOf[0].type,parentSchema:schema65.properties["Fn::Sub"].anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid2 = _errs26 === errors;
valid9 = valid9 || _valid2;
const _errs28 = errors;
if(Array.isArray(data4)){
if(data4.length < 2){
const err20 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/Fn::Sub",schemaPath:"#/$defs/cloudFormationReference/properties/Fn%3A%3ASub/anyOf/1/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema65.properties["Fn::Sub"].anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const len1 = data4.length;
if(len1 > 0){
let data5 = data4[0];
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err21 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/Fn::Sub/0",schemaPath:"#/$defs/cloudFormationReference/properties/Fn%3A%3ASub/anyOf/1/prefixItems/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties["Fn::Sub"].anyOf[1].prefixItems[0],data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/Fn::Sub/0",schemaPath:"#/$defs/cloudFormationReference/properties/Fn%3A%3ASub/anyOf/1/prefixItems/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties["Fn::Sub"].anyOf[1].prefixItems[0].type,parentSchema:schema65.properties["Fn::Sub"].anyOf[1].prefixItems[0],data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(len1 > 1){
let data6 = data4[1];
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
const err23 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/Fn::Sub/1",schemaPath:"#/$defs/cloudFormationReference/properties/Fn%3A%3ASub/anyOf/1/prefixItems/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.properties["Fn::Sub"].anyOf[1].prefixItems[1].type,parentSchema:schema65.properties["Fn::Sub"].anyOf[1].prefixItems[1],data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
const len2 = data4.length;
if(!(len2 <= 2)){
const err24 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/Fn::Sub",schemaPath:"#/$defs/cloudFormationReference/properties/Fn%3A%3ASub/anyOf/1/items",keyword:"items",params:{limit: 2},message:"must NOT have more than 2 items",schema:false,parentSchema:schema65.properties["Fn::Sub"].anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/Fn::Sub",schemaPath:"#/$defs/cloudFormationReference/properties/Fn%3A%3ASub/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties["Fn::Sub"].anyOf[1].type,parentSchema:schema65.properties["Fn::Sub"].anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid2 = _errs28 === errors;
valid9 = valid9 || _valid2;
if(!valid9){
const err26 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/Fn::Sub",schemaPath:"#/$defs/cloudFormationReference/properties/Fn%3A%3ASub/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema65.properties["Fn::Sub"].anyOf,parentSchema:schema65.properties["Fn::Sub"],data:data4};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
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
if(data0["Fn::ImportValue"] !== undefined){
let data7 = data0["Fn::ImportValue"];
const _errs35 = errors;
let valid11 = false;
const _errs36 = errors;
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err27 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/Fn::ImportValue",schemaPath:"#/$defs/cloudFormationReference/properties/Fn%3A%3AImportValue/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties["Fn::ImportValue"].anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/Fn::ImportValue",schemaPath:"#/$defs/cloudFormationReference/properties/Fn%3A%3AImportValue/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties["Fn::ImportValue"].anyOf[0].type,parentSchema:schema65.properties["Fn::ImportValue"].anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid3 = _errs36 === errors;
valid11 = valid11 || _valid3;
const _errs38 = errors;
if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){
const err29 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/Fn::ImportValue",schemaPath:"#/$defs/cloudFormationReference/properties/Fn%3A%3AImportValue/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.properties["Fn::ImportValue"].anyOf[1].type,parentSchema:schema65.properties["Fn::ImportValue"].anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid3 = _errs38 === errors;
valid11 = valid11 || _valid3;
if(!valid11){
const err30 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/Fn::ImportValue",schemaPath:"#/$defs/cloudFormationReference/properties/Fn%3A%3AImportValue/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema65.properties["Fn::ImportValue"].anyOf,parentSchema:schema65.properties["Fn::ImportValue"],data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err31 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/cloudFormationReference/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data:data0};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const err32 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema63.additionalProperties.anyOf,parentSchema:schema63.additionalProperties,data:data0};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "description") || (key0 === "placeholders"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.description !== undefined){
let data0 = data.description;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.description.type,parentSchema:schema62.properties.description,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.placeholders !== undefined){
if(!(validate52(data.placeholders, {instancePath:instancePath+"/placeholders",parentData:data,parentDataProperty:"placeholders",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern18 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://aslc.dev/schemas/aslc-config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.workflows === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "workflows"},message:"must have required property '"+"workflows"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.targets === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "targets"},message:"must have required property '"+"targets"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "$schema") || (key0 === "workflows")) || (key0 === "outDir")) || (key0 === "environmentsDir")) || (key0 === "environments")) || (key0 === "defaultEnvironment")) || (key0 === "targets"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.workflows !== undefined){
let data1 = data.workflows;
if(Array.isArray(data1)){
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/workflows",schemaPath:"#/properties/workflows/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.workflows,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs7 = errors;
let valid3 = false;
let passing0 = null;
const _errs8 = errors;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err5 = {instancePath:instancePath+"/workflows/" + i0,schemaPath:"#/$defs/relativePath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data2};
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
const err6 = {instancePath:instancePath+"/workflows/" + i0,schemaPath:"#/$defs/relativePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs11 = errors;
if(!(validate21(data2, {instancePath:instancePath+"/workflows/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err7 = {instancePath:instancePath+"/workflows/" + i0,schemaPath:"#/properties/workflows/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema31.properties.workflows.items.oneOf,parentSchema:schema31.properties.workflows.items,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/workflows",schemaPath:"#/properties/workflows/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.workflows.type,parentSchema:schema31.properties.workflows,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.outDir !== undefined){
let data3 = data.outDir;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err9 = {instancePath:instancePath+"/outDir",schemaPath:"#/properties/outDir/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.outDir,data:data3};
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
const err10 = {instancePath:instancePath+"/outDir",schemaPath:"#/properties/outDir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.outDir.type,parentSchema:schema31.properties.outDir,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.environmentsDir !== undefined){
let data4 = data.environmentsDir;
if(typeof data4 === "string"){
if(func1(data4) < 1){
const err11 = {instancePath:instancePath+"/environmentsDir",schemaPath:"#/properties/environmentsDir/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.environmentsDir,data:data4};
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
const err12 = {instancePath:instancePath+"/environmentsDir",schemaPath:"#/properties/environmentsDir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.environmentsDir.type,parentSchema:schema31.properties.environmentsDir,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.environments !== undefined){
let data5 = data.environments;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
const _errs19 = errors;
if(typeof key1 === "string"){
if(!pattern18.test(key1)){
const err13 = {instancePath:instancePath+"/environments",schemaPath:"#/$defs/environmentName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$",parentSchema:schema61,data:key1,propertyName:key1};
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
const err14 = {instancePath:instancePath+"/environments",schemaPath:"#/$defs/environmentName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.type,parentSchema:schema61,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var valid5 = _errs19 === errors;
if(!valid5){
const err15 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema31.properties.environments.propertyNames,parentSchema:schema31.properties.environments,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key2 in data5){
if(!(validate51(data5[key2], {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.environments.type,parentSchema:schema31.properties.environments,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.defaultEnvironment !== undefined){
let data7 = data.defaultEnvironment;
if(typeof data7 === "string"){
if(!pattern18.test(data7)){
const err17 = {instancePath:instancePath+"/defaultEnvironment",schemaPath:"#/$defs/environmentName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$",parentSchema:schema61,data:data7};
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
const err18 = {instancePath:instancePath+"/defaultEnvironment",schemaPath:"#/$defs/environmentName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.type,parentSchema:schema61,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.targets !== undefined){
let data8 = data.targets;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(Object.keys(data8).length < 1){
const err19 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.targets,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key3 in data8){
if(!((((((key3 === "asl") || (key3 === "terraform")) || (key3 === "sam")) || (key3 === "cloudformation")) || (key3 === "serverless")) || (key3 === "iam"))){
const err20 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.targets,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data8.asl !== undefined){
if(!(validate22(data8.asl, {instancePath:instancePath+"/targets/asl",parentData:data8,parentDataProperty:"asl",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data8.terraform !== undefined){
if(!(validate24(data8.terraform, {instancePath:instancePath+"/targets/terraform",parentData:data8,parentDataProperty:"terraform",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data8.sam !== undefined){
if(!(validate32(data8.sam, {instancePath:instancePath+"/targets/sam",parentData:data8,parentDataProperty:"sam",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data8.cloudformation !== undefined){
if(!(validate38(data8.cloudformation, {instancePath:instancePath+"/targets/cloudformation",parentData:data8,parentDataProperty:"cloudformation",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data8.serverless !== undefined){
if(!(validate43(data8.serverless, {instancePath:instancePath+"/targets/serverless",parentData:data8,parentDataProperty:"serverless",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
if(data8.iam !== undefined){
if(!(validate47(data8.iam, {instancePath:instancePath+"/targets/iam",parentData:data8,parentDataProperty:"iam",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.targets.type,parentSchema:schema31.properties.targets,data:data8};
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
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const environmentFile = validate61;
const schema67 = {"title":"aslc environment file (environments/<name>.json)","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string"},"description":{"type":"string"},"placeholders":{"$ref":"#/$defs/placeholderValues"}}};

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "$schema") || (key0 === "description")) || (key0 === "placeholders"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.$schema.type,parentSchema:schema67.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.description !== undefined){
let data1 = data.description;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.description.type,parentSchema:schema67.properties.description,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.placeholders !== undefined){
if(!(validate52(data.placeholders, {instancePath:instancePath+"/placeholders",parentData:data,parentDataProperty:"placeholders",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.type,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

