import { Injectable, Logger } from '@nestjs/common';
import { AWARD_ROUND_COMPUTE_QUEUE, type AwardComputeJobData, AwardComputeJobs } from '@app/awards';
import { type Job, JobQueue } from '@app/jobs';

/** Computes award rounds queued by the API (POST /award-rounds/:id/compute), one job at a time. */
@Injectable()
export class AwardComputeJob {
  private readonly logger = new Logger(AwardComputeJob.name);

  constructor(
    private readonly awards: AwardComputeJobs,
    private readonly jobs: JobQueue,
  ) {}

  async start(): Promise<void> {
    await this.jobs.queue(AWARD_ROUND_COMPUTE_QUEUE, { policy: 'short', retryLimit: 0 });
    await this.jobs.work<AwardComputeJobData>(AWARD_ROUND_COMPUTE_QUEUE, (jobs) => this.handle(jobs));
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
}
