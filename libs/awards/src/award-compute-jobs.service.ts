import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Job, JobQueue } from '@app/jobs';
import { type AuditActor, Clock } from '@app/shared';
import type { AwardRound } from './award-round.entity.js';
import { AwardsRepository } from './awards.repository.js';
import { type AwardComputeProgress, AwardsService, assertComputable } from './awards.service.js';
import type { AwardRoundView } from './awards.views.js';

/** The pg-boss queue of round computations (run by the worker). */
export const AWARD_ROUND_COMPUTE_QUEUE = 'award-round-compute';

/** A compute job: the round, and the admin who asked (the audit actor of the computation). */
export interface AwardComputeJobData {
  roundId: string;
  actor: AuditActor;
}

/** What a round shows when its compute job died with its worker (killed, out of memory, machine lost). */
export const AWARD_JOB_ABANDONED = 'The worker stopped while computing this round; compute it again';

/** A job queued this long ago with no job waiting or just started for it has lost its job (API stopped midway). */
const QUEUED_GRACE_MS = 30_000;

/** The job's percent when each step begins. */
const STEP_PERCENT: Record<AwardComputeProgress['step'], number> = {
  gathering: 10,
  computing: 50,
  storing: 80,
  done: 100,
};

/** Computing a round as a job in the worker, with the progress the admin sees on the round. */
@Injectable()
export class AwardComputeJobs {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: AwardsRepository,
    private readonly awards: AwardsService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  /**
   * Queues the round's computation for the worker (API.md: POST /award-rounds/:id/compute). One job
   * waits per round at most (singletonKey): a second request while queued enqueues nothing.
   */
  async requestCompute(actor: AuditActor, id: string): Promise<AwardRoundView> {
    assertComputable(await this.awards.get(id));
    // 'short': at most one waiting job per key; retries are the admin's (POST compute again).
    await this.jobs.queue(AWARD_ROUND_COMPUTE_QUEUE, { policy: 'short', retryLimit: 0 });
    await this.setJob(id, { jobStatus: 'queued', jobPercent: 0, jobError: null });
    const data: AwardComputeJobData = { roundId: id, actor: { userId: actor.userId, orgId: actor.orgId } };
    await this.jobs.send(AWARD_ROUND_COMPUTE_QUEUE, data, { singletonKey: id });
    return this.awards.get(id);
  }

  /**
   * Runs a compute job (the worker's handler): records running with a percent per step, then done, or
   * failed with the error's message (and rethrows so pg-boss fails the job too).
   */
  async runComputeJob(job: Pick<Job<AwardComputeJobData>, 'data'>): Promise<AwardRoundView> {
    const holder = this.dataSource.createQueryRunner();
    await holder.connect();
    try {
      // Held on a connection of its own until the run ends: a second job of the round waits for it.
      await this.repository.lockCompute(holder.manager, job.data.roundId);
      return await this.compute(job.data);
    } finally {
      await this.repository.unlockAll(holder.manager).catch(() => undefined);
      await holder.release();
    }
  }

  /**
   * Marks failed (AWARD_JOB_ABANDONED) every round whose compute job died with its worker, so the
   * admin sees it and computes again: running with nobody holding its compute lock, or queued
   * for a while with no job waiting or just started for it. Run by the worker at start and every
   * minute; returns how many rounds it marked.
   */
  async failAbandoned(): Promise<number> {
    let marked = 0;
    for (const round of await this.repository.roundsWithJob(this.dataSource.manager, ['queued', 'running'])) {
      if (round.jobStatus === 'queued') {
        const since = round.jobUpdatedAt?.getTime() ?? 0;
        if (this.clock.now().getTime() - since < QUEUED_GRACE_MS) continue;
        if (await this.jobs.hasLiveJob(AWARD_ROUND_COMPUTE_QUEUE, round.id, QUEUED_GRACE_MS)) continue;
      }
      const holder = this.dataSource.createQueryRunner();
      await holder.connect();
      try {
        if (!(await this.repository.tryLockCompute(holder.manager, round.id))) continue;
        // Under the lock no run can start; the round is marked only if nobody queued it again meanwhile.
        const changed = await this.repository.setJobIfUnchanged(this.dataSource.manager, round.id, round, {
          jobStatus: 'failed',
          jobError: AWARD_JOB_ABANDONED,
          jobUpdatedAt: this.clock.now(),
        });
        if (changed) {
          await this.jobs.failStarted(AWARD_ROUND_COMPUTE_QUEUE, round.id, AWARD_JOB_ABANDONED);
          marked++;
        }
      } finally {
        await this.repository.unlockAll(holder.manager).catch(() => undefined);
        await holder.release();
      }
    }
    return marked;
  }

  private async compute({ roundId, actor }: AwardComputeJobData): Promise<AwardRoundView> {
    // Running is recorded before the work starts: a progress write may wait behind the storing
    // transaction's lock on the round, and the round must not look queued meanwhile.
    await this.setJob(roundId, { jobStatus: 'running', jobPercent: 0, jobError: null });
    // Progress callbacks are synchronous: chain their writes and wait for them before the last one.
    let written: Promise<void> = Promise.resolve();
    try {
      await this.awards.compute(actor, roundId, ({ step }) => {
        if (step === 'done') return;
        written = written.then(() => this.setJob(roundId, { jobStatus: 'running', jobPercent: STEP_PERCENT[step] }));
      });
      await written;
      await this.setJob(roundId, { jobStatus: 'done', jobPercent: STEP_PERCENT.done });
      return await this.awards.get(roundId);
    } catch (error) {
      await written.catch(() => undefined);
      const message = error instanceof Error ? error.message : String(error);
      await this.setJob(roundId, { jobStatus: 'failed', jobError: message });
      throw error;
    }
  }

  private setJob(id: string, job: Partial<Pick<AwardRound, 'jobStatus' | 'jobPercent' | 'jobError'>>): Promise<void> {
    return this.repository.setJob(this.dataSource.manager, id, { ...job, jobUpdatedAt: this.clock.now() });
  }
}
