// The parts of aws-cdk-lib and constructs that src/iac/cdk uses, declared for type-checking
// without them: aws-cdk-lib is an optional peer dependency, kept out of the main install (it is
// ~190 MB). Where aws-cdk-lib is installed, its own declarations are used instead: users get
// them, and test/iac/cdk.test.ts type-checks src/iac/cdk against them (tsconfig.cdk.json) when
// bench/node_modules holds aws-cdk-lib. Keep this file to what the construct uses.

declare module 'constructs' {
  export interface IConstruct {
    readonly node: unknown;
  }
  export class Construct implements IConstruct {
    readonly node: unknown;
    constructor(scope: Construct, id: string);
  }
}

declare module 'aws-cdk-lib' {
  export class Token {
    static isUnresolved(value: unknown): boolean;
  }
  export class Duration {
    private constructor();
  }
  export enum RemovalPolicy {
    DESTROY = 'destroy',
    RETAIN = 'retain',
    SNAPSHOT = 'snapshot',
    RETAIN_ON_UPDATE_OR_DELETE = 'retain-on-update-or-delete',
  }
}

declare module 'aws-cdk-lib/aws-iam' {
  export interface IGrantable {
    readonly grantPrincipal: unknown;
  }
  export interface IRole extends IGrantable {
    readonly roleArn: string;
  }
  export class Grant {
    private constructor();
  }
  export enum Effect {
    ALLOW = 'Allow',
    DENY = 'Deny',
  }
  export interface PolicyStatementProps {
    readonly sid?: string;
    readonly actions?: string[];
    readonly resources?: string[];
    readonly effect?: Effect;
    readonly conditions?: { [key: string]: unknown };
  }
  export class PolicyStatement {
    constructor(props?: PolicyStatementProps);
  }
}

declare module 'aws-cdk-lib/aws-stepfunctions' {
  import { Construct } from 'constructs';
  import type { Duration, RemovalPolicy } from 'aws-cdk-lib';
  import type { Grant, IGrantable, IRole, PolicyStatement } from 'aws-cdk-lib/aws-iam';
  export enum StateMachineType {
    EXPRESS = 'EXPRESS',
    STANDARD = 'STANDARD',
  }
  export abstract class DefinitionBody {
    static fromString(definition: string): DefinitionBody;
  }
  export interface LogOptions {
    readonly destination?: unknown;
    readonly includeExecutionData?: boolean;
    readonly level?: unknown;
  }
  export interface StateMachineProps {
    readonly stateMachineName?: string;
    readonly definitionBody?: DefinitionBody;
    readonly definitionSubstitutions?: { [key: string]: string };
    readonly role?: IRole;
    readonly timeout?: Duration;
    readonly comment?: string;
    readonly stateMachineType?: StateMachineType;
    readonly logs?: LogOptions;
    readonly tracingEnabled?: boolean;
    readonly removalPolicy?: RemovalPolicy;
  }
  export class StateMachine extends Construct {
    readonly role: IRole;
    readonly stateMachineArn: string;
    readonly stateMachineName: string;
    readonly stateMachineType: StateMachineType;
    constructor(scope: Construct, id: string, props: StateMachineProps);
    addToRolePolicy(statement: PolicyStatement): void;
    grantStartExecution(identity: IGrantable): Grant;
    grantStartSyncExecution(identity: IGrantable): Grant;
    grantRead(identity: IGrantable): Grant;
    grantTaskResponse(identity: IGrantable): Grant;
    grantExecution(identity: IGrantable, ...actions: string[]): Grant;
    grant(identity: IGrantable, ...actions: string[]): Grant;
  }
}
