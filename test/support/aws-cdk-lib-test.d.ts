// The few more parts of aws-cdk-lib that test/iac/cdk.test.ts uses, merged into the declarations
// of src/iac/cdk/aws-cdk-lib.d.ts (aws-cdk-lib is not in the main install; the test runs where
// bench/node_modules has it).

declare module 'aws-cdk-lib' {
  import { Construct } from 'constructs';
  export class App extends Construct {
    constructor(props?: { outdir?: string });
    synth(): { getStackByName(name: string): { template: unknown } };
  }
  export class Stack extends Construct {
    constructor(
      scope?: Construct,
      id?: string,
      props?: { env?: { account?: string; region?: string } },
    );
  }
  export class Fn {
    static importValue(name: string): string;
    static getAtt(logicalId: string, attribute: string): { toString(): string };
  }
}

declare module 'aws-cdk-lib/aws-iam' {
  import { Construct } from 'constructs';
  export class ServicePrincipal {
    constructor(service: string);
  }
  export class Role extends Construct implements IRole {
    readonly roleArn: string;
    readonly grantPrincipal: unknown;
    constructor(scope: Construct, id: string, props: { assumedBy: ServicePrincipal });
  }
}
