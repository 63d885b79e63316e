import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditService } from '@app/audit';
import { EnterprisesService } from '@app/enterprises';
import { isUniqueViolation } from '@app/database';
import {
  type Actor,
  Clock,
  InvalidStateError,
  NotFoundError,
  type Page,
  pageOf,
  pageWindow,
  ReasonRequiredError,
  shanghaiDate,
  SYSTEM_ACTOR,
} from '@app/shared';
import type { VoucherApplicationDto, VoucherApplicationsQuery, VouchersQuery } from './dto/voucher.dto.js';
import { Voucher, VoucherApplication, VoucherProgram } from './voucher.entity.js';
import { VoucherMoney } from './voucher-money.js';
import { applicationView, type VoucherApplicationView, voucherView, type VoucherView } from './voucher.views.js';
import {
  VoucherApplicationClosedError,
  VoucherIssueRefusedError,
  VoucherTierNotEligibleError,
} from './vouchers.errors.js';
import { VouchersRepository } from './vouchers.repository.js';
import { canApply, checkIssue, isPastValidity, newVoucherCode } from './vouchers.rules.js';

/** Applications, issuance (rule 1), revocation and expiry (rule 5) of service vouchers. */
@Injectable()
export class VoucherIssuanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: VouchersRepository,
    private readonly money: VoucherMoney,
    private readonly enterprises: EnterprisesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** An enterprise applies while the programme is open and in its window, with a valid tier among the programme's. */
  async apply(actor: Actor, programId: string, dto: VoucherApplicationDto): Promise<VoucherApplicationView> {
    return this.dataSource.transaction(async (em) => {
      const program = await this.repository.program(em, programId);
      if (!program || program.status === 'draft') throw new NotFoundError('Voucher programme');
      if (!canApply(program, shanghaiDate(this.clock.now()))) throw new VoucherApplicationClosedError();
      await this.assertTier(em, actor.orgId, program);
      const application = await em.save(VoucherApplication, {
        programId,
        enterpriseId: actor.orgId,
        requestedFen: dto.requestedFen,
        purpose: dto.purpose,
      });
      await this.audit.record(em, actor, {
        entityType: 'voucher_application',
        entityId: application.id,
        action: 'submit',
        after: { programId, requestedFen: dto.requestedFen },
      });
      return applicationView(application);
    });
  }

  async applications(actor: Actor, query: VoucherApplicationsQuery): Promise<Page<VoucherApplicationView>> {
    const where = {
      ...(actor.isBureau ? {} : { enterpriseId: actor.orgId }),
      ...(query.status ? { status: query.status } : {}),
      ...(query.programId ? { programId: query.programId } : {}),
    };
    const [rows, total] = await this.dataSource.manager.findAndCount(VoucherApplication, {
      where,
      order: { createdAt: 'ASC', id: 'ASC' },
      ...pageWindow(query),
    });
    return pageOf(rows.map(applicationView), total, query);
  }

  /** The reviewer approves, possibly for less than asked; the voucher is issued under rule 1. */
  async approve(actor: Actor, id: string, faceValueFen?: number): Promise<VoucherApplicationView> {
    return this.dataSource.transaction(async (em) => {
      const application = await this.openApplication(em, id, 'approve');
      const face = faceValueFen ?? application.requestedFen;
      if (face > application.requestedFen) {
        throw new VoucherIssueRefusedError('VOUCHER_FACE_VALUE_EXCEEDED', { requestedFen: application.requestedFen });
      }
      const program = (await this.repository.program(em, application.programId, true))!;
      await this.assertTier(em, application.enterpriseId, program);
      const voucher = await this.issue(em, actor, program, application.enterpriseId, face);
      Object.assign(application, {
        status: 'approved',
        voucherId: voucher.id,
        decidedBy: actor.userId,
        decidedAt: this.clock.now(),
      });
      await em.save(application);
      await this.audit.record(em, actor, {
        entityType: 'voucher_application',
        entityId: id,
        action: 'approve',
        before: { status: 'submitted' },
        after: { status: 'approved', faceValueFen: face, voucherId: voucher.id },
      });
      return applicationView(application);
    });
  }

  async reject(actor: Actor, id: string, reason: string | null): Promise<VoucherApplicationView> {
    if (!reason?.trim()) throw new ReasonRequiredError('voucher application', 'reject');
    return this.dataSource.transaction(async (em) => {
      const application = await this.openApplication(em, id, 'reject');
      Object.assign(application, { status: 'rejected', reason, decidedBy: actor.userId, decidedAt: this.clock.now() });
      await em.save(application);
      await this.audit.record(em, actor, {
        entityType: 'voucher_application',
        entityId: id,
        action: 'reject',
        reason,
        before: { status: 'submitted' },
        after: { status: 'rejected' },
      });
      return applicationView(application);
    });
  }

  /**
   * Issues one voucher to every enterprise with a valid tier among `tiers` (and the programme's),
   * under rule 1: an enterprise at its cap is skipped; the run stops when the budget is used.
   */
  async bulkIssue(
    actor: Actor,
    programId: string,
    tiers: string[],
    faceValueFen: number,
  ): Promise<{ issued: number; skipped: Array<{ enterpriseId: string; code: string }> }> {
    return this.dataSource.transaction(async (em) => {
      const program = await this.repository.program(em, programId, true);
      if (!program) throw new NotFoundError('Voucher programme');
      const eligible = tiers.filter((t) => program.tiers.includes(t));
      const enterprises = await this.enterprises.withValidTier(em, eligible);
      let issued = 0;
      const skipped: Array<{ enterpriseId: string; code: string }> = [];
      for (const enterpriseId of enterprises) {
        try {
          await this.issue(em, actor, program, enterpriseId, faceValueFen);
          issued++;
        } catch (error) {
          if (!(error instanceof VoucherIssueRefusedError)) throw error;
          if (error.code !== 'VOUCHER_ENTERPRISE_CAP_EXCEEDED' && issued === 0) throw error;
          skipped.push({ enterpriseId, code: error.code });
          if (error.code === 'VOUCHER_BUDGET_EXCEEDED') break;
        }
      }
      await this.audit.record(em, actor, {
        entityType: 'voucher_program',
        entityId: programId,
        action: 'bulk_issue',
        after: { tiers, faceValueFen, issued, skipped: skipped.length },
      });
      return { issued, skipped };
    });
  }

  /** The bureau revokes a voucher: its available money goes back to the budget; holds on orders stay valid. */
  async revoke(actor: Actor, id: string, reason: string | null): Promise<VoucherView> {
    if (!reason?.trim()) throw new ReasonRequiredError('voucher', 'revoke');
    return this.dataSource.transaction(async (em) => {
      const voucher = await this.repository.voucher(em, id, true);
      if (!voucher) throw new NotFoundError('Voucher');
      if (voucher.status !== 'active') throw new InvalidStateError('voucher', voucher.status, 'revoke');
      await this.money.move(em, voucher, 'revoke', voucher.availableFen, { actorId: actor.userId });
      await this.repository.setVoucherStatus(em, id, 'revoked');
      await this.audit.record(em, actor, {
        entityType: 'voucher',
        entityId: id,
        action: 'revoke',
        reason,
        before: { status: 'active', availableFen: voucher.availableFen },
        after: { status: 'revoked' },
      });
      return this.voucher(actor, id, em);
    });
  }

  /** Expires the available money of vouchers past validity (the worker's job); returns how many vouchers. */
  async expireDue(limit = 200): Promise<number> {
    const today = shanghaiDate(this.clock.now());
    return this.dataSource.transaction(async (em) => {
      const due = await this.repository.claimExpirable(em, today, limit);
      for (const v of due) {
        await this.money.move(em, v, 'expire', v.availableFen);
        await this.repository.setVoucherStatus(em, v.id, 'expired');
        await this.audit.record(em, SYSTEM_ACTOR, {
          entityType: 'voucher',
          entityId: v.id,
          action: 'expire',
          after: { status: 'expired', expiredFen: v.availableFen },
        });
      }
      return due.length;
    });
  }

  /** An enterprise's own vouchers; the bureau sees all (optionally of one programme). */
  async vouchers(actor: Actor, query: VouchersQuery): Promise<Page<VoucherView>> {
    const em = this.dataSource.manager;
    const where = {
      ...(actor.isBureau ? {} : { enterpriseId: actor.orgId }),
      ...(query.programId ? { programId: query.programId } : {}),
    };
    const [rows, total] = await this.repository.vouchersOf(em, where, pageWindow(query));
    const programs = await this.programsOf(em, rows);
    return pageOf(
      rows.map((v) => voucherView(v, programs.get(v.programId)!)),
      total,
      query,
    );
  }

  /** One voucher with its history (the ledger): its enterprise and the bureau; others get 404. */
  async voucher(actor: Actor, id: string, em: EntityManager = this.dataSource.manager): Promise<VoucherView> {
    const voucher = await this.repository.voucher(em, id);
    if (!voucher || (!actor.isBureau && voucher.enterpriseId !== actor.orgId)) throw new NotFoundError('Voucher');
    const program = (await this.repository.program(em, voucher.programId))!;
    return voucherView(voucher, program, await this.repository.ledgerOf(em, [id]));
  }

  /** Rule 1 for one voucher, under the programme's lock (taken by the caller). */
  private async issue(em: EntityManager, actor: Actor, program: VoucherProgram, enterpriseId: string, face: number) {
    const refusal = checkIssue({
      programStatus: program.status,
      faceValueFen: face,
      maxFaceValueFen: program.maxFaceValueFen,
      enterpriseIssuedFen: await this.repository.issuedTo(em, program.id, enterpriseId),
      perEnterpriseCapFen: program.perEnterpriseCapFen,
      committedFen: (await this.repository.program(em, program.id))!.committedFen,
      budgetFen: program.budgetFen,
    });
    if (refusal) throw new VoucherIssueRefusedError(refusal);
    if (isPastValidity(program.validUntil, shanghaiDate(this.clock.now())))
      throw new VoucherIssueRefusedError('VOUCHER_NOT_OPEN');
    const voucher = await this.insertWithFreshCode(em, {
      programId: program.id,
      enterpriseId,
      faceValueFen: face,
      availableFen: face,
      issuedAt: this.clock.now(),
      issuedBy: actor.userId,
    });
    await this.money.move(em, voucher, 'issue', face, { actorId: actor.userId });
    await this.audit.record(em, actor, {
      entityType: 'voucher',
      entityId: voucher.id,
      action: 'issue',
      after: { programId: program.id, enterpriseId, faceValueFen: face, code: voucher.code },
    });
    return voucher;
  }

  /** A new code; a collision (about 1 in 2^54 per pair) takes another, inside a savepoint. */
  private async insertWithFreshCode(em: EntityManager, fields: Partial<Voucher>): Promise<Voucher> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await em.transaction((sp) => this.repository.insertVoucher(sp, { ...fields, code: newVoucherCode() }));
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 3) throw error;
      }
    }
  }

  private async assertTier(em: EntityManager, enterpriseId: string, program: VoucherProgram): Promise<void> {
    const tier = await this.enterprises.currentTier(em, enterpriseId);
    if (!tier || !program.tiers.includes(tier.tier)) throw new VoucherTierNotEligibleError(program.tiers);
  }

  private async openApplication(em: EntityManager, id: string, action: string): Promise<VoucherApplication> {
    const application = await this.repository.application(em, id, true);
    if (!application) throw new NotFoundError('Voucher application');
    if (application.status !== 'submitted')
      throw new InvalidStateError('voucher application', application.status, action);
    return application;
  }

  private async programsOf(em: EntityManager, vouchers: Voucher[]): Promise<Map<string, VoucherProgram>> {
    const ids = [...new Set(vouchers.map((v) => v.programId))];
    const rows = ids.length ? await em.findBy(VoucherProgram, { id: In(ids) }) : [];
    return new Map(rows.map((p) => [p.id, p]));
  }
}
