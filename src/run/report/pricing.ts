/**
 * The AWS Step Functions pricing table (pricing.json: prices, the date they were read and their
 * source) and the cost estimates made from it.
 */
import { AslcError } from '../../util/errors.ts';
import table from './pricing.json' with { type: 'json' };

/** One Express duration tier: up to `upToGbHours` a month (the last tier has none). */
export interface DurationTier {
  readonly upToGbHours?: number;
  readonly pricePerGbHour: number;
}

/** The shape of pricing.json. */
export interface PricingTable {
  readonly source: string;
  readonly retrieved: string;
  readonly currency: string;
  readonly defaultRegion: string;
  readonly standard: {
    readonly freeTransitionsPerMonth: number;
    readonly pricePer1000Transitions: Readonly<Record<string, number>>;
  };
  readonly express: {
    readonly memoryIncrementMb: number;
    readonly durationIncrementMs: number;
    readonly baseMemoryMb: number;
    readonly regions: Readonly<
      Record<
        string,
        {
          readonly pricePerMillionRequests: number;
          readonly durationTiers: readonly DurationTier[];
        }
      >
    >;
  };
}

/** The bundled table (src/run/report/pricing.json). */
export const PRICING: PricingTable = table as PricingTable;

/** What an execution would cost, per execution and per million of them. */
export interface CostEstimate {
  readonly region: string;
  readonly currency: string;
  /** Where the prices come from, and when they were read. */
  readonly source: string;
  readonly retrieved: string;
  /** Standard workflows: state transitions (null when the table has no price for the region). */
  readonly standard: {
    readonly transitions: number;
    readonly pricePer1000Transitions: number;
    readonly perExecution: number;
    readonly perMillionExecutions: number;
  } | null;
  /** Express workflows: a request plus duration × memory (null when the table has no price for the region). */
  readonly express: {
    readonly billedDurationMs: number;
    readonly billedMemoryMb: number;
    readonly perExecution: number;
    readonly perMillionExecutions: number;
  } | null;
  readonly notes: readonly string[];
}

/**
 * Checks a region against a pricing table; throws `UnknownPricingRegion` listing the regions.
 *
 * @example
 * ```ts
 * checkPricingRegion('eu-west-1'); // passes
 * ```
 */
export function checkPricingRegion(region: string, pricing: PricingTable = PRICING): void {
  if (!Object.hasOwn(pricing.standard.pricePer1000Transitions, region)) {
    throw new AslcError('UnknownPricingRegion', `the pricing table has no region '${region}'`, {
      hint: `use one of ${Object.keys(pricing.standard.pricePer1000Transitions).join(', ')}`,
    });
  }
}

/**
 * Estimates the cost of an execution as a Standard and as an Express workflow. Standard bills
 * each state transition (retries included); Express bills a request plus the duration rounded up
 * to 100 ms times the memory in 64 MB chunks (first duration tier per execution; the tiers for a
 * million executions a month). Free tiers are not deducted.
 *
 * @example
 * ```ts
 * estimateCost({ transitions: 10, durationMs: 250, memoryBytes: 52_428_800 }).standard?.perExecution; // 0.00025
 * ```
 */
export function estimateCost(
  usage: {
    readonly transitions: number;
    readonly durationMs: number;
    readonly memoryBytes: number;
  },
  region: string = PRICING.defaultRegion,
  pricing: PricingTable = PRICING,
): CostEstimate {
  const notes = [
    `prices of ${pricing.retrieved} from ${pricing.source}; free tiers not deducted`,
    "duration is the execution's time on aslc's clock: Waits and retry delays, not the time Tasks take on AWS",
  ];
  const std = Object.hasOwn(pricing.standard.pricePer1000Transitions, region)
    ? pricing.standard.pricePer1000Transitions[region]
    : undefined;
  const standard =
    std === undefined
      ? null
      : {
          transitions: usage.transitions,
          pricePer1000Transitions: std,
          perExecution: (usage.transitions * std) / 1000,
          perMillionExecutions: usage.transitions * std * 1000,
        };
  const ex = Object.hasOwn(pricing.express.regions, region)
    ? pricing.express.regions[region]
    : undefined;
  let express: CostEstimate['express'] = null;
  if (ex === undefined) {
    notes.push(`no Express prices for ${region} in the table`);
  } else {
    const step = pricing.express.durationIncrementMs;
    const billedDurationMs = Math.max(step, Math.ceil(usage.durationMs / step) * step);
    const chunk = pricing.express.memoryIncrementMb;
    const billedMemoryMb =
      Math.max(1, Math.ceil(usage.memoryBytes / (chunk * 1024 * 1024))) * chunk;
    const gbHours = ((billedMemoryMb / 1024) * (billedDurationMs / 1000)) / 3600;
    const request = ex.pricePerMillionRequests / 1_000_000;
    express = {
      billedDurationMs,
      billedMemoryMb,
      perExecution: request + gbHours * (ex.durationTiers[0]?.pricePerGbHour ?? 0),
      perMillionExecutions:
        ex.pricePerMillionRequests + tiered(gbHours * 1_000_000, ex.durationTiers),
    };
  }
  return {
    region,
    currency: pricing.currency,
    source: pricing.source,
    retrieved: pricing.retrieved,
    standard,
    express,
    notes,
  };
}

/** The price of `gbHours` in a month, tier by tier. */
function tiered(gbHours: number, tiers: readonly DurationTier[]): number {
  let cost = 0;
  let from = 0;
  for (const tier of tiers) {
    const upTo = tier.upToGbHours ?? Infinity;
    if (gbHours <= from) break;
    cost += (Math.min(gbHours, upTo) - from) * tier.pricePerGbHour;
    from = upTo;
  }
  return cost;
}
