import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { AWARD_ROUND_COMPUTE_QUEUE, type AwardComputeJobData, AwardComputeJobs } from '@app/awards';
import { type Job, JobQueue } from '@app/jobs';

const ABANDONED_CHECK_MS = 60_000;

/**
 * Computes award rounds queued by the API (POST /award-rounds/:id/compute), one job at a time; at
 * start and every minute marks failed the rounds whose job died with a worker, so they can be re-run.
 */
@Injectable()
export class AwardComputeJob implements OnApplicationShutdown {
  private readonly logger = new Logger(AwardComputeJob.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly awards: AwardComputeJobs,
    private readonly jobs: JobQueue,
  ) {}

  async start(): Promise<void> {
    await this.failAbandoned();
    // Unref'd: the check alone never keeps a process alive.
    this.timer = setInterval(() => void this.failAbandoned(), ABANDONED_CHECK_MS).unref();
    await this.jobs.queue(AWARD_ROUND_COMPUTE_QUEUE, { policy: 'short', retryLimit: 0 });
    await this.jobs.work<AwardComputeJobData>(AWARD_ROUND_COMPUTE_QUEUE, (jobs) => this.handle(jobs));
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** The pg-boss handler: the round records running, done or failed; a failure also fails the job. */
  async handle(jobs: Array<Pick<Job<AwardComputeJobData>, 'id' | 'data'>>): Promise<void> {
    for (const job of jobs) {
      try {
        await this.awards.runComputeJob(job);
        this.logger.log(`Award round ${job.data.roundId} computed`);
      } catch (error) {
        this.logger.error(`Award round ${job.data.roundId} failed to compute: ${(error as Error).message}`);
        throw error;
      }
    }
  }

  private async failAbandoned(): Promise<void> {
    try {
      const marked = await this.awards.failAbandoned();
      if (marked) this.logger.warn(`Marked ${marked} award round computations failed: their worker stopped`);
    } catch (error) {
      this.logger.error(`Checking for abandoned award computations failed: ${(error as Error).message}`);
    }
  }
}
