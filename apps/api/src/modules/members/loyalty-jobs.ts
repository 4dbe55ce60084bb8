import type { PointsExpiryService } from "./points-expiry.service.ts";
import type { TierEvaluationService } from "./tier-evaluation.service.ts";

const HOUR_MS = 3_600_000;

export type LoyaltyJobOptions = {
  /** How often due points lots are expired. */
  expiryIntervalMs: number;
  /** How often members who ordered recently are re-tiered. */
  tierIntervalMs: number;
  /** How often every member is re-tiered (downgrades happen as old orders leave the window, with no order to trigger them). */
  fullTierSweepMs: number;
};

const DEFAULTS: LoyaltyJobOptions = { expiryIntervalMs: HOUR_MS, tierIntervalMs: 10 * 60_000, fullTierSweepMs: 24 * HOUR_MS };
/** Orders placed a little before the previous tier pass may have been paid only after it. */
const ACTIVITY_OVERLAP_MS = HOUR_MS;

/**
 * The loyalty timers of one API instance: points expiry, and tier evaluation (members who ordered since the last pass,
 * plus a daily pass over everyone). Both jobs are safe to run on several instances at once (row locks and conditional
 * updates). Timers are unref'd; stop() waits for a pass in progress so the database is not closed under it.
 */
export class LoyaltyJobs {
  private timers: NodeJS.Timeout[] = [];
  private expiring: Promise<unknown> | null = null;
  private tiering: Promise<unknown> | null = null;
  private lastTierPass: Date | null = null;
  private lastFullSweep: Date | null = null;
  private readonly opts: LoyaltyJobOptions;

  constructor(
    private readonly pointsExpiry: PointsExpiryService,
    private readonly tiers: TierEvaluationService,
    opts: Partial<LoyaltyJobOptions> = {},
  ) {
    this.opts = { ...DEFAULTS, ...opts };
  }

  start(): void {
    if (this.timers.length) return;
    this.timers = [
      setInterval(() => this.expireNow(), this.opts.expiryIntervalMs),
      setInterval(() => this.tierNow(), this.opts.tierIntervalMs),
    ];
    for (const timer of this.timers) timer.unref();
  }

  /** One expiry pass now, unless one is running. */
  expireNow(): Promise<unknown> {
    this.expiring ??= this.pointsExpiry
      .expirePoints(new Date())
      .catch((error) => console.error("[points] expiry pass failed", error))
      .finally(() => {
        this.expiring = null;
      });
    return this.expiring;
  }

  /** One tier pass now (everyone when the last full pass is a day old), unless one is running. */
  tierNow(): Promise<unknown> {
    if (this.tiering) return this.tiering;
    const now = new Date();
    const full = !this.lastFullSweep || now.getTime() - this.lastFullSweep.getTime() >= this.opts.fullTierSweepMs;
    const activeSince = full || !this.lastTierPass ? undefined : new Date(this.lastTierPass.getTime() - ACTIVITY_OVERLAP_MS);
    this.tiering = this.tiers
      .evaluateTiers(now, activeSince ? { activeSince } : {})
      .then(() => {
        this.lastTierPass = now;
        if (full) this.lastFullSweep = now;
      })
      .catch((error) => console.error("[tiers] evaluation pass failed", error))
      .finally(() => {
        this.tiering = null;
      });
    return this.tiering;
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    await Promise.all([this.expiring, this.tiering]);
  }
}
