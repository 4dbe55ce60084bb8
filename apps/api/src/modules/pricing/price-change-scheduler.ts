import type { PricingService } from "./pricing.service.ts";

/**
 * Applies due scheduled price changes on a timer. Every API instance runs one; each change is claimed with a
 * conditional update, so running several is safe. The timer is unref'd so it never keeps a process alive.
 */
export class PriceChangeScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly pricing: PricingService,
    private readonly intervalMs = 30_000,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.tick(), this.intervalMs);
    this.timer.unref();
  }

  /** One pass now, unless one is already running. */
  tick(): Promise<unknown> {
    if (!this.running) {
      this.running = this.pricing
        .applyDuePriceChanges(new Date())
        .catch((error) => console.error("[pricing] scheduled price changes failed", error))
        .finally(() => {
          this.running = null;
        });
    }
    return this.running;
  }

  /** Stops the timer and waits for a pass in progress, so the database is not closed under it. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
